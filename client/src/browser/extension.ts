import * as vscode from 'vscode';
import type { DocumentSelector } from 'vscode-languageclient';
import { startClient, stopClient } from '../client';
import { LANGUAGE_ID } from '../constants';
import type { ExtensionApi } from '../draftFeatures';
import { answerFileRequests } from './fileRequests';
import { serverScriptUrl } from './serverScript';
import { WorkerLanguageClient } from './workerClient';

/**
 * A browser workbench opens drafts from whatever file system it has: `vscode-vfs:` in github.dev, `file:` for a
 * local folder in vscode.dev, `vscode-test-web:` in tests. The worker reads nothing itself, so every scheme will do.
 */
const ANY_DRAFT: DocumentSelector = [{ language: LANGUAGE_ID }];

/**
 * The web entry, for vscode.dev, github.dev and other browser workbenches: the server runs in a Web Worker, and
 * reads the workspace's files by asking this client, which answers through the VS Code file system API.
 */
export async function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
	const serverUrl = await serverScriptUrl(context.extensionUri);
	return startClient(context, (id, name, options) => {
		const client = new WorkerLanguageClient(id, name, options, serverUrl);
		answerFileRequests(client);
		return client;
	}, ANY_DRAFT);
}

export function deactivate(): Promise<void> {
	return stopClient();
}
