import { CompletionItemKind, MarkupKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import type { Resolution, SubParagraph } from '../../model/types';
import { formatLabel } from '../../parser/subparagraphs';
import { defaultLabelStyle, labelLike } from '../renumbering/labels';
import type { ParagraphStart } from './context';

const LEVEL_NAMES = ['', 'first', 'second', 'third', 'fourth'];
const INTRODUCES_LIST = /[:：]$/;
const TRAILING_MARKERS = /[\s⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾]+$/u;

/**
 * The sub-paragraph labels that may start the line: the first label of a new list after a paragraph that ends
 * with a colon, otherwise the next label at the current level and at each level above it.
 */
export function labelItems(resolution: Resolution, previous: ParagraphStart['previousNode'], replace: Range): CompletionItem[] {
	if (!previous) {
		return [];
	}
	const { node, ancestors } = previous;
	const current = 'level' in node ? node : undefined;
	const labels: Array<{ label: string; level: number; note: string }> = [];
	if (INTRODUCES_LIST.test(node.body.text.replace(TRAILING_MARKERS, ''))) {
		const level = (current?.level ?? 0) + 1;
		labels.push({ label: firstLabel(resolution, level), level, note: 'starts the list that the colon introduces' });
	}
	for (const item of current ? [current, ...[...ancestors].reverse()] : []) {
		labels.push({ label: labelLike(item, item.ordinal + 1), level: item.level, note: `follows ${item.label}` });
	}
	return labels.map(({ label, level, note }, index) => ({
		label,
		kind: CompletionItemKind.EnumMember,
		detail: `${LEVEL_NAMES[level] ?? ''} level sub-paragraph`.trim(),
		documentation: { kind: MarkupKind.Markdown, value: `Sub-paragraph **${label}** ${note}.` },
		sortText: `0${index}`,
		textEdit: { range: replace, newText: `${label} ` },
	}));
}

/** The first label of a new list at `level`, in the style the draft already uses there or the language's own. */
function firstLabel(resolution: Resolution, level: number): string {
	const existing = findAtLevel(resolution, level);
	return existing ? labelLike(existing, 1) : formatLabel(defaultLabelStyle(resolution.language, level), 1);
}

function findAtLevel(resolution: Resolution, level: number): SubParagraph | undefined {
	const search = (list: readonly SubParagraph[]): SubParagraph | undefined => {
		for (const sub of list) {
			const found = sub.level === level ? sub : search(sub.children);
			if (found) {
				return found;
			}
		}
		return undefined;
	};
	for (const paragraph of [...resolution.preamble, ...resolution.operative]) {
		const found = search(paragraph.subParagraphs);
		if (found) {
			return found;
		}
	}
	return undefined;
}
