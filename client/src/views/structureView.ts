import * as vscode from 'vscode';
import type { StructureNode, StructureResult } from '../../../server/src/languageService/features/views/protocol';
import { SETTINGS_SECTION } from '../constants';
import type { ActiveDraft } from './activeDraft';
import type { DraftRequests } from './requests';
import { attachProblems, deepestAt, StructureItem, toTreeItem } from './structureItems';

export const STRUCTURE_VIEW_ID = 'unResolution.structure';

/** The cursor moves on every arrow key; the view follows once it rests. */
const FOLLOW_DELAY_MS = 150;

/**
 * The Resolution Structure view: the tree the server computes for the active draft, with problem badges from the
 * editor's diagnostics. It follows the active editor and, while visible, the cursor; choosing a node reveals it.
 */
export class StructureView implements vscode.TreeDataProvider<StructureItem>, vscode.Disposable {
	private readonly changed = new vscode.EventEmitter<void>();
	readonly onDidChangeTreeData = this.changed.event;
	private readonly view: vscode.TreeView<StructureItem>;
	private roots: StructureItem[] = [];
	private result: StructureResult | undefined;
	private followTimer: ReturnType<typeof setTimeout> | undefined;
	private readonly subscriptions: vscode.Disposable[] = [];

	constructor(private readonly draft: ActiveDraft, private readonly requests: DraftRequests, private readonly revealCommand: string) {
		this.view = vscode.window.createTreeView(STRUCTURE_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
		this.subscriptions.push(this.view, this.changed,
			draft.onDidChange(() => void this.update()),
			this.view.onDidChangeVisibility(() => this.view.visible && void this.update()),
			vscode.window.onDidChangeTextEditorSelection(event => event.textEditor.document === draft.document && this.followSoon(event.textEditor)));
		void this.update();
	}

	/** The latest answer of the server, for the status item and "go to operative paragraph". */
	get structure(): StructureResult | undefined {
		return this.result;
	}

	/** The nodes selected in the view, for the tests of "follows the cursor". */
	get selected(): readonly StructureItem[] {
		return this.view.selection;
	}

	/** The operative paragraphs, those inside sections included, in the order of the text. */
	operativeParagraphs(): StructureNode[] {
		const collect = (nodes: readonly StructureNode[]): StructureNode[] =>
			nodes.flatMap(node => node.kind === 'operative' ? [node] : node.kind === 'operativePart' || node.kind === 'section' ? collect(node.children) : []);
		return collect(this.result?.nodes ?? []);
	}

	getChildren(item?: StructureItem): StructureItem[] {
		return item ? item.children : this.roots;
	}

	getParent(item: StructureItem): StructureItem | undefined {
		return item.parent;
	}

	getTreeItem(item: StructureItem): vscode.TreeItem {
		return toTreeItem(item, this.draft.document?.uri ?? vscode.Uri.parse('untitled:'), this.revealCommand);
	}

	/** Asks the server again for the current draft; the status item and the tests wait on it. */
	async update(): Promise<void> {
		const document = this.draft.document;
		const result = document ? await this.requests.structure(document) : undefined;
		if (this.draft.document !== document) {
			// The draft changed while the server answered; the update for the new one is on its way.
			return;
		}
		if (document && !result) {
			// An answer for an older version, or none because the server is starting: the next change asks again.
			return;
		}
		this.result = result;
		this.roots = result ? result.nodes.map((node, index) => new StructureItem(node, String(index))) : [];
		const problems = document ? vscode.languages.getDiagnostics(document.uri) : [];
		attachProblems(this.roots, problems);
		const count = this.roots.reduce((sum, root) => sum + root.errors + root.warnings, 0);
		this.view.badge = count > 0 ? { value: count, tooltip: vscode.l10n.t('{0} problem(s) in the draft', count) } : undefined;
		this.view.description = document ? document.uri.path.split('/').pop() : undefined;
		this.view.message = document ? undefined : vscode.l10n.t('Open a UN resolution to see its structure.');
		this.changed.fire();
	}

	dispose(): void {
		clearTimeout(this.followTimer);
		this.subscriptions.forEach(subscription => subscription.dispose());
	}

	private followSoon(editor: vscode.TextEditor): void {
		clearTimeout(this.followTimer);
		if (!this.view.visible || !vscode.workspace.getConfiguration(SETTINGS_SECTION).get<boolean>('structure.followCursor', true)) {
			return;
		}
		this.followTimer = setTimeout(() => {
			const item = deepestAt(this.roots, editor.selection.active);
			if (item) {
				this.view.reveal(item, { select: true, focus: false }).then(undefined, () => undefined);
			}
		}, FOLLOW_DELAY_MS);
	}
}
