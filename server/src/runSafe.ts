import { CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { describeFailure } from './errors';

/** Where handler failures are reported; the connection's console in the server, a stub in tests. */
export interface ILogger {
	error(message: string): void;
}

/**
 * Runs a request or notification handler so that an exception never reaches the connection.
 *
 * A bug in one feature must not take the whole server down while a diplomat is typing, so a failure is logged
 * with its stack and the handler answers with an empty default instead. A request that the client has already
 * cancelled is answered with `RequestCancelled` without computing anything. Handlers are synchronous because
 * they query a cached model; an asynchronous feature will need a promise-aware variant.
 */
export function runSafe<T>(
	logger: ILogger,
	compute: () => T,
	defaultValue: T,
	errorMessage: string,
	token?: CancellationToken,
): T | ResponseError<void> {
	if (token?.isCancellationRequested) {
		return cancelled();
	}
	try {
		return compute();
	} catch (error) {
		logger.error(describeFailure(errorMessage, error));
		return defaultValue;
	}
}

function cancelled(): ResponseError<void> {
	return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}
