import type { Hover } from 'vscode-languageserver';
import { getHover } from '../languageService/features/hover';
import { citationAt } from '../languageService/features/targets';
import { runSafeAsync } from '../runSafe';
import type { FeatureHandler } from './context';

/**
 * Hover. When the cursor is on a document the catalogue knows nothing of and the user has turned the online
 * look-up on, the hover waits up to 750 ms for the client's answer; a later answer serves the next hover.
 */
export const hoverHandler: FeatureHandler = {
	capabilities: { hoverProvider: true },
	register({ connection, documents, models, logger, navigation }) {
		connection.onHover((params, token) => runSafeAsync(logger, async (): Promise<Hover | null> => {
			const document = documents.get(params.textDocument.uri);
			if (!document) {
				return null;
			}
			const resolution = models.get(document);
			const { catalogue } = navigation.catalogues;
			const symbol = citationAt(resolution, document.offsetAt(params.position))?.symbol;
			if (symbol && navigation.catalogues.onlineLookup && !catalogue.describe(symbol, resolution.language)?.title) {
				await navigation.online.lookUp([symbol]);
			}
			return getHover(resolution, document, params.position, catalogue);
		}, null, `Error while computing the hover for ${params.textDocument.uri}`, token));
	},
};
