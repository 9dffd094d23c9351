import type { FoldingRange } from 'vscode-languageserver';
import { getFoldingRanges } from '../languageService';
import { runSafe } from '../runSafe';
import type { FeatureHandler } from './context';

/** Folding ranges: heading, parts, paragraphs with their sub-paragraphs, footnote blocks, closing. */
export const foldingHandler: FeatureHandler = {
	capabilities: { foldingRangeProvider: true },
	register({ connection, documents, models, logger }) {
		connection.onFoldingRanges((params, token) => runSafe(logger, (): FoldingRange[] => {
			const document = documents.get(params.textDocument.uri);
			return document ? getFoldingRanges(models.get(document), document) : [];
		}, [], `Error while computing folding ranges for ${params.textDocument.uri}`, token));
	},
};
