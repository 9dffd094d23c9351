import * as vscode from 'vscode';
import { LanguageClient, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { startClient, stopClient } from './client';
import type { ExtensionApi } from './draftFeatures';

/** The Node entry: the server runs as a Node process beside the extension host and speaks to it over IPC. */
export function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
	const module = context.asAbsolutePath('dist/server/node.js');
	const serverOptions: ServerOptions = {
		run: { module, transport: TransportKind.ipc },
		debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
	};
	return startClient(context, (id, name, options) => new LanguageClient(id, name, serverOptions, options));
}

export function deactivate(): Promise<void> {
	return stopClient();
}
