import type * as vscode from 'vscode';
import type { ExtensionApi } from './draftFeatures';
import type * as LanguageClientChunk from './languageClient';
import { activateWorkbench, stopClient } from './workbench';

/**
 * The Node entry: the server runs as a Node process beside the extension host and speaks to it over IPC.
 *
 * The language client library is most of the client's code (about 300 KB), so it is bundled apart, in
 * dist/client/languageClient.js, and loaded once activation has registered the commands, the views and content
 * detection and has given the extension host a turn of its event loop. The host is still busy while the library
 * loads, but it can answer what queued up meanwhile, such as other extensions' activations, first.
 */
export function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
	return activateWorkbench(context, async api => {
		await new Promise<void>(resolve => setImmediate(resolve));
		// A require of a path that esbuild leaves alone (esbuild.mjs), so that the library stays out of this bundle.
		const chunk = require('./languageClient') as typeof LanguageClientChunk;
		return chunk.createNodeClient(context, api);
	});
}

export function deactivate(): Promise<void> {
	return stopClient();
}
