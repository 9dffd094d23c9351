import * as vscode from 'vscode';
import type { BaseLanguageClient, DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';
import { RC_FILE_NAME } from '../../server/src/lint/configFiles';
import { registerAutoDetection } from './autoDetect';
import { catalogueInitializationOptions, registerOnlineCatalogue } from './catalogue/onlineCatalogue';
import { registerCommands } from './commands';
import { LANGUAGE_ID, SETTINGS_SECTION } from './constants';
import { crashErrorHandler } from './crashRecovery';
import { registerDraftFeatures, type ExtensionApi } from './draftFeatures';
import { renewDocumentEventsOnRestart } from './restartRepair';

/** A language client that can start its server afresh, for the restart command; the base class has no restart. */
export type RestartableClient = BaseLanguageClient & { restart(): Promise<void> };

/**
 * Creates the language client of one environment around the shared options: the Node extension starts the server
 * as a process, the web extension in a Web Worker.
 */
export type ClientFactory = (id: string, name: string, options: LanguageClientOptions) => RestartableClient;

/** The drafts the Node server is given: files on disk and unsaved drafts. */
const LOCAL_DRAFTS: DocumentSelector = [
	{ scheme: 'file', language: LANGUAGE_ID },
	{ scheme: 'untitled', language: LANGUAGE_ID },
];

let client: RestartableClient | undefined;

/**
 * What activation does in every environment: create the client, register the commands, content detection, the
 * views, the preview and the status item, and start the server. This module and everything it imports use only
 * `vscode` and the environment-neutral root of `vscode-languageclient`, so that both entries can call it.
 */
export async function startClient(context: vscode.ExtensionContext, factory: ClientFactory, documentSelector = LOCAL_DRAFTS): Promise<ExtensionApi> {
	client = factory(SETTINGS_SECTION, 'UN Resolution Language Server', clientOptions(context, documentSelector));
	// Without this, drafts switched to the resolution mode after a restart would get no problems (see the module).
	context.subscriptions.push(renewDocumentEventsOnRestart(client));
	registerCommands(context, () => client);
	registerAutoDetection(context);
	const api = registerDraftFeatures(context, () => client);
	registerOnlineCatalogue(context, client);
	await client.start();
	return api;
}

export async function stopClient(): Promise<void> {
	await client?.stop();
	client = undefined;
}

function clientOptions(context: vscode.ExtensionContext, documentSelector: DocumentSelector): LanguageClientOptions {
	return {
		documentSelector,
		// Passing pull options at all turns `onChange` off unless it is set, so both are spelled out: problems
		// follow the typing, and a save (after "fix all" on save) shows the saved state.
		diagnosticPullOptions: { onChange: true, onSave: true },
		// The server asks for the settings itself but does not watch files, so the client reports changes of the
		// checker's configuration file.
		synchronize: { fileEvents: watchConfigurationFiles(context) },
		// Read again at every (re)start, so that a restarted server knows whether the workspace is trusted now.
		initializationOptions: catalogueInitializationOptions,
		// A crashed server is restarted and the drafter told once; the library alone would restart it silently.
		errorHandler: crashErrorHandler(),
	};
}

function watchConfigurationFiles(context: vscode.ExtensionContext): vscode.FileSystemWatcher {
	const watcher = vscode.workspace.createFileSystemWatcher(`**/${RC_FILE_NAME}`);
	context.subscriptions.push(watcher);
	return watcher;
}
