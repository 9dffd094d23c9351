import type { DocumentLanguage, ParagraphBase, Resolution, Span, SubParagraph } from '../../model/types';
import { TextView } from '../../text/textView';
import type { OffsetEdit } from '../sourceEdits';
import { rewriteNumber } from './digits';

/** A number inside an in-text reference to a paragraph of the same resolution ("paragraph 5 above", "第 5 段"). */
export interface ReferencedNumber {
	value: number;
	/** Offsets into the text that was searched. */
	span: Span;
}

const NUMBER = '[0-9\u0660-\u0669]{1,3}';
// A sub-paragraph label after the number ("paragraph 5 (a) (ii) above") belongs to the same reference.
const LABELS = '(?:\\s?\\([a-z\u0430-\u044f\u0621-\u064a]{1,4}\\))*';

interface ReferenceShape {
	lead: string;
	joiner: string;
	tail: string;
}

// A reference to a paragraph of the same text names where it stands ("above", "ci-dessus", "supra", "выше",
// "أعلاه") or says "of the present resolution"; without such a word, "paragraph 72 of the Tunis Agenda" points
// into another document and must not follow a renumbering.
const SHAPES: Record<Exclude<DocumentLanguage, 'zh'>, ReferenceShape> = {
	en: { lead: 'paragraphs?', joiner: ',\\s*(?:and\\s+)?|\\s+(?:and|to|or)\\s+|\\s?[-–]\\s?', tail: 'above|below|of the present resolution|of this resolution' },
	fr: { lead: 'paragraphes?', joiner: ',\\s*|\\s+(?:et|à)\\s+|\\s?[-–]\\s?', tail: 'ci-dessus|ci-après|de la présente résolution' },
	es: { lead: 'párrafos?', joiner: ',\\s*|\\s+(?:y|a)\\s+|\\s?[-–]\\s?', tail: 'supra|infra|de la presente resolución' },
	ru: { lead: 'пункт(?:а|е|ом|ы|ов|ам|ах)?', joiner: ',\\s*|\\s+и\\s+|\\s?[-–]\\s?', tail: 'выше|ниже|настоящей резолюции' },
	ar: { lead: 'الفقرت(?:ين|ان)|الفقرات|الفقرة', joiner: '\\s*[،,]\\s*|\\s+و\\s*|\\s?[-–]\\s?', tail: 'أعلاه|أدناه|من هذا القرار' },
};

const PATTERNS = new Map<DocumentLanguage, RegExp>(Object.entries(SHAPES).map(([language, shape]) => {
	const list = `${NUMBER}${LABELS}(?:(?:${shape.joiner})${NUMBER}${LABELS})*`;
	return [language as DocumentLanguage, new RegExp(`(?<![\\p{L}])(?:${shape.lead})\\s+(${list}),?\\s+(?:${shape.tail})(?![\\p{L}])`, 'giu')];
}));

// Chinese writes "第 5 段" for a paragraph of the same text and of another one alike; the words before it tell
// them apart: "第 70/1 号决议第 5 段", "《突尼斯议程》第 72 段", "(A/75/454，第 11 段)" and "第一章，第 12 段" point
// elsewhere.
const CHINESE = new RegExp(`第\\s*(${NUMBER}(?:\\s*[、和至及-]\\s*(?:第\\s*)?${NUMBER})*)\\s*段`, 'g');
const CHINESE_ELSEWHERE = /(?:决议|决定|》|章[，,]?|公约|议程|报告|宣言|纲领|[A-Za-z0-9.)）][，,])$/;
const TRAILING_NOISE = /[\s\u3000⁰¹²³⁴⁵⁶⁷⁸⁹]+$/u;
const DIGITS = new RegExp(NUMBER, 'g');

/** Finds the numbers of in-text references to paragraphs of the same resolution in a clean text. */
export function findParagraphReferences(text: string, language: DocumentLanguage): ReferencedNumber[] {
	const found: ReferencedNumber[] = [];
	const pattern = language === 'zh' ? CHINESE : PATTERNS.get(language)!;
	for (const match of text.matchAll(pattern)) {
		const at = match.index ?? 0;
		if (language === 'zh' && CHINESE_ELSEWHERE.test(text.slice(Math.max(0, at - 12), at).replace(TRAILING_NOISE, ''))) {
			continue;
		}
		const listStart = at + match[0].indexOf(match[1]);
		for (const digits of match[1].matchAll(DIGITS)) {
			const start = listStart + (digits.index ?? 0);
			found.push({ value: numberValue(digits[0]), span: { start, end: start + digits[0].length } });
		}
	}
	return found;
}

function numberValue(digits: string): number {
	return Number([...digits].map(char => /[٠-٩]/.test(char) ? String(char.charCodeAt(0) - 0x660) : char).join(''));
}

/**
 * Edits that make in-text references follow moved paragraphs. `movesFor` gives the old → new numbers that apply
 * inside a paragraph (the numbering of its own part, when numbering restarts per part).
 */
export function referenceEdits(resolution: Resolution, movesFor: (paragraph: ParagraphBase) => Map<number, number> | undefined): OffsetEdit[] {
	const edits: OffsetEdit[] = [];
	for (const paragraph of [...resolution.preamble, ...resolution.operative]) {
		const moves = movesFor(paragraph);
		if (!moves || moves.size === 0) {
			continue;
		}
		for (const node of nodesOf(paragraph)) {
			const view = TextView.of(resolution.text, node.pieces);
			for (const reference of findParagraphReferences(view.text, resolution.language)) {
				const moved = moves.get(reference.value);
				if (moved !== undefined && moved !== reference.value) {
					const span = view.sourceSpan(reference.span.start, reference.span.end);
					edits.push({ span, newText: rewriteNumber(resolution.text.slice(span.start, span.end), moved) });
				}
			}
		}
	}
	return edits;
}

/** A paragraph and all its sub-paragraphs, depth first. */
export function nodesOf(paragraph: ParagraphBase): Array<ParagraphBase | SubParagraph> {
	const nodes: Array<ParagraphBase | SubParagraph> = [paragraph];
	const visit = (list: readonly SubParagraph[]) => list.forEach(sub => {
		nodes.push(sub);
		visit(sub.children);
	});
	visit(paragraph.subParagraphs);
	return nodes;
}
