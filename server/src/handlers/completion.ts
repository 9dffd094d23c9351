import { CompletionTriggerKind, type CompletionList } from 'vscode-languageserver';
import { getCompletions, TRIGGER_CHARACTERS } from '../languageService';
import { runSafe } from '../runSafe';
import type { FeatureHandler } from './context';

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

/** Completion: opening phrases, paragraph numbers, sub-paragraph labels, citations and footnote markers. */
export const completionHandler: FeatureHandler = {
	capabilities: { completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: false } },
	register({ connection, documents, models, logger }) {
		connection.onCompletion((params, token) => runSafe(logger, (): CompletionList => {
			const document = documents.get(params.textDocument.uri);
			if (!document) {
				return EMPTY;
			}
			const trigger = {
				invoked: params.context?.triggerKind !== CompletionTriggerKind.TriggerCharacter,
				character: params.context?.triggerCharacter,
			};
			return getCompletions(models.get(document), document, params.position, { trigger });
		}, EMPTY, `Error while computing completions for ${params.textDocument.uri}`, token));
	},
};
