import {
	DidChangeConfigurationNotification, DocumentDiagnosticReportKind, type DocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ANALYSIS_STATUS_NOTIFICATION, type AnalysisStatusParams } from '../languageService/diagnostics';
import { toPublishedDiagnostics } from '../languageService/diagnostics/lsp';
import { isConfigFileUri } from '../lint/configFiles';
import type { LintSnapshot } from '../lint/lintService';
import { SETTINGS_SECTION } from '../lint/lintSettings';
import { runSafe, runSafeAsync } from '../runSafe';
import type { FeatureHandler } from './context';
import { localizeDiagnostics, messageLanguage } from './messageLanguage';
import { registerPushFallback } from './pushDiagnostics';

const EMPTY_REPORT: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };

/**
 * Pull diagnostics: the client asks for a document's problems when it changes, is saved or is shown, and the
 * server answers from the per-version cache of findings. A client that pulls needs no push and no timer: it keeps
 * one request in flight per document and cancels it when the text moves on. At most `unResolution.maxProblems`
 * findings are sent, the most severe first, with a notice of how many more there are (diagnostics/limit.ts).
 *
 * When the settings or a `.resolutionlintrc.json` change, every configuration is dropped and the client is asked
 * to pull again. Clients that cannot pull get the same findings pushed (pushDiagnostics.ts).
 */
export const diagnosticsHandler: FeatureHandler = {
	capabilities: {
		diagnosticProvider: { identifier: 'unResolution', interFileDependencies: false, workspaceDiagnostics: false },
	},
	register(context) {
		const { connection, documents, lint, logger, initializeParams } = context;
		const push = registerPushFallback(context);
		// The documents whose check was last reported reduced; the client hears only of changes, never per keystroke.
		const reduced = new Set<string>();
		const reportAnalysisSize = (document: TextDocument, snapshot: LintSnapshot) => {
			if (snapshot.reduced === reduced.has(document.uri)) {
				return;
			}
			if (snapshot.reduced) {
				reduced.add(document.uri);
			} else {
				reduced.delete(document.uri);
			}
			const params: AnalysisStatusParams = {
				uri: document.uri,
				version: snapshot.version,
				reduced: snapshot.reduced,
				size: snapshot.resolution.text.length,
				limit: snapshot.limit,
			};
			void connection.sendNotification(ANALYSIS_STATUS_NOTIFICATION, params);
		};
		connection.languages.diagnostics.on((params, token) => runSafeAsync(logger, async (): Promise<DocumentDiagnosticReport> => {
			const document = documents.get(params.textDocument.uri);
			if (!document) {
				return EMPTY_REPORT;
			}
			const snapshot = await lint.get(document);
			reportAnalysisSize(document, snapshot);
			if (params.previousResultId === snapshot.resultId) {
				return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: snapshot.resultId };
			}
			return { kind: DocumentDiagnosticReportKind.Full, resultId: snapshot.resultId, items: localizeDiagnostics(toPublishedDiagnostics(snapshot.published, document), messageLanguage(context)) };
		}, EMPTY_REPORT, `Error while checking ${params.textDocument.uri}`, token));

		const recheck = (reason: string) => runSafe(logger, () => {
			lint.invalidate();
			push.recheckAll();
			if (initializeParams()?.capabilities.workspace?.diagnostics?.refreshSupport) {
				connection.languages.diagnostics.refresh();
			}
		}, undefined, `Error while re-checking after ${reason}`);
		connection.onDidChangeConfiguration(() => recheck('a change of settings'));
		connection.onDidChangeWatchedFiles(params => {
			if (params.changes.some(change => isConfigFileUri(change.uri))) {
				recheck('a change of a configuration file');
			}
		});
		documents.onDidClose(event => runSafe(logger, () => {
			lint.forget(event.document.uri);
			reduced.delete(event.document.uri);
		}, undefined,
			`Error while forgetting the findings for ${event.document.uri}`));
	},
	initialized({ connection, initializeParams, logger }) {
		// Without this registration, a client that pulls settings has no reason to say when they change.
		if (initializeParams()?.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
			connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION })
				.catch(error => logger.error(`Could not register for changes of the settings: ${String(error)}`));
		}
	},
};
