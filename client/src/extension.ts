import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { registerAutoDetection } from './autoDetect';
import { registerCommands } from './commands';
import { LANGUAGE_ID, SETTINGS_SECTION } from './constants';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
	client = createClient(context);
	registerCommands(context, () => client);
	registerAutoDetection(context);
	await client.start();
}

export async function deactivate(): Promise<void> {
	await client?.stop();
	client = undefined;
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
	const module = context.asAbsolutePath('dist/server/node.js');
	const serverOptions: ServerOptions = {
		run: { module, transport: TransportKind.ipc },
		debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
	};
	const clientOptions: LanguageClientOptions = {
		documentSelector: [
			{ scheme: 'file', language: LANGUAGE_ID },
			{ scheme: 'untitled', language: LANGUAGE_ID },
		],
	};
	return new LanguageClient(SETTINGS_SECTION, 'UN Resolution Language Server', serverOptions, clientOptions);
}
