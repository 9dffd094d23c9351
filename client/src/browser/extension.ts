import type * as vscode from 'vscode';
import type { DocumentSelector } from 'vscode-languageclient';
import { createClient } from '../client';
import { LANGUAGE_ID } from '../constants';
import type { ExtensionApi } from '../draftFeatures';
import { activateWorkbench, stopClient } from '../workbench';
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
 * reads the workspace's files by asking this client, which answers through the VS Code file system API. The web
 * extension host loads one file, so the language client library is in this bundle.
 */
export function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
	return activateWorkbench(context, async api => {
		const serverUrl = await serverScriptUrl(context.extensionUri);
		const client = createClient(context, (id, name, options) => new WorkerLanguageClient(id, name, options, serverUrl), api, ANY_DRAFT);
		answerFileRequests(client);
		return client;
	});
}

export function deactivate(): Promise<void> {
	return stopClient();
}
