import type * as vscode from 'vscode';
import type { RestartableClient } from './client';
import { registerAutoDetection } from './autoDetect';
import { registerCommands } from './commands';
import { registerDraftFeatures, type ExtensionApi } from './draftFeatures';

/**
 * Makes the running client of an environment from the features already registered: the Node entry loads the
 * language client library for it, the web entry has it in its one bundle.
 */
export type ClientConnector = (api: ExtensionApi) => RestartableClient | Promise<RestartableClient>;

let client: RestartableClient | undefined;
/** Set by deactivation, which may come while the client is still being made, so that it is then not started. */
let deactivated = false;

/**
 * What activation does in every environment: register the commands, content detection, the views, the preview
 * and the status item, then create the client and start the server. This module and everything it imports use
 * `vscode-languageclient` for types only, so that the Node entry, which bundles it, stays free of the library
 * (about 300 KB); the features reach the client through a getter, which gives undefined until it exists.
 */
export async function activateWorkbench(context: vscode.ExtensionContext, connect: ClientConnector): Promise<ExtensionApi> {
	registerCommands(context, () => client);
	registerAutoDetection(context);
	const api = registerDraftFeatures(context, () => client);
	const created = await connect(api);
	if (!deactivated) {
		client = created;
		await client.start();
	}
	return api;
}

export async function stopClient(): Promise<void> {
	deactivated = true;
	await client?.stop();
	client = undefined;
}
