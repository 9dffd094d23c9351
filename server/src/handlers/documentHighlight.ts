import type { DocumentHighlight } from 'vscode-languageserver';
import { getDocumentHighlights } from '../languageService/features/navigation/references';
import { runSafe } from '../runSafe';
import type { FeatureHandler } from './context';

/** Document highlight: the footnote, document or paragraph under the cursor, wherever else it stands in the draft. */
export const documentHighlightHandler: FeatureHandler = {
	capabilities: { documentHighlightProvider: true },
	register({ connection, documents, models, logger }) {
		connection.onDocumentHighlight((params, token) => runSafe(logger, (): DocumentHighlight[] => {
			const document = documents.get(params.textDocument.uri);
			return document ? getDocumentHighlights(models.get(document), document, params.position) : [];
		}, [], `Error while highlighting in ${params.textDocument.uri}`, token));
	},
};
