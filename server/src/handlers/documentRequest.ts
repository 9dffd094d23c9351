import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Resolution } from '../languageService';
import type { DocumentRequestParams } from '../languageService/features/views/protocol';
import { runSafe } from '../runSafe';
import type { FeatureHandler, ServerContext } from './context';

/**
 * A feature answering one custom request about one open document (the client's views and preview). The client is
 * another program, so the parameters are checked rather than trusted: a request without a known document is
 * answered with null, and a failing computation is logged and answered with null too, never with a crash.
 */
export function documentRequest<R>(
	method: string,
	what: string,
	compute: (resolution: Resolution, document: TextDocument, context: ServerContext) => R,
): FeatureHandler {
	return {
		capabilities: {},
		register(context) {
			const { connection, documents, models, logger } = context;
			connection.onRequest(method, (params: DocumentRequestParams | undefined, token) => {
				const uri = typeof params?.textDocument?.uri === 'string' ? params.textDocument.uri : undefined;
				return runSafe(logger, (): R | null => {
					const document = uri ? documents.get(uri) : undefined;
					return document ? compute(models.get(document), document, context) : null;
				}, null, `Error while computing ${what} for ${uri ?? '(no document)'}`, token);
			});
		},
	};
}
