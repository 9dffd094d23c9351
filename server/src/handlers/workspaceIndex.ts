import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver';
import { describeFailure } from '../errors';
import { workspaceFolders } from '../navigation/catalogueService';
import { WORKSPACE_TRUSTED_NOTIFICATION } from '../navigation/protocol';
import { runSafe } from '../runSafe';
import type { FeatureHandler, ServerContext } from './context';

/** The files whose changes matter to navigation: drafts, and the catalogue files beside them. */
const WATCHED = ['**/*.{txt,md,resolution}', '**/.resolutions/catalogue.{json,csv}'];
const DRAFT = /\.(?:txt|md|resolution)$/i;

/**
 * Keeps the workspace index and the catalogue current: the first scan once the client is ready, file events
 * (registered here, so any client that supports dynamic registration sends them), closed documents, workspace
 * folders added or removed, changed settings and a workspace that the user has just trusted.
 */
export const workspaceIndexHandler: FeatureHandler = {
	capabilities: { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } },
	register(context) {
		const { connection, documents, logger, navigation } = context;
		const failed = (what: string) => (error: unknown) => logger.error(describeFailure(`Error while ${what}`, error));
		const reloadCatalogue = (what: string) => void navigation.catalogues.reload().then(() => recheck(context), failed(what));
		documents.onDidClose(event => void navigation.workspace.documentClosed(event.document.uri).catch(failed('re-reading a closed draft')));
		connection.onDidChangeWatchedFiles(params => {
			let catalogueChanged = false;
			for (const change of params.changes) {
				if (navigation.catalogues.isCatalogueFile(change.uri)) {
					catalogueChanged = true;
				} else if (DRAFT.test(change.uri)) {
					void navigation.workspace.fileChanged(change.uri, change.type === FileChangeType.Deleted).catch(failed('re-reading a changed draft'));
				}
			}
			if (catalogueChanged) {
				reloadCatalogue('reloading the catalogue files');
			}
		});
		connection.onDidChangeConfiguration(() => reloadCatalogue('reloading the catalogue settings'));
		connection.onNotification(WORKSPACE_TRUSTED_NOTIFICATION, () => void navigation.catalogues.trust().then(() => recheck(context), failed('trusting the workspace')));
	},
	initialized(context) {
		const { navigation, logger, initializeParams } = context;
		const failed = (what: string) => (error: unknown) => logger.error(describeFailure(`Error while ${what}`, error));
		watchFiles(context);
		followFolders(context);
		void navigation.workspace.scan(workspaceFolders(initializeParams())).catch(failed('indexing the workspace'));
		void navigation.catalogues.reload().then(() => recheck(context), failed('loading the catalogue files'));
	},
};

/** The catalogue changed, so citation dates may be judged differently: the client pulls the problems again. */
function recheck({ connection, lint, initializeParams }: ServerContext): void {
	lint.invalidate();
	if (initializeParams()?.capabilities.workspace?.diagnostics?.refreshSupport) {
		connection.languages.diagnostics.refresh();
	}
}

function watchFiles({ connection, initializeParams, logger }: ServerContext): void {
	if (!initializeParams()?.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
		return;
	}
	connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED.map(globPattern => ({ globPattern })) })
		.catch(error => logger.error(describeFailure('Could not watch the workspace files', error)));
}

function followFolders({ connection, initializeParams, logger, navigation }: ServerContext): void {
	if (!initializeParams()?.capabilities.workspace?.workspaceFolders) {
		return;
	}
	runSafe(logger, () => connection.workspace.onDidChangeWorkspaceFolders(event => {
		event.removed.forEach(folder => navigation.workspace.folderRemoved(folder.uri));
		void navigation.workspace.scan(event.added.map(folder => folder.uri));
		void navigation.catalogues.reload().catch(error => logger.error(describeFailure('Error while reloading the catalogue files', error)));
	}), undefined, 'Could not follow the workspace folders');
}
