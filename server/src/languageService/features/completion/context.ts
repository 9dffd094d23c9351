import type { Opener, OperativeParagraph, ParagraphBase, Resolution, Span, SubParagraph } from '../../model/types';

/** How the completion request was triggered; a trigger character must never open a list over running text. */
export interface CompletionTrigger {
	/** True when the drafter asked for completion (Ctrl+Space); false when a trigger character was typed. */
	invoked: boolean;
	character?: string;
}

/** The characters after which the server may offer completion by itself. */
export const TRIGGER_CHARACTERS = [' ', '/', '^', '第'];

/** Where a new paragraph begins at the cursor, and what came before it. */
export interface ParagraphStart {
	kind: 'paragraph-start';
	/** The range the chosen item replaces: what was typed of the opener (after any typed number). */
	replace: Span;
	/** Which openers fit: those of the preamble, of the operative part, or both when the text does not tell yet. */
	part: 'preambular' | 'operative' | 'either';
	/** The number to insert before an operative opener, with the separator the draft uses ("5. ", "5 - "). */
	insertNumber?: string;
	/** The opener of the paragraph before, in the part the opener will belong to. */
	previousOpener?: Opener;
	/** The body node just before the cursor line, for the next sub-paragraph label. */
	previousNode?: { node: ParagraphBase | SubParagraph; ancestors: SubParagraph[] };
	/** True after the last operative paragraph, where footnote texts are written. */
	afterOperativePart: boolean;
}

export type CompletionSituation =
	| ParagraphStart
	| { kind: 'resolution-number'; replace: Span; chineseSpacing?: string }
	| { kind: 'symbol'; replace: Span; typed: string }
	| { kind: 'footnote-marker'; replace: Span; markdown: boolean }
	| { kind: 'none' };

