import { Connection, InitializeResult, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FeatureHandler, ServerContext } from './handlers/context';
import { completionHandler } from './handlers/completion';
import { documentSymbolsHandler } from './handlers/documentSymbols';
import { parseResolution, Resolution } from './languageService';
import { DocumentCache } from './languageService/documentCache';
import { ILogger, runSafe } from './runSafe';
import { productVersion } from './version';

/** Every LSP feature the server offers; each announces its capabilities and registers its own handlers. */
const FEATURES: readonly FeatureHandler[] = [
	documentSymbolsHandler,
	completionHandler,
];

/**
 * Wires the pure language service to an LSP connection. The transport (stdio, IPC, a browser worker) is chosen
 * by the caller, so the same function serves VS Code, other LSP editors and the tests.
 *
 * Handlers are glue only: look the document up, take its model from the cache, ask a feature, return.
 */
export function startServer(connection: Connection): void {
	const documents = new TextDocuments(TextDocument);
	// The cache lives in this closure rather than in module state, so every connection (and every test) gets its own.
	const models = new DocumentCache<Resolution>(parseResolution);
	const logger: ILogger = { error: message => connection.console.error(message) };
	const context: ServerContext = { connection, documents, models, logger };

	connection.onInitialize((): InitializeResult => ({
		capabilities: Object.assign(
			{ textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } },
			...FEATURES.map(feature => feature.capabilities),
		),
		serverInfo: { name: 'resolution-language-server', version: productVersion },
	}));

	documents.onDidClose(event => runSafe(logger, () => models.delete(event.document.uri), undefined,
		`Error while forgetting ${event.document.uri}`));

	for (const feature of FEATURES) {
		feature.register(context);
	}
	documents.listen(connection);
	connection.listen();
}
