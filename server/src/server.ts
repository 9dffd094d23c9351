import { Connection, InitializeParams, InitializeResult, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { citationsHandler } from './handlers/citations';
import { codeActionsHandler } from './handlers/codeActions';
import { commandsHandler } from './handlers/commands';
import type { FeatureHandler, ServerContext, ServerHost } from './handlers/context';
import { completionHandler } from './handlers/completion';
import { definitionHandler } from './handlers/definition';
import { diagnosticsHandler } from './handlers/diagnostics';
import { documentHighlightHandler } from './handlers/documentHighlight';
import { documentLinksHandler } from './handlers/documentLinks';
import { documentSymbolsHandler } from './handlers/documentSymbols';
import { foldingHandler } from './handlers/folding';
import { formattingHandler } from './handlers/formatting';
import { hoverHandler } from './handlers/hover';
import { previewHandler } from './handlers/preview';
import { referencesHandler } from './handlers/references';
import { renameHandler } from './handlers/rename';
import { selectionRangesHandler } from './handlers/selectionRanges';
import { semanticTokensHandler } from './handlers/semanticTokens';
import { structureHandler } from './handlers/structure';
import { workspaceIndexHandler } from './handlers/workspaceIndex';
import { updateResolution, type DocumentLanguage, Resolution } from './languageService';
import { DocumentCache } from './languageService/documentCache';
import { LintService } from './lint/lintService';
import { LintSettings } from './lint/lintSettings';
import { createNavigation } from './navigation/navigation';
import { fanOutNotifications } from './notificationFanOut';
import { ILogger, runSafe } from './runSafe';
import { productVersion } from './version';

/** Every LSP feature the server offers; each announces its capabilities and registers its own handlers. */
const FEATURES: readonly FeatureHandler[] = [
	documentSymbolsHandler,
	completionHandler,
	foldingHandler,
	selectionRangesHandler,
	formattingHandler,
	semanticTokensHandler,
	diagnosticsHandler,
	codeActionsHandler,
	structureHandler,
	citationsHandler,
	previewHandler,
	commandsHandler,
	workspaceIndexHandler,
	hoverHandler,
	documentLinksHandler,
	definitionHandler,
	referencesHandler,
	documentHighlightHandler,
	renameHandler,
];

/**
 * Wires the pure language service to an LSP connection. The transport (stdio, IPC, a browser worker) is chosen
 * by the caller, so the same function serves VS Code, other LSP editors and the tests; `host` gives what the
 * environment offers (file access in Node, nothing in a browser).
 *
 * Handlers are glue only: look the document up, take its model from the cache, ask a feature, return.
 */
export function startServer(connection: Connection, host: ServerHost = {}): void {
	const documents = new TextDocuments(TextDocument);
	// The cache lives in this closure rather than in module state, so every connection (and every test) gets its own.
	// A document's settings may force its language (unResolution.language); otherwise the parser detects it.
	const forcedLanguages = new Map<string, DocumentLanguage>();
	// A keystroke inside one paragraph re-reads that paragraph only (languageService/incremental/).
	const models = new DocumentCache<Resolution>((text, uri, previous) => updateResolution(previous, text, { language: forcedLanguages.get(uri) }));
	const onLanguage = (uri: string, language: DocumentLanguage | undefined) => {
		if (forcedLanguages.get(uri) !== language) {
			if (language) {
				forcedLanguages.set(uri, language);
			} else {
				forcedLanguages.delete(uri);
			}
			models.delete(uri);
		}
	};
	const logger: ILogger = { error: message => connection.console.error(message) };
	// Several features listen for changed settings and watched files, which the connection gives one handler each.
	connection = fanOutNotifications(connection, logger);
	let params: InitializeParams | undefined;
	const initializeParams = () => params;
	const navigation = createNavigation({ connection, documents, models, logger, files: host.workspaceFiles, initializeParams });
	const lint = new LintService(models, new LintSettings({ connection, configFiles: host.configFiles, initializeParams, onLanguage }),
		() => navigation.catalogues.catalogue);
	const context: ServerContext = { connection, documents, models, logger, lint, navigation, initializeParams };

	connection.onInitialize((initialize): InitializeResult => {
		params = initialize;
		return {
			capabilities: Object.assign(
				{ textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } },
				...FEATURES.map(feature => feature.capabilities),
			),
			serverInfo: { name: 'resolution-language-server', version: productVersion },
		};
	});
	connection.onInitialized(() => {
		for (const feature of FEATURES) {
			runSafe(logger, () => feature.initialized?.(context), undefined, 'Error while completing initialisation');
		}
	});

	documents.onDidClose(event => runSafe(logger, () => models.delete(event.document.uri), undefined,
		`Error while forgetting ${event.document.uri}`));

	for (const feature of FEATURES) {
		feature.register(context);
	}
	documents.listen(connection);
	connection.listen();
}
