import type { SemanticTokens } from 'vscode-languageserver';
import { getSemanticTokens, SEMANTIC_TOKENS_LEGEND } from '../languageService';
import { runSafe } from '../runSafe';
import type { FeatureHandler } from './context';

/** Semantic highlighting of the whole document, refining the TextMate grammar with what only the parser knows. */
export const semanticTokensHandler: FeatureHandler = {
	capabilities: { semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true } },
	register({ connection, documents, models, navigation, logger }) {
		// A symbol the catalogue or the workspace holds is marked known; the others stay unmarked rather than
		// "unknown", since a small catalogue not knowing a symbol says nothing about the symbol.
		const isKnownSymbol = (symbol: string) => navigation.catalogues.catalogue.entries(symbol).length > 0 ? true : undefined;
		connection.languages.semanticTokens.on((params, token) => runSafe(logger, (): SemanticTokens => {
			const document = documents.get(params.textDocument.uri);
			return document ? getSemanticTokens(models.get(document), document, { isKnownSymbol }) : { data: [] };
		}, { data: [] }, `Error while computing semantic tokens for ${params.textDocument.uri}`, token));
	},
};
