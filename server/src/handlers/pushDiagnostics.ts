import type { ServerContext } from './context';
import { toPublishedDiagnostics } from '../languageService/diagnostics/lsp';
import { runSafe, runSafeAsync } from '../runSafe';
import { localizeDiagnostics, messageLanguage } from './messageLanguage';

/** How long typing must pause before a pushed re-check; pulled diagnostics need none, the client paces them. */
const DEBOUNCE_MS = 300;

/**
 * Pushes diagnostics to clients that cannot pull them (LSP before 3.17, and some editors still): after a short
 * pause in typing, on open, and again after a change of configuration; a closed document's problems are cleared.
 * A result is published only if the document has not moved on while it was computed, so a slow check never
 * overwrites a newer one. Clients that pull (VS Code) never see these notifications.
 */
export function registerPushFallback(context: ServerContext): { recheckAll(): void } {
	const { connection, documents, lint, logger, initializeParams } = context;
	const timers = new Map<string, ReturnType<typeof setTimeout>>();
	const pushing = () => {
		const params = initializeParams();
		return params !== undefined && params.capabilities.textDocument?.diagnostic === undefined;
	};

	const publish = (uri: string) => runSafeAsync(logger, async () => {
		const document = documents.get(uri);
		if (!document) {
			return;
		}
		const snapshot = await lint.get(document);
		if (documents.get(uri)?.version === snapshot.version) {
			await connection.sendDiagnostics({ uri, version: snapshot.version, diagnostics: localizeDiagnostics(toPublishedDiagnostics(snapshot.published, document), messageLanguage(context)) });
		}
	}, undefined, `Error while publishing the problems of ${uri}`);

	const schedule = (uri: string) => {
		clearTimeout(timers.get(uri));
		timers.set(uri, setTimeout(() => {
			timers.delete(uri);
			void publish(uri);
		}, DEBOUNCE_MS));
	};

	documents.onDidChangeContent(event => runSafe(logger, () => {
		if (pushing()) {
			schedule(event.document.uri);
		}
	}, undefined, 'Error while scheduling a check'));
	documents.onDidClose(event => runSafe(logger, () => {
		if (pushing()) {
			clearTimeout(timers.get(event.document.uri));
			timers.delete(event.document.uri);
			void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
		}
	}, undefined, 'Error while clearing the problems of a closed document'));

	return {
		recheckAll: () => {
			if (pushing()) {
				documents.all().forEach(document => schedule(document.uri));
			}
		},
	};
}
