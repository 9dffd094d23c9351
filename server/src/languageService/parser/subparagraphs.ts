import type { LabelStyle, SubParagraph } from '../model/types';
import { romanValue, toRoman } from '../text/roman';

export { romanValue } from '../text/roman';

// Arabic lettered lists follow the abjad order: أ ب ج د ه و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ.
// The sequences are exported because renumbering writes labels from the same tables it reads them with.
export const ABJAD = ['أ', 'ب', 'ج', 'د', 'ه', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف', 'ص', 'ق', 'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض', 'ظ', 'غ'];
export const CYRILLIC = 'абвгдежзиклмнопрстуфхцчшщэюя';
export const IDEOGRAPHS = '一二三四五六七八九十';

// Read by code rather than by patterns: every lettered sub-paragraph asks, and a pattern's call costs more than
// the one or two characters it reads.
function letterValue(text: string): number {
	const first = text.charCodeAt(0);
	if (first >= 97 && first <= 122 && (text.length === 1 || (text.length === 2 && text.charCodeAt(1) === first))) {
		return (text.length === 1 ? 0 : 26) + first - 96;
	}
	const cyrillic = CYRILLIC.indexOf(text);
	return cyrillic >= 0 ? cyrillic + 1 : 0;
}

/** The position a label value stands for in a sequence of its style. */
export function ordinalOf(value: string, style: LabelStyle): number {
	switch (style) {
		case 'paren-roman':
		case 'roman-paren':
		case 'roman-dot':
			return romanValue(value);
		case 'arabic-letter':
			return ABJAD.indexOf(value.replace('ـ', '')) + 1;
		case 'arabic-quoted-number':
			return Number(value);
		case 'parenthesized-ideograph':
			return /[\u3220-\u3229]/.test(value) ? value.charCodeAt(0) - 0x3220 + 1 : ideographValue(value);
		default:
			return letterValue(value);
	}
}

function ideographValue(text: string): number {
	if (text.length === 1) {
		return IDEOGRAPHS.indexOf(text) + 1;
	}
	const tens = text[0] === '十' ? 1 : IDEOGRAPHS.indexOf(text[0]) + 1;
	const units = text.endsWith('十') ? 0 : IDEOGRAPHS.indexOf(text[text.length - 1]) + 1;
	return tens * 10 + units;
}

/**
 * Chooses the style of an ambiguous label. "(i)", "(v)", "(x)", "(c)" may be letters or Roman numerals: a label
 * is read as a Roman numeral when it continues the open Roman list or starts one ("(i)" after anything but "(h)"),
 * and as a letter when it continues the open letter list (S/RES/2732 has (a)–(e) with (i)–(iv) under (c)).
 */
export function chooseStyle(value: string, styles: readonly LabelStyle[], open: readonly SubParagraph[]): LabelStyle {
	if (styles.length === 1) {
		return styles[0];
	}
	const [roman, letter] = styles;
	const lastRoman = lastOpenAt(open, levelOf(roman));
	const lastLetter = lastOpenAt(open, levelOf(letter));
	const romanOrdinal = romanValue(value);
	const letterOrdinal = letterValue(value);
	if (lastRoman && lastRoman.ordinal + 1 === romanOrdinal) {
		return roman;
	}
	if (lastLetter && lastLetter.ordinal + 1 === letterOrdinal) {
		return letter;
	}
	return romanOrdinal === 1 ? roman : letter;
}

/** The innermost open item of `level`, looking from the most recent one back. */
function lastOpenAt(open: readonly SubParagraph[], level: number): SubParagraph | undefined {
	for (let i = open.length - 1; i >= 0; i--) {
		if (open[i].level === level) {
			return open[i];
		}
	}
	return undefined;
}

/**
 * The level each label style stands for: (a)-level 1, (i)-level 2, "a." 3, "i." 4 (Editorial Manual, R27–R29). A
 * switch rather than a look-up in a table keyed by the style: every sub-paragraph asks, and the look-up of a key
 * that varies takes the engine's generic path.
 */
export function levelOf(style: LabelStyle): number {
	switch (style) {
		case 'paren-letter':
		case 'letter-paren':
		case 'arabic-letter':
			return 1;
		case 'paren-roman':
		case 'roman-paren':
		case 'arabic-quoted-number':
		case 'parenthesized-ideograph':
			return 2;
		case 'letter-dot':
			return 3;
		case 'roman-dot':
			return 4;
	}
}

/**
 * Places a new sub-paragraph in the tree of its paragraph: under the nearest open item of a shallower level,
 * or at the top when there is none. `open` is the stack of open items, the last item read at each level of the
 * paragraph's open lists, which it updates in place: its levels rise from the bottom, so the items of the new level
 * and deeper ones are the top of the stack.
 */
export function placeSubParagraph(node: SubParagraph, open: SubParagraph[], topLevel: SubParagraph[]): void {
	while (open.length > 0 && open[open.length - 1].level >= node.level) {
		open.pop();
	}
	const parent = open[open.length - 1];
	(parent ? parent.children : topLevel).push(node);
	open.push(node);
}

/**
 * The one empty list that every sub-paragraph without children and every paragraph without sub-paragraphs
 * shares once its tree is finished: most nodes are leaves, and an empty array each would cost 32 bytes per
 * node of a model that lives as long as the document is open. It is frozen, because nothing may add to a finished
 * tree (incremental re-analysis re-reads a paragraph's text, never its list of sub-paragraphs).
 */
const NO_SUBPARAGRAPHS = Object.freeze([]) as readonly SubParagraph[] as SubParagraph[];

/**
 * The lists of a finished sub-paragraph tree, copied to their length. Lists grown by pushing keep room for more
 * (seventeen entries after the first push), and the model lives as long as the document is open.
 */
export function fittedLists(subParagraphs: SubParagraph[]): SubParagraph[] {
	if (subParagraphs.length === 0) {
		return NO_SUBPARAGRAPHS;
	}
	for (const sub of subParagraphs) {
		sub.children = fittedLists(sub.children);
	}
	return subParagraphs.slice();
}

function toLetter(value: number): string {
	// After z come aa, bb, cc … as in long UN lists.
	return value <= 26 ? String.fromCharCode(96 + value) : String.fromCharCode(96 + value - 26).repeat(2);
}

/** Writes the label for position `ordinal` in a list of the given style: (c), c), (iii), ’3‘, ㈢, (ج) … */
export function formatLabel(style: LabelStyle, ordinal: number): string {
	switch (style) {
		case 'paren-letter': return `(${toLetter(ordinal)})`;
		case 'letter-paren': return `${toLetter(ordinal)})`;
		case 'paren-roman': return `(${toRoman(ordinal)})`;
		case 'roman-paren': return `${toRoman(ordinal)})`;
		case 'letter-dot': return `${toLetter(ordinal)}.`;
		case 'roman-dot': return `${toRoman(ordinal)}.`;
		case 'arabic-letter': return `(${ABJAD[ordinal - 1] ?? ordinal})`;
		case 'arabic-quoted-number': return `’${ordinal}‘`;
		case 'parenthesized-ideograph': return ordinal >= 1 && ordinal <= 10 ? String.fromCharCode(0x3220 + ordinal - 1) : `（${ordinal}）`;
	}
}
