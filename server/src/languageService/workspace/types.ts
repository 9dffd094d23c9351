import type { Location } from 'vscode-languageserver-types';

/**
 * What navigation features need to know about the workspace beyond the document at hand. The language service
 * answers from an index it is given; it never reads files itself.
 */
export interface WorkspaceView {
	/** Where the document filed under `symbol` is held: each workspace file that is that resolution, at its heading. */
	holders(symbol: string): Location[];
	/** Every place in the workspace's files, other than the file `exceptUri`, that cites `symbol`. */
	occurrences(symbol: string, exceptUri?: string): Location[];
}

/**
 * File access, injected by the environment: the Node server implements it with the file system, the browser
 * build by asking the web client, which uses the VS Code file system API. Both methods resolve, never reject: a
 * file that cannot be read is simply absent.
 */
export interface WorkspaceFileSystem {
	/** The URIs of the text and Markdown files under the folders, skipping build and dependency folders, bounded. */
	findFiles(folders: readonly string[]): Promise<string[]>;
	/** The file's text, or undefined when it cannot be read or is larger than `maxBytes` (a default for drafts). */
	readFile(uri: string, maxBytes?: number): Promise<string | undefined>;
}
