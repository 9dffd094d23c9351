import * as vscode from 'vscode';
import type { ActiveDraft } from '../views/activeDraft';
import { SETTINGS_SECTION } from '../constants';

/**
 * After one side scrolls the other, the other side reports a scroll of its own; for this long such a report is
 * taken as the echo it is, not as the user's, so that the two never chase each other.
 */
const ECHO_MS = 300;

/** The messages the extension sends to the page about scrolling. */
export interface ScrollMessage {
	type: 'scrollTo';
	line: number;
}

/**
 * Scroll synchronisation both ways, by source line: the page marks every block with the line it starts on, the
 * editor scrolls the page to the line at its top, and the page asks the editor to show the line at its own top.
 */
export class ScrollSync implements vscode.Disposable {
	private editorMovedAt = 0;
	private pageMovedAt = 0;
	/** The last line sent to the page, for the tests. */
	lastLineSent: number | undefined;
	private readonly subscription: vscode.Disposable;

	constructor(private readonly draft: ActiveDraft, private readonly post: (message: ScrollMessage) => unknown) {
		this.subscription = vscode.window.onDidChangeTextEditorVisibleRanges(event => {
			if (event.textEditor.document === draft.document) {
				this.editorScrolled(false);
			}
		});
	}

	/** Sends the editor's top line to the page, unless this scroll is the echo of the page's own. */
	editorScrolled(force: boolean): void {
		const editor = this.draft.editor;
		if (!editor || (!force && (Date.now() - this.pageMovedAt < ECHO_MS || !setting('preview.scrollPreviewWithEditor')))) {
			return;
		}
		const line = editor.visibleRanges[0]?.start.line ?? 0;
		this.editorMovedAt = Date.now();
		this.lastLineSent = line;
		this.post({ type: 'scrollTo', line });
	}

	/** Scrolls the editor so that `line` (fractional: part of a paragraph) stands at its top. */
	revealLine(line: number): void {
		const editor = this.draft.editor;
		if (!editor || Date.now() - this.editorMovedAt < ECHO_MS) {
			return;
		}
		this.pageMovedAt = Date.now();
		const target = Math.max(0, Math.min(Math.floor(line), editor.document.lineCount - 1));
		editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.AtTop);
	}

	/** A double click on the page puts the cursor on that line of the draft, in the draft's editor. */
	async openSource(line: number): Promise<void> {
		const document = this.draft.document;
		if (!document) {
			return;
		}
		const target = Math.max(0, Math.min(Math.floor(line), document.lineCount - 1));
		const editor = await vscode.window.showTextDocument(document, { viewColumn: this.draft.editor?.viewColumn ?? vscode.ViewColumn.One });
		editor.selection = new vscode.Selection(target, 0, target, 0);
		editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
	}

	dispose(): void {
		this.subscription.dispose();
	}
}

/** The preview's switches, on unless the user turned them off. */
export function setting(name: string): boolean {
	return vscode.workspace.getConfiguration(SETTINGS_SECTION).get<boolean>(name, true);
}