// What may stand on a line before the cursor while an opener is being typed: emphasis marks and a few letters
// of the phrase, after a paragraph number when the drafter typed one ("5. Req", "1 - ت").
const LINE_START = /^([ \t\u3000]*(?:(\d{1,3}|[٠-٩]{1,3})(?:\.|[ \u00a0]+-)[ \u00a0\t]+)?[*_]{0,2})([\p{L}\p{M}' ]{0,40})$/u;
const SYMBOL_TYPED = /(?<![\p{L}\p{N}/])([A-Z]{1,8}(?:\/[A-Za-z0-9.\-]*)+)$/u;
const RESOLUTION_WORD = /(?<![\p{L}])(?:resolutions?|decisions?|résolutions?|décisions?|resoluci[oó]n(?:es)?|decisi[oó]n(?:es)?|резолюци[а-я]{1,2}|решени[а-я]{1,2}|القرارات?|المقرر)[ \u00a0]+([\p{N}/A-Z-]*)$/iu;
const CHINESE_ORDINAL = /第([ \u00a0]?)([\d/]*)$/;
const MARKDOWN_FOOTNOTE = /\[\^(\d*)$/;

/** Reads what the drafter is about to type at `offset`. */
export function classifyCompletion(resolution: Resolution, offset: number, trigger: CompletionTrigger): CompletionSituation {
	const text = resolution.text;
	const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
	const prefix = text.slice(lineStart, offset);
	const span = (length: number): Span => ({ start: offset - length, end: offset });

	const markdown = MARKDOWN_FOOTNOTE.exec(prefix);
	if (markdown) {
		return { kind: 'footnote-marker', replace: span(markdown[0].length), markdown: true };
	}
	const symbol = SYMBOL_TYPED.exec(prefix);
	if (symbol) {
		return { kind: 'symbol', replace: span(symbol[1].length), typed: symbol[1] };
	}
	const resolutionWord = RESOLUTION_WORD.exec(prefix);
	if (resolutionWord) {
		return { kind: 'resolution-number', replace: span(resolutionWord[1].length) };
	}
	const ordinal = resolution.language === 'zh' ? CHINESE_ORDINAL.exec(prefix) : null;
	if (ordinal) {
		return { kind: 'resolution-number', replace: span(ordinal[2].length), chineseSpacing: ordinal[1] };
	}
	const lineStartMatch = LINE_START.exec(prefix);
	if (lineStartMatch && (trigger.invoked || (trigger.character === ' ' && lineStartMatch[2] !== undefined && lineStartMatch[3] === ''))) {
		return paragraphStart(resolution, lineStart, offset, lineStartMatch);
	}
	if (trigger.invoked && prefix.trim().length > 0) {
		return { kind: 'footnote-marker', replace: span(0), markdown: false };
	}
	return { kind: 'none' };
}

function paragraphStart(resolution: Resolution, lineStart: number, offset: number, match: RegExpExecArray): CompletionSituation {
	const organLine = resolution.header.organLine;
	if (organLine && lineStart <= organLine.span.start) {
		return { kind: 'none' };
	}
	if (resolution.closing && resolution.closing.span.start < lineStart) {
		return { kind: 'none' };
	}
	const before = <T extends { span: Span }>(list: readonly T[]) => list.filter(item => item.span.start < lineStart).pop();
	const previousOperative = before(resolution.operative);
	const previousPreambular = before(resolution.preamble);
	const typedNumber = match[2] !== undefined;
	const start = offset - match[3].length;
	const base = { kind: 'paragraph-start' as const, replace: { start, end: offset }, previousNode: previousNode(resolution, lineStart) };
	const afterOperativePart = previousOperative !== undefined && previousOperative === resolution.operative[resolution.operative.length - 1];
	if (typedNumber || previousOperative) {
		return {
			...base,
			part: 'operative',
			insertNumber: typedNumber ? undefined : nextNumber(resolution, previousOperative),
			previousOpener: previousOperative?.opener,
			afterOperativePart,
		};
	}
	const lastSection = before(resolution.sections);
	const operativeFollows = resolution.operative.some(paragraph => paragraph.span.start > offset);
	const undecided = !operativeFollows || (lastSection !== undefined && (!previousPreambular || lastSection.span.start > previousPreambular.span.start));
	return {
		...base,
		part: undecided ? 'either' : 'preambular',
		insertNumber: undecided ? nextNumber(resolution, undefined) : undefined,
		previousOpener: previousPreambular?.opener,
		afterOperativePart: false,
	};
}

/** The number a new operative paragraph after `previous` takes, written with the draft's own separator. */
function nextNumber(resolution: Resolution, previous: OperativeParagraph | undefined): string {
	const value = (previous?.number ?? 0) + 1;
	const model = previous ?? resolution.operative.find(paragraph => paragraph.numberSpan);
	if (model?.numberSpan) {
		const bodyStart = model.opener?.span.start ?? model.body.span.start;
		const separator = resolution.text.slice(model.numberSpan.end, bodyStart).replace(/[*_]/g, '');
		if (/^(?:\.|[ \u00a0]+-)[ \u00a0\t]*$/.test(separator)) {
			return `${value}${separator}`;
		}
	}
	return resolution.language === 'ar' ? `${value} - ` : `${value}. `;
}

/** The last paragraph or sub-paragraph that starts before `lineStart`, with the sub-paragraphs above it. */
function previousNode(resolution: Resolution, lineStart: number): ParagraphStart['previousNode'] {
	let found: ParagraphStart['previousNode'];
	const visit = (list: readonly SubParagraph[], ancestors: SubParagraph[]) => {
		for (const sub of list) {
			if (sub.span.start < lineStart) {
				found = { node: sub, ancestors };
				visit(sub.children, [...ancestors, sub]);
			}
		}
	};
	for (const paragraph of [...resolution.preamble, ...resolution.operative].sort((a, b) => a.span.start - b.span.start)) {
		if (paragraph.span.start < lineStart) {
			found = { node: paragraph, ancestors: [] };
			visit(paragraph.subParagraphs, []);
		}
	}
	return found;
}
