/**
 * Which files of a workspace may be drafts, for every environment's file access: the Node server walks the disk with
 * these, the browser server asks the web client to search with them.
 */

/** Folders that hold dependencies, build output or tool state, never drafts. */
export const SKIPPED_FOLDERS: readonly string[] = ['node_modules', '.git', '.hg', '.svn', 'out', 'dist', 'build', '.vscode-test', '.cache'];

/** Where drafts live: plain text and Markdown (".resolution.txt" ends in ".txt"), and ".resolution". */
export const DRAFT_EXTENSIONS: readonly string[] = ['txt', 'md', 'resolution'];

/** Resolutions are tens of kilobytes; a file above this is something else. Catalogue files ask for more. */
export const MAX_DRAFT_BYTES = 2 * 1024 * 1024;
