/**
 * What the browser server asks the web client about the workspace's files. A Web Worker has no file system, so the
 * client answers through the VS Code file system API, which reaches whatever the workbench has opened: a GitHub
 * repository in github.dev, a local folder in vscode.dev, a remote machine in code-server. The Node server reads
 * the disk itself and never sends these.
 */
export const FileRequests = {
	/** Server → client: the URIs of the files under the folders that match a pattern. */
	findFiles: 'unResolution/files/find',
	/** Server → client: the text of one file. */
	readFile: 'unResolution/files/read',
} as const;

export interface FindFilesParams {
	/** Workspace folder URIs to search; files outside them are never listed. */
	folders: string[];
	/** A glob relative to each folder, such as `**\/*.{txt,md,resolution}`. */
	include: string;
	/** A glob of what to leave out, such as `**\/{node_modules,.git}/**`. */
	exclude: string;
	maxResults: number;
}

/** The URIs found, at most `maxResults`. */
export type FindFilesResult = string[];

export interface ReadFileParams {
	uri: string;
	/** A larger file is not read, so that a stray export never travels to the worker. */
	maxBytes: number;
}

/** The file's text as UTF-8, byte-order mark included; null when it is absent, a folder, unreadable or too large. */
export type ReadFileResult = string | null;
