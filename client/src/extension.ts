import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { RC_FILE_NAME } from '../../server/src/lint/configFiles';
import { registerAutoDetection } from './autoDetect';
import { registerCommands } from './commands';
import { LANGUAGE_ID, SETTINGS_SECTION } from './constants';
import { registerDraftFeatures, type ExtensionApi } from './draftFeatures';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
	client = createClient(context);
	registerCommands(context, () => client);
	registerAutoDetection(context);
	const api = registerDraftFeatures(context, () => client);
	await client.start();
	return api;
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
		// Passing pull options at all turns `onChange` off unless it is set, so both are spelled out: problems
		// follow the typing, and a save (after "fix all" on save) shows the saved state.
		diagnosticPullOptions: { onChange: true, onSave: true },
		// The server asks for the settings itself but does not watch files, so the client reports changes of the
		// checker's configuration file.
		synchronize: { fileEvents: watchConfigurationFiles(context) },
	};
	return new LanguageClient(SETTINGS_SECTION, 'UN Resolution Language Server', serverOptions, clientOptions);
}

function watchConfigurationFiles(context: vscode.ExtensionContext): vscode.FileSystemWatcher {
	const watcher = vscode.workspace.createFileSystemWatcher(`**/${RC_FILE_NAME}`);
	context.subscriptions.push(watcher);
	return watcher;
}
