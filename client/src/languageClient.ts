import type * as vscode from 'vscode';
import { LanguageClient, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { createClient, type RestartableClient } from './client';
import type { ExtensionApi } from './draftFeatures';

/**
 * The Node entry's second bundle (dist/client/languageClient.js): the language client library and what needs it
 * at run time, loaded by extension.ts after activation has registered everything else.
 */
export function createNodeClient(context: vscode.ExtensionContext, api: ExtensionApi): RestartableClient {
	const module = context.asAbsolutePath('dist/server/node.js');
	const serverOptions: ServerOptions = {
		run: { module, transport: TransportKind.ipc },
		debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
	};
	return createClient(context, (id, name, options) => new LanguageClient(id, name, serverOptions, options), api);
}
