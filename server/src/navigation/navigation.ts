import type { Connection, InitializeParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Resolution } from '../languageService';
import type { DocumentCache } from '../languageService/documentCache';
import type { WorkspaceFileSystem } from '../languageService/workspace/types';
import type { ILogger } from '../runSafe';
import { CatalogueService } from './catalogueService';
import { OnlineCatalogue } from './onlineCatalogue';
import { WorkspaceService } from './workspaceService';

/** What the navigation features share: the workspace index, the catalogue and its online look-up. */
export interface Navigation {
	readonly workspace: WorkspaceService;
	readonly catalogues: CatalogueService;
	readonly online: OnlineCatalogue;
}

export interface NavigationOptions {
	connection: Connection;
	documents: TextDocuments<TextDocument>;
	models: DocumentCache<Resolution>;
	logger: ILogger;
	/** File access from the environment; without it only open documents are indexed. */
	files: WorkspaceFileSystem | undefined;
	initializeParams(): InitializeParams | undefined;
}

export function createNavigation(options: NavigationOptions): Navigation {
	const workspace = new WorkspaceService(options);
	const catalogues = new CatalogueService({ ...options, workspace });
	return { workspace, catalogues, online: new OnlineCatalogue(options.connection, catalogues.online, options.logger) };
}
