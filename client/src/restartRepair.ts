import * as vscode from 'vscode';
import {
	type BaseLanguageClient,
	DidCloseTextDocumentNotification,
	DidOpenTextDocumentNotification,
	DidSaveTextDocumentNotification,
	State,
	WillSaveTextDocumentNotification,
} from 'vscode-languageclient';

/** The features whose `onNotificationSent` emitter vscode-languageclient 9 disposes when the client stops. */
const DOCUMENT_EVENT_METHODS = [
	DidOpenTextDocumentNotification.method,
	DidCloseTextDocumentNotification.method,
	DidSaveTextDocumentNotification.method,
	WillSaveTextDocumentNotification.method,
];

/**
 * Keeps the client's "notification sent" events of opened, closed and saved documents working after a restart,
 * by the command or after a crash.
 *
 * In vscode-languageclient 9 a stop clears every feature, and the open, close, save and will-save features dispose
 * their `onNotificationSent` emitter when cleared but never make a new one. When the client starts again, the
 * pull-diagnostics feature subscribes to that emitter afresh (it pulls a document's problems when its didOpen has
 * been sent, forgets them when its didClose has), and a disposed VS Code emitter silently drops new listeners. So
 * after a restart, a document that reaches the server only through a didOpen was never asked for its problems: a
 * plain .txt draft that content detection switches to the resolution mode after its tab opened (drafts already in
 * the mode when their tab opens are still pulled, through the tab tracker). Saves stopped pulling and closes
 * stopped forgetting for the same reason.
 *
 * The emitters are replaced when the client starts again, after the stop disposed them and before the features
 * subscribe. The field is the library's own, so if a later version renames it nothing is replaced, and the
 * end-to-end restart test says so.
 */
export function renewDocumentEventsOnRestart(client: BaseLanguageClient): vscode.Disposable {
	let startedBefore = false;
	return client.onDidChangeState(({ newState }) => {
		if (newState !== State.Starting) {
			return;
		}
		// At the first start nothing has been disposed, and nothing has subscribed yet.
		if (startedBefore) {
			DOCUMENT_EVENT_METHODS.forEach(method => renewEmitter(client, method));
		}
		startedBefore = true;
	});
}

function renewEmitter(client: BaseLanguageClient, method: string): void {
	const feature = (client.getFeature as (method: string) => unknown)(method) as { _onNotificationSent?: unknown } | undefined;
	if (feature?._onNotificationSent instanceof vscode.EventEmitter) {
		feature._onNotificationSent = new vscode.EventEmitter();
	}
}
