import { Connection, DocumentSymbol, InitializeResult, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getDocumentSymbols, parseResolution, Resolution } from './languageService';
import { DocumentCache } from './languageService/documentCache';
import { ILogger, runSafe } from './runSafe';
import { productVersion } from './version';

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

	connection.onInitialize((): InitializeResult => ({
		capabilities: {
			textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
			documentSymbolProvider: { label: 'UN Resolution' },
		},
		serverInfo: { name: 'resolution-language-server', version: productVersion },
	}));

	documents.onDidClose(event => runSafe(logger, () => models.delete(event.document.uri), undefined,
		`Error while forgetting ${event.document.uri}`));

	connection.onDocumentSymbol((params, token) => runSafe(logger, (): DocumentSymbol[] => {
		const document = documents.get(params.textDocument.uri);
		return document ? getDocumentSymbols(models.get(document), document) : [];
	}, [], `Error while computing document symbols for ${params.textDocument.uri}`, token));

	documents.listen(connection);
	connection.listen();
}
