import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import { toLspDiagnostics } from '../languageService/diagnostics/lsp';
import {
	FIX_ALL_KIND, getFixAllAction, getQuickFixes, isKindRequested, lacksFixData, restoreFixData,
} from '../languageService/features/codeActions';
import { runSafeAsync } from '../runSafe';
import type { FeatureHandler } from './context';
import { localizeActions, messageLanguage } from './messageLanguage';

/**
 * Code actions: quick fixes from the fixes each diagnostic carries, and `source.fixAll.unResolution`, which runs
 * on save when the user asks for it in `editor.codeActionsOnSave`. The light bulb also lists "fix all" beside
 * the quick fixes of a fixable problem. A client that drops the diagnostics' `data` still gets its quick fixes,
 * from the current findings.
 */
export const codeActionsHandler: FeatureHandler = {
	capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] } },
	register(context) {
		const { connection, documents, models, lint, logger } = context;
		connection.onCodeAction((params, token) => runSafeAsync(logger, async (): Promise<CodeAction[]> => {
			const document = documents.get(params.textDocument.uri);
			if (!document) {
				return [];
			}
			const { only } = params.context;
			const uri = params.textDocument.uri;
			let diagnostics = params.context.diagnostics;
			if (lacksFixData(diagnostics)) {
				const snapshot = await lint.get(document);
				// The client can only send back what it was sent, so only the published findings are converted.
				diagnostics = restoreFixData(diagnostics, toLspDiagnostics(snapshot.published.shown, document));
			}
			const actions = isKindRequested(only, CodeActionKind.QuickFix)
				? getQuickFixes(models.get(document), { uri, version: document.version, diagnostics })
				: [];
			if (isKindRequested(only, FIX_ALL_KIND) && (only !== undefined || actions.length > 0)) {
				// The findings and the model come from one snapshot, so the edits match the text they were made for.
				const snapshot = await lint.get(document);
				const fixAll = getFixAllAction(snapshot.resolution, uri, snapshot.diagnostics);
				if (fixAll) {
					actions.push(fixAll);
				}
			}
			return localizeActions(actions, messageLanguage(context));
		}, [], `Error while computing code actions for ${params.textDocument.uri}`, token));
	},
};
