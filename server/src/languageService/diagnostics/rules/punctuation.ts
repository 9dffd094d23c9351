import type { DocumentLanguage, ParagraphBase, Resolution, SubParagraph } from '../../model/types';
import { verbatimNode } from '../../parser/nodes';
import { isTrailingMark } from '../../text/characters';
import type { TextView } from '../../text/textView';
import { viewOfNode } from '../../text/views';
import { DiagnosticCode } from '../codes';
import type { Finding, FixData, Rule } from '../types';

type Part = 'preambular' | 'operative' | 'final';

// What ends each kind of paragraph, per language (R15, R19, R22, R69, R71): the first mark is the one a fix
// writes. Arabic texts use the Arabic comma and semicolon; the Latin ones are accepted there too.
const ENDINGS: Record<Part, Record<DocumentLanguage, readonly string[]>> = {
	preambular: { en: [','], fr: [','], es: [','], ru: [','], zh: ['，'], ar: ['،', ','] },
	operative: { en: [';'], fr: [';'], es: [';'], ru: [';'], zh: ['；'], ar: ['؛', ';'] },
	final: { en: ['.'], fr: ['.'], es: ['.'], ru: ['.'], zh: ['。'], ar: ['.'] },
};
const CODES: Record<Part, DiagnosticCode> = {
	preambular: DiagnosticCode.PunctuationPreambular,
	operative: DiagnosticCode.PunctuationOperative,
	final: DiagnosticCode.PunctuationFinal,
};
const DESCRIPTIONS: Record<Part, string> = {
	preambular: 'A preambular paragraph ends with',
	operative: 'An operative paragraph other than the last ends with',
	final: 'The last operative paragraph ends with',
};
// The marks are tested by character code, as the last characters of every paragraph are read one at a time.
const PUNCTUATION = codesOf(',;.:!?，；。：！？،؛…');
const CLOSING_QUOTES = codesOf('”"’»）)]');

function codesOf(characters: string): ReadonlySet<number> {
	return new Set([...characters].map(character => character.charCodeAt(0)));
}

/**
 * `punctuation.preambular`, `punctuation.operative`, `punctuation.final`: preambular paragraphs end with a
 * comma, operative paragraphs with a semicolon and the last one with a full stop, in the marks of the text's
 * language; a paragraph with sub-paragraphs ends where its last sub-paragraph ends. The organ line takes a comma
 * when a preamble follows it (R12).
 */
export const punctuationRules: Rule = ({ resolution }) => {
	const findings: Finding[] = [];
	const { preamble, operative } = resolution;
	preamble.forEach(paragraph => check(findings, resolution, paragraph, 'preambular'));
	operative.forEach((paragraph, index) => check(findings, resolution, paragraph, index === operative.length - 1 ? 'final' : 'operative'));
	const organLine = resolution.header.organLine;
	if (organLine && preamble.length > 0 && !/[,，،]$/.test(organLine.text)) {
		const comma = ENDINGS.preambular[resolution.language][0];
		findings.push({
			code: DiagnosticCode.PunctuationPreambular,
			message: `The organ line takes "${comma}" when preambular paragraphs follow.`,
			span: organLine.span,
			fixes: [{ fix: 'insert', offset: organLine.span.end, text: comma, title: `Add "${comma}"` }],
		});
	}
	return findings;
};

function check(findings: Finding[], resolution: Resolution, paragraph: ParagraphBase, part: Part): void {
	const node = lastDescendant(paragraph);
	const expected = ENDINGS[part][resolution.language];
	const ending = endingOf(resolution.text, node);
	if (!ending || expected.includes(ending.mark)) {
		return;
	}
	const mark = expected[0];
	const fix: FixData = ending.isPunctuation
		? { fix: 'replace', span: { start: ending.offset, end: ending.offset + 1 }, text: mark, title: `Replace "${ending.mark}" with "${mark}"` }
		: { fix: 'insert', offset: ending.offset + 1, text: mark, title: `End the paragraph with "${mark}"` };
	findings.push({
		code: CODES[part],
		message: `${DESCRIPTIONS[part]} "${mark}"${ending.isPunctuation ? `, not "${ending.mark}"` : ''}.`,
		span: { start: ending.offset, end: ending.offset + 1 },
		fixes: [fix],
	});
}

function lastDescendant(paragraph: ParagraphBase): ParagraphBase | SubParagraph {
	let node: ParagraphBase | SubParagraph = paragraph;
	for (;;) {
		const children: readonly SubParagraph[] = 'children' in node ? node.children : node.subParagraphs;
		if (children.length === 0) {
			return node;
		}
		node = children[children.length - 1];
	}
}

/** The last meaningful character of a paragraph and its source offset, past markers, spaces and quotes. */
function endingOf(source: string, node: ParagraphBase | SubParagraph): { mark: string; offset: number; isPunctuation: boolean } | undefined {
	// A verbatim body is read in place in the source, whose offsets it keeps; any other in its clean view.
	const body = verbatimNode(node);
	if (body) {
		return endingIn(source, body.bodyStart, body.bodyEnd, undefined);
	}
	const view = viewOfNode(source, node);
	return endingIn(view.text, 0, view.text.length, view);
}

/** The ending of `text[from, to)`, with its offset in the source: through `view`, or as it stands without one. */
function endingIn(text: string, from: number, to: number, view: TextView | undefined): { mark: string; offset: number; isPunctuation: boolean } | undefined {
	let index = to - 1;
	// Footnote markers, emphasis marks and white space may follow the final punctuation ("issue,¹").
	while (index >= from && isTrailingMark(text.charCodeAt(index))) {
		index--;
	}
	if (index < from) {
		return undefined;
	}
	if (CLOSING_QUOTES.has(text.charCodeAt(index)) && index > from && PUNCTUATION.has(text.charCodeAt(index - 1))) {
		index--;
	}
	return { mark: text[index], offset: view ? view.sourceOffset(index) : index, isPunctuation: PUNCTUATION.has(text.charCodeAt(index)) };
}
