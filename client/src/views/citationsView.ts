import * as vscode from 'vscode';
import type { CitationOccurrence, CitationOrgan, CitationsResult, CitedDocument } from '../../../server/src/languageService/features/views/protocol';
import type { ActiveDraft } from './activeDraft';
import type { DraftRequests } from './requests';

export const CITATIONS_VIEW_ID = 'unResolution.citations';

/** A row of the Citations view: an organ, a cited document, or one place that cites it. */
export type CitationsItem =
	| { type: 'organ'; organ: CitationOrgan; documents: CitedDocument[] }
	| { type: 'document'; document: CitedDocument; parent: CitationsItem }
	| { type: 'occurrence'; occurrence: CitationOccurrence; parent: CitationsItem };

/**
 * The Citations view: every document the active draft cites, grouped by organ, with its title when known and the
 * number of places that cite it. Each place reveals itself; the context menu opens the document on undocs.org or
 * copies its symbol.
 */
export class CitationsView implements vscode.TreeDataProvider<CitationsItem>, vscode.Disposable {
	private readonly changed = new vscode.EventEmitter<void>();
	readonly onDidChangeTreeData = this.changed.event;
	private readonly view: vscode.TreeView<CitationsItem>;
	private result: CitationsResult | undefined;
	private readonly subscriptions: vscode.Disposable[] = [];

	constructor(private readonly draft: ActiveDraft, private readonly requests: DraftRequests, private readonly revealCommand: string) {
		this.view = vscode.window.createTreeView(CITATIONS_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
		this.subscriptions.push(this.view, this.changed,
			draft.onDidChange(() => this.view.visible && void this.update()),
			this.view.onDidChangeVisibility(() => this.view.visible && void this.update()));
		void this.update();
	}

	getChildren(item?: CitationsItem): CitationsItem[] {
		if (!item) {
			return this.result?.groups.map(group => ({ type: 'organ', organ: group.organ, documents: group.documents })) ?? [];
		}
		if (item.type === 'organ') {
			return item.documents.map(document => ({ type: 'document', document, parent: item }));
		}
		return item.type === 'document' ? item.document.occurrences.map(occurrence => ({ type: 'occurrence', occurrence, parent: item })) : [];
	}

	getParent(item: CitationsItem): CitationsItem | undefined {
		return item.type === 'organ' ? undefined : item.parent;
	}

	getTreeItem(item: CitationsItem): vscode.TreeItem {
		const uri = this.draft.document?.uri;
		switch (item.type) {
			case 'organ': {
				const treeItem = new vscode.TreeItem(organName(item.organ), vscode.TreeItemCollapsibleState.Expanded);
				treeItem.description = String(item.documents.length);
				treeItem.iconPath = new vscode.ThemeIcon('organization');
				return treeItem;
			}
			case 'document': {
				const { document } = item;
				const treeItem = new vscode.TreeItem(document.symbol ?? document.label, vscode.TreeItemCollapsibleState.Collapsed);
				const count = document.occurrences.length;
				treeItem.description = [count > 1 ? `×${count}` : undefined, document.title].filter(Boolean).join(' · ');
				treeItem.tooltip = [document.symbol, document.title, vscode.l10n.t('Cited {0} time(s)', count)].filter(Boolean).join('\n');
				treeItem.iconPath = new vscode.ThemeIcon(document.kind === 'symbol' ? 'file-text' : 'law');
				// The menu offers "open on undocs.org" only for documents that have a symbol to look up.
				treeItem.contextValue = document.url ? 'citedDocument.linked' : 'citedDocument';
				return treeItem;
			}
			case 'occurrence': {
				const { occurrence } = item;
				const treeItem = new vscode.TreeItem(vscode.l10n.t('Line {0}', occurrence.range.start.line + 1), vscode.TreeItemCollapsibleState.None);
				treeItem.description = occurrence.text;
				treeItem.iconPath = new vscode.ThemeIcon('location');
				if (uri) {
					treeItem.command = { command: this.revealCommand, title: vscode.l10n.t('Reveal in the draft'), arguments: [uri, occurrence.range] };
				}
				return treeItem;
			}
		}
	}

	async update(): Promise<void> {
		const document = this.draft.document;
		const result = document ? await this.requests.citations(document) : undefined;
		if (this.draft.document !== document || (document && !result)) {
			return;
		}
		this.result = result;
		const count = result?.groups.reduce((sum, group) => sum + group.documents.length, 0) ?? 0;
		this.view.description = document ? vscode.l10n.t('{0} documents', count) : undefined;
		this.view.message = !document ? vscode.l10n.t('Open a UN resolution to see what it cites.')
			: count === 0 ? vscode.l10n.t('This draft cites no resolution or document symbol.') : undefined;
		this.changed.fire();
	}

	dispose(): void {
		this.subscriptions.forEach(subscription => subscription.dispose());
	}
}

function organName(organ: CitationOrgan): string {
	switch (organ) {
		case 'GA': return vscode.l10n.t('General Assembly');
		case 'SC': return vscode.l10n.t('Security Council');
		case 'ECOSOC': return vscode.l10n.t('Economic and Social Council');
		case 'HRC': return vscode.l10n.t('Human Rights Council');
		case 'other': return vscode.l10n.t('Other documents');
	}
}
