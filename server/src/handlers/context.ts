import type { Connection, InitializeParams, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Resolution } from '../languageService';
import type { DocumentCache } from '../languageService/documentCache';
import type { ILintConfigFiles } from '../lint/configFiles';
import type { LintService } from '../lint/lintService';
import type { WorkspaceFileSystem } from '../languageService/workspace/types';
import type { Navigation } from '../navigation/navigation';
import type { ILogger } from '../runSafe';

/**
 * What the environment gives the server beyond the connection: file access, from the disk in Node, or through the
 * web client in a browser.
 */
export interface ServerHost {
	readonly configFiles?: ILintConfigFiles;
	/** The workspace's files, for the workspace index and catalogue files. */
	readonly workspaceFiles?: WorkspaceFileSystem;
}

/** What every feature handler shares: the connection, the open documents and their parsed models. */
export interface ServerContext {
	readonly connection: Connection;
	readonly documents: TextDocuments<TextDocument>;
	readonly models: DocumentCache<Resolution>;
	readonly logger: ILogger;
	/** The checker's findings per document version, with their configuration. */
	readonly lint: LintService;
	/** The workspace index and the catalogue that hovers, links, definition and references consult. */
	readonly navigation: Navigation;
	/** What the client sent in `initialize` (capabilities, workspace folders); undefined before that. */
	initializeParams(): InitializeParams | undefined;
}

/**
 * One LSP feature's glue: the capabilities it announces and the registration of its short handlers. Each feature
 * lives in its own file under handlers/, so that features grow without growing server.ts.
 */
export interface FeatureHandler {
	readonly capabilities: ServerCapabilities;
	register(context: ServerContext): void;
	/** Runs once the client has confirmed initialisation, when a feature may register capabilities dynamically. */
	initialized?(context: ServerContext): void;
}
