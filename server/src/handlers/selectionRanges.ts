import type { SelectionRange } from 'vscode-languageserver';
import { getSelectionRanges } from '../languageService';
import { runSafe } from '../runSafe';
import type { FeatureHandler } from './context';

/** Expand Selection: word, clause, sub-paragraph, paragraph, part, document. */
export const selectionRangesHandler: FeatureHandler = {
	capabilities: { selectionRangeProvider: true },
	register({ connection, documents, models, logger }) {
		connection.onSelectionRanges((params, token) => runSafe(logger, (): SelectionRange[] => {
			const document = documents.get(params.textDocument.uri);
			return document ? getSelectionRanges(models.get(document), document, params.positions) : [];
		}, [], `Error while computing selection ranges for ${params.textDocument.uri}`, token));
	},
};
