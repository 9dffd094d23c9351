import { ErrorCodes, ResponseError, type WorkspaceEdit } from 'vscode-languageserver';
import { isRefusal, prepareFootnoteRename, renameFootnote } from '../languageService/features/navigation/rename';
import { runSafe } from '../runSafe';
import type { FeatureHandler } from './context';

/**
 * Rename a footnote number: markers and text together. A refused rename (a number already taken, a name that is no
 * number) is answered with an error whose message the editor shows.
 */
export const renameHandler: FeatureHandler = {
	capabilities: { renameProvider: { prepareProvider: true } },
	register({ connection, documents, models, logger }) {
		connection.onPrepareRename((params, token) => runSafe(logger, () => {
			const document = documents.get(params.textDocument.uri);
			return (document && prepareFootnoteRename(models.get(document), document, params.position)) ?? null;
		}, null, `Error while preparing a rename in ${params.textDocument.uri}`, token));
		connection.onRenameRequest((params, token) => runSafe(logger, (): WorkspaceEdit | ResponseError<void> | null => {
			const document = documents.get(params.textDocument.uri);
			const result = document ? renameFootnote(models.get(document), document, params.position, params.newName) : undefined;
			if (isRefusal(result)) {
				return new ResponseError(ErrorCodes.InvalidParams, result.refused);
			}
			return result ?? null;
		}, null, `Error while renaming in ${params.textDocument.uri}`, token));
	},
};
