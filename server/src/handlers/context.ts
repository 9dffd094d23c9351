import type { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Resolution } from '../languageService';
import type { DocumentCache } from '../languageService/documentCache';
import type { ILogger } from '../runSafe';

/** What every feature handler shares: the connection, the open documents and their parsed models. */
export interface ServerContext {
	readonly connection: Connection;
	readonly documents: TextDocuments<TextDocument>;
	readonly models: DocumentCache<Resolution>;
	readonly logger: ILogger;
}

/**
 * One LSP feature's glue: the capabilities it announces and the registration of its short handlers. Each feature
 * lives in its own file under handlers/, so that features grow without growing server.ts.
 */
export interface FeatureHandler {
	readonly capabilities: ServerCapabilities;
	register(context: ServerContext): void;
}
