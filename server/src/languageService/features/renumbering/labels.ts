import type { DocumentLanguage, LabelStyle, ParagraphBase, Resolution, SubParagraph } from '../../model/types';
import { CYRILLIC, formatLabel, IDEOGRAPHS } from '../../parser/subparagraphs';
import { languageLabelStyles } from '../../vocabulary/labelStyles';
import type { OffsetEdit } from '../sourceEdits';

/**
 * Writes the label at position `ordinal` of a list whose items look like `model`. The label keeps the writer's
 * form where the style allows two: a Russian list typed with Cyrillic letters ("а)", "б)") stays Cyrillic, and a
 * Chinese list written "（一）" rather than "㈠" keeps its full-width brackets.
 */
export function labelLike(model: Pick<SubParagraph, 'label' | 'style'>, ordinal: number): string {
	const latin = formatLabel(model.style, ordinal);
	if (/[\u0430-\u044f]/.test(model.label) && CYRILLIC[ordinal - 1] && /[a-z]/.test(latin)) {
		return latin.replace(/[a-z]+/, CYRILLIC[ordinal - 1]);
	}
	if (model.style === 'parenthesized-ideograph' && /[（(]/.test(model.label)) {
		const [open, close] = /^（/.test(model.label) ? ['（', '）'] : ['(', ')'];
		return `${open}${ideographNumber(ordinal)}${close}`;
	}
	return latin;
}

function ideographNumber(value: number): string {
	if (value <= 10) {
		return IDEOGRAPHS[value - 1] ?? String(value);
	}
	const tens = Math.floor(value / 10);
	const units = value % 10;
	return `${tens > 1 ? IDEOGRAPHS[tens - 1] : ''}十${units > 0 ? IDEOGRAPHS[units - 1] : ''}`;
}

export { languageLabelStyles };

/** The style a new list at `level` takes in a language. */
export function defaultLabelStyle(language: DocumentLanguage, level: number): LabelStyle {
	return languageLabelStyles(language, level)[0];
}

/**
 * The edits that relabel every list of sub-paragraphs under `paragraphs` as 1, 2, 3 … per level, each list in the
 * style most of its items already have when the language uses it at that level, and otherwise in the language's
 * own style ("a)" becomes "(a)" in English). Only labels whose position or style is wrong change, so a correct
 * text gets no edit at all (not even for a Cyrillic "а" typed among Latin letters).
 */
export function subParagraphLabelEdits(resolution: Resolution, paragraphs: readonly ParagraphBase[]): OffsetEdit[] {
	const edits: OffsetEdit[] = [];
	const relabel = (list: readonly SubParagraph[]) => {
		for (const items of byLevel(list)) {
			const allowed = languageLabelStyles(resolution.language, items[0].level);
			const majority = majorityStyle(items);
			const style = allowed.includes(majority) ? majority : allowed[0];
			const model = items.find(item => item.style === style) ?? { label: formatLabel(style, 1), style };
			items.forEach((item, index) => {
				const written = resolution.text.slice(item.labelSpan.start, item.labelSpan.end);
				// A label wrapped in Markdown or otherwise not written as read is left for the drafter.
				if ((item.ordinal !== index + 1 || item.style !== style) && written === item.label) {
					edits.push({ span: item.labelSpan, newText: labelLike(model, index + 1) });
				}
			});
		}
		list.forEach(item => relabel(item.children));
	};
	paragraphs.forEach(paragraph => relabel(paragraph.subParagraphs));
	return edits;
}

function byLevel(list: readonly SubParagraph[]): SubParagraph[][] {
	const levels = new Map<number, SubParagraph[]>();
	for (const item of list) {
		levels.set(item.level, [...(levels.get(item.level) ?? []), item]);
	}
	return [...levels.values()];
}

function majorityStyle(items: readonly SubParagraph[]): LabelStyle {
	const counts = new Map<LabelStyle, number>();
	for (const item of items) {
		counts.set(item.style, (counts.get(item.style) ?? 0) + 1);
	}
	// Ties go to the style of the earliest item, since Map keeps insertion order and the sort is stable.
	return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}
