import type { SemanticTokens } from 'vscode-languageserver';
import { getSemanticTokens, SEMANTIC_TOKENS_LEGEND } from '../languageService';
import { runSafe } from '../runSafe';
import type { FeatureHandler } from './context';

/** Semantic highlighting of the whole document, refining the TextMate grammar with what only the parser knows. */
export const semanticTokensHandler: FeatureHandler = {
	capabilities: { semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true } },
	register({ connection, documents, models, logger }) {
		connection.languages.semanticTokens.on((params, token) => runSafe(logger, (): SemanticTokens => {
			const document = documents.get(params.textDocument.uri);
			return document ? getSemanticTokens(models.get(document), document) : { data: [] };
		}, { data: [] }, `Error while computing semantic tokens for ${params.textDocument.uri}`, token));
	},
};
