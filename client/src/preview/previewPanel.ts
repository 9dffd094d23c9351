import * as vscode from 'vscode';
import type { PreviewResult } from '../../../server/src/languageService/features/views/protocol';
import type { ActiveDraft } from '../views/activeDraft';
import type { DraftRequests } from '../views/requests';
import { makeNonce, previewPage } from './page';
import { ScrollSync, setting } from './scrollSync';

export const PREVIEW_VIEW_TYPE = 'unResolution.preview';

/** The only pages the preview hands to the browser: the document links the server renders. */
const LINK_PREFIX = 'https://undocs.org/';

/** What the preview's script sends (see media/preview.js). */
export type PreviewMessage =
	| { type: 'ready' }
	| { type: 'revealLine'; line: number }
	| { type: 'openSource'; line: number }
	| { type: 'openLink'; href: string };

/**
 * The side-by-side preview of the active draft, as the United Nations prints it. One panel follows the active
 * draft, like Markdown's preview; the page is rebuilt when the draft changes and updated in place as it is edited.
 */
export class PreviewPanel implements vscode.Disposable {
	private panel: vscode.WebviewPanel | undefined;
	private shown: vscode.TextDocument | undefined;
	private last: PreviewResult | undefined;
	private readonly sync: ScrollSync;
	private readonly subscriptions: vscode.Disposable[] = [];

	constructor(private readonly extensionUri: vscode.Uri, private readonly draft: ActiveDraft, private readonly requests: DraftRequests) {
		this.sync = new ScrollSync(draft, message => this.panel?.webview.postMessage(message));
		this.subscriptions.push(this.sync, draft.onDidChange(() => this.panel && void this.render()));
	}

	/** The latest rendering the panel shows, for the tests. */
	get rendering(): PreviewResult | undefined {
		return this.panel ? this.last : undefined;
	}

	/** The last editor line the page was asked to scroll to, for the tests of scroll synchronisation. */
	get lastScrolledLine(): number | undefined {
		return this.sync.lastLineSent;
	}

	get visible(): boolean {
		return this.panel?.visible ?? false;
	}

	/** Opens the preview beside the draft, or brings it forward. */
	async show(): Promise<void> {
		if (!this.draft.document) {
			void vscode.window.showInformationMessage(vscode.l10n.t('Open a UN resolution to preview it.'));
			return;
		}
		if (this.panel) {
			this.panel.reveal(undefined, true);
		} else {
			const media = vscode.Uri.joinPath(this.extensionUri, 'media');
			this.panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, vscode.l10n.t('Preview'),
				{ viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
				{ enableScripts: true, enableFindWidget: true, localResourceRoots: [media] });
			this.panel.iconPath = vscode.Uri.joinPath(media, 'un-resolution.svg');
			this.panel.onDidDispose(() => {
				this.panel = undefined;
				this.shown = undefined;
			});
			this.panel.webview.onDidReceiveMessage((message: PreviewMessage) => this.receive(message));
			// A hidden webview drops the updates posted to it and shows its last full page again when it comes back, so
			// it gets a full page of the current text then.
			this.panel.onDidChangeViewState(event => {
				if (event.webviewPanel.visible) {
					this.shown = undefined;
					void this.render();
				}
			});
		}
		await this.render();
	}

	/** Handles a message of the page; public so that the tests can play the page's part. */
	receive(message: PreviewMessage): void {
		switch (message?.type) {
			case 'ready':
				this.sync.editorScrolled(true);
				break;
			case 'revealLine':
				if (Number.isFinite(message.line) && setting('preview.scrollEditorWithPreview')) {
					this.sync.revealLine(message.line);
				}
				break;
			case 'openSource':
				if (Number.isFinite(message.line)) {
					void this.sync.openSource(message.line);
				}
				break;
			case 'openLink':
				if (typeof message.href === 'string' && message.href.startsWith(LINK_PREFIX)) {
					void vscode.env.openExternal(vscode.Uri.parse(message.href, true));
				}
				break;
		}
	}

	dispose(): void {
		this.panel?.dispose();
		this.subscriptions.forEach(subscription => subscription.dispose());
	}

	private async render(): Promise<void> {
		const document = this.draft.document;
		const panel = this.panel;
		const preview = document && panel ? await this.requests.preview(document) : undefined;
		if (!preview || !panel || document !== this.draft.document) {
			return;
		}
		this.last = preview;
		panel.title = preview.title ? vscode.l10n.t('Preview {0}', preview.title) : vscode.l10n.t('Preview');
		if (this.shown === document) {
			// Editing the shown draft replaces the content in place, so the page keeps its scroll position.
			void panel.webview.postMessage({ type: 'update', html: preview.html });
			return;
		}
		this.shown = document;
		const media = (name: string) => panel.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', name)).toString();
		panel.webview.html = previewPage(preview, {
			cspSource: panel.webview.cspSource,
			styleUri: media('preview.css'),
			scriptUri: media('preview.js'),
			nonce: makeNonce(),
		});
	}
}
