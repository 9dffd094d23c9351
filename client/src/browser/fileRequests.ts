import * as vscode from 'vscode';
import type { BaseLanguageClient, CancellationToken } from 'vscode-languageclient';
import { FileRequests, type FindFilesParams, type FindFilesResult, type ReadFileParams, type ReadFileResult } from '../../../server/src/browser/protocol';

/** Drafts are UTF-8; the byte-order mark is kept, as the Node server keeps it, so that offsets agree with editors. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Answers the browser server's questions about the workspace's files through the VS Code file system API, which
 * reaches what the workbench has opened (a GitHub repository in github.dev, a local folder in vscode.dev). Nothing
 * here throws back at the server: a file that cannot be read is absent, a folder that cannot be searched is empty.
 */
export function answerFileRequests(client: BaseLanguageClient): void {
	client.onRequest(FileRequests.findFiles, (params: FindFilesParams, token: CancellationToken) => findFiles(client, params, token));
	client.onRequest(FileRequests.readFile, (params: ReadFileParams) => readFile(client, params));
}

async function findFiles(client: BaseLanguageClient, params: FindFilesParams, token: CancellationToken): Promise<FindFilesResult> {
	const found: string[] = [];
	const { folders, include, exclude, maxResults } = params ?? {};
	if (!Array.isArray(folders) || typeof include !== 'string' || typeof exclude !== 'string' || typeof maxResults !== 'number') {
		return found;
	}
	for (const folder of folders) {
		if (found.length >= maxResults || token.isCancellationRequested) {
			break;
		}
		try {
			const pattern = new vscode.RelativePattern(client.protocol2CodeConverter.asUri(folder), include);
			const uris = await vscode.workspace.findFiles(pattern, exclude, maxResults - found.length, token);
			found.push(...uris.map(uri => client.code2ProtocolConverter.asUri(uri)));
		} catch (error) {
			client.outputChannel.appendLine(`Could not list the drafts in ${folder}: ${String(error)}`);
		}
	}
	return found;
}

async function readFile(client: BaseLanguageClient, params: ReadFileParams): Promise<ReadFileResult> {
	const { uri, maxBytes } = params ?? {};
	if (typeof uri !== 'string' || typeof maxBytes !== 'number') {
		return null;
	}
	try {
		const target = client.protocol2CodeConverter.asUri(uri);
		const stat = await vscode.workspace.fs.stat(target);
		if ((stat.type & vscode.FileType.File) === 0 || stat.size > maxBytes) {
			return null;
		}
		return UTF8.decode(await vscode.workspace.fs.readFile(target));
	} catch {
		// Absent is the usual answer: the server asks for configuration files in every folder up the tree.
		return null;
	}
}
