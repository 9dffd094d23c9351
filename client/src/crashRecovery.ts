import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler } from 'vscode-languageclient';
import { CrashPolicy } from './crashPolicy';

const RESTARTED = 'The UN Resolution language server stopped unexpectedly and was restarted; problems and the outline '
	+ 'are back once it has read the open drafts again. The output "UN Resolution Language Server" has the details.';
const GAVE_UP = 'The UN Resolution language server stopped five times in three minutes and will not be restarted. '
	+ 'Run "UN Resolution: Restart Language Server" to try again; the output "UN Resolution Language Server" has the details.';

/**
 * The language client's error handler: a crashed server is restarted, the drafter is told once, and after five
 * crashes in three minutes the server stays stopped with a message saying how to start it again. Errors while
 * reading or writing the connection keep the library's rule: carry on three times, then shut down.
 */
export function crashErrorHandler(
	policy = new CrashPolicy(),
	show: (message: string) => void = message => void vscode.window.showWarningMessage(message),
): ErrorHandler {
	return {
		error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
		closed: () => {
			switch (policy.closed()) {
				case 'restart-and-tell':
					show(RESTARTED);
					return { action: CloseAction.Restart, handled: true };
				case 'restart':
					return { action: CloseAction.Restart, handled: true };
				case 'give-up':
					// Not handled: the library shows this message as an error and marks the client stopped.
					return { action: CloseAction.DoNotRestart, message: GAVE_UP };
			}
		},
	};
}
