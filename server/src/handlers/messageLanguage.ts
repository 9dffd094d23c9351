import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { localizeMessage, uiLanguage, type UiLanguage } from '../languageService/l10n/localize';
import type { ServerContext } from './context';

/**
 * The language of the server's messages: VS Code's display language, which it sends as `locale` in `initialize`.
 * The language service writes English; translation happens here, on the way out, so the findings, their cache and
 * every test of the rules stay in one language.
 */
export function messageLanguage({ initializeParams }: Pick<ServerContext, 'initializeParams'>): UiLanguage {
	return uiLanguage(initializeParams()?.locale);
}

/** LSP diagnostics with their messages and related-information messages in the interface language. */
export function localizeDiagnostics(diagnostics: Diagnostic[], language: UiLanguage): Diagnostic[] {
	if (language === 'en') {
		return diagnostics;
	}
	return diagnostics.map(diagnostic => ({
		...diagnostic,
		message: localizeMessage(diagnostic.message, language),
		...(diagnostic.relatedInformation && {
			relatedInformation: diagnostic.relatedInformation.map(related => ({ ...related, message: localizeMessage(related.message, language) })),
		}),
	}));
}

/** Code actions with their titles in the interface language; the diagnostics they carry came from the client. */
export function localizeActions(actions: CodeAction[], language: UiLanguage): CodeAction[] {
	return language === 'en' ? actions : actions.map(action => ({ ...action, title: localizeMessage(action.title, language) }));
}
