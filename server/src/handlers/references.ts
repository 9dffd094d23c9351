import type { Location } from 'vscode-languageserver';
import { getReferences } from '../languageService/features/navigation/references';
import { runSafe } from '../runSafe';
import type { FeatureHandler } from './context';

/** Find references: a footnote's markers, a document's citations across the workspace, a paragraph's references. */
export const referencesHandler: FeatureHandler = {
	capabilities: { referencesProvider: true },
	register({ connection, documents, models, logger, navigation }) {
		connection.onReferences((params, token) => runSafe(logger, (): Location[] => {
			const document = documents.get(params.textDocument.uri);
			return document
				? getReferences(models.get(document), document, params.position, params.context?.includeDeclaration !== false, navigation.workspace.view())
				: [];
		}, [], `Error while finding references in ${params.textDocument.uri}`, token));
	},
};
