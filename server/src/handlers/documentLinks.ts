import type { DocumentLink } from 'vscode-languageserver';
import { getDocumentLinks } from '../languageService/features/navigation/links';
import { runSafe } from '../runSafe';
import type { FeatureHandler } from './context';

/** Document links: every cited symbol and resolution to its text on undocs.org, in the draft's language. */
export const documentLinksHandler: FeatureHandler = {
	capabilities: { documentLinkProvider: { resolveProvider: false } },
	register({ connection, documents, models, logger }) {
		connection.onDocumentLinks((params, token) => runSafe(logger, (): DocumentLink[] => {
			const document = documents.get(params.textDocument.uri);
			return document ? getDocumentLinks(models.get(document), document) : [];
		}, [], `Error while computing the links of ${params.textDocument.uri}`, token));
	},
};
