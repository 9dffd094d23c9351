import * as vscode from 'vscode';
import { type BaseLanguageClient, type DocumentSelector, type LanguageClientOptions, State } from 'vscode-languageclient';
import { RC_FILE_NAME } from '../../server/src/lint/rcFileName';
import { catalogueInitializationOptions, registerOnlineCatalogue } from './catalogue/onlineCatalogue';
import { LANGUAGE_ID, SETTINGS_SECTION } from './constants';
import { crashErrorHandler } from './crashRecovery';
import type { ExtensionApi } from './draftFeatures';
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

/**
 * Creates the client, not yet started, and connects it to the features that activation registered: the status
 * item hears the server's notes, the views ask again once the server runs, and the online catalogue answers the
 * server's look-ups. This module uses the environment-neutral root of `vscode-languageclient`, so that both
 * entries can call it.
 */
export function createClient(context: vscode.ExtensionContext, factory: ClientFactory, api: ExtensionApi, documentSelector = LOCAL_DRAFTS): RestartableClient {
	const client = factory(SETTINGS_SECTION, 'UN Resolution Language Server', clientOptions(context, documentSelector));
	// Without this, drafts switched to the resolution mode after a restart would get no problems (see the module).
	context.subscriptions.push(renewDocumentEventsOnRestart(client));
	api.status.listen(client);
	// The views ask as soon as they are created, which is before the server runs; they ask again once it does.
	context.subscriptions.push(client.onDidChangeState(event => event.newState === State.Running && api.draft.refresh()));
	registerOnlineCatalogue(context, client);
	return client;
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
