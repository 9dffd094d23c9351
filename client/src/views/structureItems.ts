import * as vscode from 'vscode';
import type { StructureKind, StructureNode } from '../../../server/src/languageService/features/views/protocol';

/** One node of the structure tree with its place in the tree and the problems inside it. */
export class StructureItem {
	readonly children: StructureItem[];
	errors = 0;
	warnings = 0;
	readonly messages: string[] = [];

	constructor(readonly node: StructureNode, readonly id: string, readonly parent?: StructureItem) {
		this.children = node.children.map((child, index) => new StructureItem(child, `${id}/${index}`, this));
	}

	get range(): vscode.Range {
		const { start, end } = this.node.range;
		return new vscode.Range(start.line, start.character, end.line, end.character);
	}

	/** The deepest item at `position`, this one included, or undefined when the position is outside it. */
	itemAt(position: vscode.Position): StructureItem | undefined {
		if (!this.range.contains(position)) {
			return undefined;
		}
		for (const child of this.children) {
			const found = child.itemAt(position);
			if (found) {
				return found;
			}
		}
		return this;
	}
}

/**
 * The deepest item at a position among all the trees. The footnotes of a text taken from a PDF stand at the bottom of
 * each page, so the range of the Footnotes group spans paragraphs of the body; the deepest item is the paragraph.
 */
export function deepestAt(roots: readonly StructureItem[], position: vscode.Position): StructureItem | undefined {
	const depth = (item: StructureItem): number => item.parent ? 1 + depth(item.parent) : 0;
	return roots.map(root => root.itemAt(position))
		.filter((item): item is StructureItem => item !== undefined)
		.sort((a, b) => depth(b) - depth(a))[0];
}

/**
 * Counts each diagnostic on the deepest item where it starts and on every item above it, so that a collapsed
 * paragraph still shows that one of its sub-paragraphs has a problem. Hints and information are left out: the
 * badges are for what needs fixing.
 */
export function attachProblems(roots: readonly StructureItem[], diagnostics: readonly vscode.Diagnostic[]): void {
	for (const diagnostic of diagnostics) {
		const isError = diagnostic.severity === vscode.DiagnosticSeverity.Error;
		if (!isError && diagnostic.severity !== vscode.DiagnosticSeverity.Warning) {
			continue;
		}
		let item = deepestAt(roots, diagnostic.range.start);
		const deepest = item;
		for (; item; item = item.parent) {
			item.errors += isError ? 1 : 0;
			item.warnings += isError ? 0 : 1;
			if (item === deepest) {
				item.messages.push(diagnostic.message);
			}
		}
	}
}

/** The names of the groups and heading parts in the UI language; everything else is the draft's own text. */
function groupName(kind: StructureKind): string | undefined {
	switch (kind) {
		case 'heading': return vscode.l10n.t('Heading');
		case 'preamble': return vscode.l10n.t('Preamble');
		case 'operativePart': return vscode.l10n.t('Operative part');
		case 'footnotes': return vscode.l10n.t('Footnotes');
		case 'closing': return vscode.l10n.t('Closing');
		case 'symbol': return vscode.l10n.t('Symbol');
		case 'session': return vscode.l10n.t('Session');
		case 'agendaItem': return vscode.l10n.t('Agenda item');
		case 'adoption': return vscode.l10n.t('Adoption');
		case 'origin': return vscode.l10n.t('Origin');
		case 'title': return vscode.l10n.t('Title');
		case 'organLine': return vscode.l10n.t('Organ');
		case 'unclassified': return vscode.l10n.t('Unplaced text');
		default: return undefined;
	}
}

const ICONS: Record<StructureKind, string> = {
	heading: 'book', symbol: 'symbol-key', session: 'calendar', agendaItem: 'list-ordered', adoption: 'pass',
	origin: 'references', title: 'symbol-text', organLine: 'organization',
	preamble: 'list-flat', preambular: 'quote',
	operativePart: 'list-ordered', section: 'symbol-namespace', operative: 'symbol-number', subParagraph: 'indent',
	footnotes: 'note', footnote: 'note', closing: 'calendar', unclassified: 'question',
};

/** How an item looks in the Resolution Structure view. */
export function toTreeItem(item: StructureItem, uri: vscode.Uri, revealCommand: string): vscode.TreeItem {
	const { node } = item;
	const named = groupName(node.kind);
	const label = node.kind === 'footnote' ? vscode.l10n.t('Footnote {0}', node.label) : named ?? node.label;
	const treeItem = new vscode.TreeItem(label, collapsibleState(item));
	treeItem.id = item.id;
	const text = named && node.label ? node.label : node.detail;
	const problems = item.errors + item.warnings;
	treeItem.description = [problems > 0 ? vscode.l10n.t('{0} problem(s)', problems) : undefined, text].filter(Boolean).join(' · ');
	treeItem.tooltip = [node.detail ?? node.label, ...item.messages].filter(Boolean).join('\n');
	treeItem.iconPath = item.errors > 0 ? new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'))
		: item.warnings > 0 ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
			: new vscode.ThemeIcon(ICONS[node.kind]);
	treeItem.contextValue = node.kind;
	treeItem.command = { command: revealCommand, title: vscode.l10n.t('Reveal in the draft'), arguments: [uri, node.selectionRange] };
	return treeItem;
}

// Groups open, so the view shows the paragraphs at once; the heading and paragraphs with sub-paragraphs stay closed.
function collapsibleState(item: StructureItem): vscode.TreeItemCollapsibleState {
	if (item.children.length === 0) {
		return vscode.TreeItemCollapsibleState.None;
	}
	const open = item.node.kind === 'preamble' || item.node.kind === 'operativePart' || item.node.kind === 'section';
	return open ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
}
