import type { Connection } from 'vscode-languageserver';
import { describeFailure } from '../errors';
import { DRAFT_EXTENSIONS, MAX_DRAFT_BYTES, SKIPPED_FOLDERS } from '../languageService/workspace/draftFiles';
import type { WorkspaceFileSystem } from '../languageService/workspace/types';
import type { ILogger } from '../runSafe';
import { FileRequests, type FindFilesParams, type FindFilesResult, type ReadFileParams, type ReadFileResult } from './protocol';

const DRAFT_GLOB = `**/*.{${DRAFT_EXTENSIONS.join(',')}}`;
const SKIPPED_GLOB = `**/{${SKIPPED_FOLDERS.join(',')}}/**`;
/**
 * Every file travels from the client to the worker as a message, and in github.dev each one is a download, so the
 * browser indexes fewer files than the Node server's 5 000.
 */
const MAX_FILES = 2000;

/**
 * The workspace's files as the web client sees them, for the server in a Web Worker. Each call is a request to the
 * client; a client that does not answer, or answers nonsense, leaves the workspace empty rather than failing, as
 * the interface demands. The first failure is logged, so that a broken client is noticed without flooding the log.
 */
export function clientWorkspaceFiles(connection: Connection, logger: ILogger): WorkspaceFileSystem {
	let reported = false;
	const failed = (what: string) => (error: unknown): undefined => {
		if (!reported) {
			reported = true;
			logger.error(describeFailure(`The client could not ${what}; the workspace index holds the open drafts only`, error));
		}
		return undefined;
	};
	return {
		async findFiles(folders) {
			if (folders.length === 0) {
				return [];
			}
			const params: FindFilesParams = { folders: [...folders], include: DRAFT_GLOB, exclude: SKIPPED_GLOB, maxResults: MAX_FILES };
			const uris = await connection.sendRequest<FindFilesResult | null>(FileRequests.findFiles, params).catch(failed('list the workspace files'));
			return Array.isArray(uris) ? uris.filter((uri): uri is string => typeof uri === 'string').slice(0, MAX_FILES) : [];
		},

		async readFile(uri, maxBytes = MAX_DRAFT_BYTES) {
			const params: ReadFileParams = { uri, maxBytes };
			const text = await connection.sendRequest<ReadFileResult>(FileRequests.readFile, params).catch(failed(`read ${uri}`));
			return typeof text === 'string' ? text : undefined;
		},
	};
}
