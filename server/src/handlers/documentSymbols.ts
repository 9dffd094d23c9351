import type { DocumentSymbol } from 'vscode-languageserver';
import { getDocumentSymbols } from '../languageService';
import { runSafe } from '../runSafe';
import type { FeatureHandler } from './context';

/** Document symbols: the Outline view and breadcrumbs. */
export const documentSymbolsHandler: FeatureHandler = {
	capabilities: { documentSymbolProvider: { label: 'UN Resolution' } },
	register({ connection, documents, models, logger }) {
		connection.onDocumentSymbol((params, token) => runSafe(logger, (): DocumentSymbol[] => {
			const document = documents.get(params.textDocument.uri);
			return document ? getDocumentSymbols(models.get(document), document) : [];
		}, [], `Error while computing document symbols for ${params.textDocument.uri}`, token));
	},
};
