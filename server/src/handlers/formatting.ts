import type { TextEdit } from 'vscode-languageserver';
import { formatResolution } from '../languageService';
import { runSafe } from '../runSafe';
import type { FeatureHandler } from './context';

/** Format Document: white space only, so a formatted draft never loses or changes a word. */
export const formattingHandler: FeatureHandler = {
	capabilities: { documentFormattingProvider: true },
	register({ connection, documents, models, logger }) {
		connection.onDocumentFormatting((params, token) => runSafe(logger, (): TextEdit[] => {
			const document = documents.get(params.textDocument.uri);
			return document ? formatResolution(models.get(document)) : [];
		}, [], `Error while formatting ${params.textDocument.uri}`, token));
	},
};
