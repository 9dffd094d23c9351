import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../constants';

/** Typing fires a change per keystroke; the views ask again once the typing pauses this long. */
const SETTLE_MS = 300;

/**
 * The draft the views show: the active editor's document while it is a resolution, else the last one that was.
 * It tells its listeners when that draft changes, is edited (once the typing settles) or gets new problems, so that
 * each view decides for itself what to ask the server.
 */
export class ActiveDraft implements vscode.Disposable {
	private readonly changed = new vscode.EventEmitter<vscode.TextDocument | undefined>();
	readonly onDidChange = this.changed.event;
	private current: vscode.TextDocument | undefined;
	private timer: ReturnType<typeof setTimeout> | undefined;
	private readonly subscriptions: vscode.Disposable[];

	constructor() {
		this.subscriptions = [
			this.changed,
			vscode.window.onDidChangeActiveTextEditor(editor => this.follow(editor)),
			vscode.workspace.onDidChangeTextDocument(event => this.isCurrent(event.document) && this.settle()),
			// A language mode switch (content detection, "Treat as UN Resolution") reopens the document under a new id.
			vscode.workspace.onDidOpenTextDocument(document => document === vscode.window.activeTextEditor?.document && this.follow(vscode.window.activeTextEditor)),
			vscode.workspace.onDidCloseTextDocument(document => {
				if (this.isCurrent(document)) {
					this.set(undefined);
				}
			}),
			vscode.languages.onDidChangeDiagnostics(event => {
				if (this.current && event.uris.some(uri => uri.toString() === this.current!.uri.toString())) {
					this.settle();
				}
			}),
		];
		this.follow(vscode.window.activeTextEditor);
	}

	get document(): vscode.TextDocument | undefined {
		return this.current;
	}

	/** The visible editor of the draft, if there is one. */
	get editor(): vscode.TextEditor | undefined {
		return vscode.window.visibleTextEditors.find(editor => editor.document === this.current);
	}

	/** Tells the listeners again, when something outside the document changed (the server restarted). */
	refresh(): void {
		this.changed.fire(this.current);
	}

	dispose(): void {
		clearTimeout(this.timer);
		this.subscriptions.forEach(subscription => subscription.dispose());
	}

	private follow(editor: vscode.TextEditor | undefined): void {
		if (editor?.document.languageId === LANGUAGE_ID && editor.document !== this.current) {
			this.set(editor.document);
		}
	}

	private set(document: vscode.TextDocument | undefined): void {
		this.current = document;
		clearTimeout(this.timer);
		this.changed.fire(document);
	}

	private settle(): void {
		clearTimeout(this.timer);
		this.timer = setTimeout(() => this.changed.fire(this.current), SETTLE_MS);
	}

	private isCurrent(document: vscode.TextDocument): boolean {
		return document === this.current;
	}
}
