/**
 * The name of the workspace configuration file that the editor and the CLI both read. It has a module of its own
 * so that the VS Code client can watch for the file without bundling the rule engine that configFiles.ts imports.
 */
export const RC_FILE_NAME = '.resolutionlintrc.json';
