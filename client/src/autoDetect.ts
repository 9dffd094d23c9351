import * as vscode from 'vscode';
import { looksLikeResolution } from '../../server/src/languageService/detect';
import { LANGUAGE_ID, SETTINGS_SECTION } from './constants';

/** The language modes drafts usually arrive in; other modes are never switched. */
const CANDIDATE_LANGUAGES = new Set(['plaintext', 'markdown']);

/** Detection reads only the top of a document (see detect.ts), so there is no point in copying more. */
const DETECTION_CHARACTERS = 8 * 1024;

/**
 * VS Code reports a change of language mode as a close immediately followed by an open of the same URI; a
 * reopen of a closed file comes much later. This window tells the two apart.
 */
const MODE_CHANGE_WINDOW_MS = 1000;

/**
 * Switches plain-text and Markdown documents that look like resolutions to the resolution language mode.
 *
 * A user who switches a detected document back to plain text has decided, so that document is left alone until
 * it is closed; without this, the switch back would reopen the document and detection would undo the choice.
 */
export function registerAutoDetection(context: vscode.ExtensionContext): void {
	const optedOut = new Set<string>();
	const leftResolutionMode = new Map<string, number>();

	const consider = (document: vscode.TextDocument): void => {
		const key = document.uri.toString();
		if (!CANDIDATE_LANGUAGES.has(document.languageId) || optedOut.has(key) || !isEnabled(document)) {
			return;
		}
		const leftAt = leftResolutionMode.get(key);
		leftResolutionMode.delete(key);
		if (leftAt !== undefined && Date.now() - leftAt < MODE_CHANGE_WINDOW_MS) {
			optedOut.add(key);
			return;
		}
		const top = document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(DETECTION_CHARACTERS)));
		if (looksLikeResolution(top)) {
			void vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
		}
	};

	const forget = (document: vscode.TextDocument): void => {
		const key = document.uri.toString();
		if (document.languageId === LANGUAGE_ID) {
			leftResolutionMode.set(key, Date.now());
		} else {
			optedOut.delete(key);
		}
	};

	context.subscriptions.push(
		vscode.workspace.onDidOpenTextDocument(consider),
		vscode.workspace.onDidCloseTextDocument(forget),
		// A new untitled draft is empty when opened; looking again when the user returns to it catches pasted text.
		vscode.window.onDidChangeActiveTextEditor(editor => editor && consider(editor.document)),
	);
	vscode.workspace.textDocuments.forEach(consider);
}

function isEnabled(document: vscode.TextDocument): boolean {
	return vscode.workspace.getConfiguration(SETTINGS_SECTION, document.uri).get<boolean>('autoDetect', true);
}
