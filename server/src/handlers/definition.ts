import type { Location, LocationLink } from 'vscode-languageserver';
import { getDefinition } from '../languageService/features/navigation/definition';
import { runSafe } from '../runSafe';
import type { FeatureHandler } from './context';

/**
 * Go to definition: footnote marker → text, paragraph reference → paragraph, cited resolution → the workspace
 * file holding it. Clients that do not take location links get plain locations.
 */
export const definitionHandler: FeatureHandler = {
	capabilities: { definitionProvider: true },
	register({ connection, documents, models, logger, navigation, initializeParams }) {
		connection.onDefinition((params, token) => runSafe(logger, (): LocationLink[] | Location[] => {
			const document = documents.get(params.textDocument.uri);
			if (!document) {
				return [];
			}
			const links = getDefinition(models.get(document), document, params.position, navigation.workspace.view());
			if (initializeParams()?.capabilities.textDocument?.definition?.linkSupport) {
				return links;
			}
			return links.map(link => ({ uri: link.targetUri, range: link.targetSelectionRange }));
		}, [], `Error while finding the definition in ${params.textDocument.uri}`, token));
	},
};
