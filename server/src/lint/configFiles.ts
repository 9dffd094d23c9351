import type { LintConfig } from '../languageService/diagnostics';

/** The name of the workspace configuration file that the editor and the CLI both read. */
export const RC_FILE_NAME = '.resolutionlintrc.json';

/** A configuration file as read: the rules it sets, and what was wrong with it, in words for the user. */
export interface ConfigFile {
	/** Where the file is, as a path for the CLI's messages and the editor's log. */
	path: string;
	config: LintConfig;
	/** Empty for a good file; for a bad one, what was wrong (invalid JSON, an unknown code, a bad severity). */
	errors: string[];
}

/**
 * Finds and reads configuration files. The Node server and the CLI pass one built on the file system
 * (node/lintConfigFiles.ts); a browser build passes none, and only the editor's settings apply there.
 */
export interface ILintConfigFiles {
	/**
	 * The nearest configuration file for a document: in its folder or the closest one above. A document that is
	 * not a file (an unsaved draft) takes the file at the root of the first workspace folder that has one.
	 */
	find(documentUri: string, workspaceFolders: readonly string[]): ConfigFile | undefined;
}

/** Whether a changed file is a configuration file, for the file watcher's notifications. */
export function isConfigFileUri(uri: string): boolean {
	return uri === RC_FILE_NAME || uri.endsWith(`/${RC_FILE_NAME}`);
}
