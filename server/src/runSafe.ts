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
 * they query a cached model; {@link runSafeAsync} serves the few that must wait for the client.
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

/**
 * The promise-aware {@link runSafe}, for handlers that wait on the client (settings) before they compute. A
 * request cancelled while it waited is answered with `RequestCancelled` too, since its result is no longer wanted.
 */
export async function runSafeAsync<T>(
	logger: ILogger,
	compute: () => Promise<T>,
	defaultValue: T,
	errorMessage: string,
	token?: CancellationToken,
): Promise<T | ResponseError<never>> {
	if (token?.isCancellationRequested) {
		return cancelled();
	}
	try {
		const result = await compute();
		return token?.isCancellationRequested ? cancelled() : result;
	} catch (error) {
		logger.error(describeFailure(errorMessage, error));
		return defaultValue;
	}
}

// The answer carries no data, which lets it stand where a request declares error data (pull diagnostics does).
function cancelled(): ResponseError<never> {
	return new ResponseError<never>(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}
