/** Formats an unexpected failure for a log or stderr, with the stack when there is one, so bugs can be located. */
export function describeFailure(message: string, error: unknown): string {
	if (error instanceof Error) {
		return `${message}: ${error.stack ?? error.message}`;
	}
	return `${message}: ${String(error)}`;
}
