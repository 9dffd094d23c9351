import type { DocumentLanguage } from '../model/types';
import type { SourceLine } from '../text/lines';
import type { ParseContext } from './context';
import { classifyLine, type LineStart } from './lineKinds';
import { matchOpener } from './opener';

/**
 * A run of source lines that one paragraph-level element starts: a numbered or lettered paragraph, a footnote
 * text, a heading, a meeting line, or plain text. Lines of one unit never cross a blank line; a paragraph split
 * by a blank line (a page break in a PDF extraction) is joined later, by the body reader.
 */
export interface Unit {
	start: LineStart;
	/** Offset of the start inside the clean text of the first line (leading white space skipped). */
	lead: number;
	lines: SourceLine[];
	/** True when the unit begins a block (the line before it is blank or the header). */
	firstInBlock: boolean;
}

/** Groups the body lines into units. */
export function buildUnits(context: ParseContext, from: number): Unit[] {
	const units: Unit[] = [];
	let previousBlank = true;
	for (let i = from; i < context.lines.length; i++) {
		const line = context.lines[i];
		if (line.blank) {
			previousBlank = true;
			continue;
		}
		const text = context.clean(line.span).text;
		const lead = text.length - text.trimStart().length;
		const start = classifyLine(text.slice(lead));
		const current = units[units.length - 1];
		if (!previousBlank && current && start.kind === 'text' && continuesWithinBlock(context, current, text.slice(lead))) {
			current.lines.push(line);
		} else {
			units.push({ start, lead, lines: [line], firstInBlock: previousBlank });
		}
		previousBlank = false;
	}
	return units;
}

// Inside one block, a plain line carries on the unit above (a footnote text or paragraph wrapped over several
// lines) unless the line above closed a sentence and this one opens a new paragraph ("Noting …," then
// "Welcoming …," separated by single newlines).
function continuesWithinBlock(context: ParseContext, unit: Unit, text: string): boolean {
	if (unit.start.kind === 'footnote') {
		return true;
	}
	if (unit.start.kind === 'meeting' || unit.start.kind === 'section') {
		return false;
	}
	const above = context.clean(unit.lines[unit.lines.length - 1].span).text;
	return !(endsParagraph(above) && looksLikeParagraphStart(text, context.language));
}

const TRAILING_MARKS = /(?:[\s\u00a0\u3000*_]|[⁽⁾⁰¹²³⁴⁵⁶⁷⁸⁹]|\[\^\d+\])+$/u;
const TERMINAL = /[,;.:!?，；。：！？،؛…]$/;

/** True when the text ends the way a paragraph ends: with punctuation, perhaps followed by footnote markers. */
export function endsParagraph(text: string): boolean {
	return TERMINAL.test(text.replace(TRAILING_MARKS, ''));
}

/**
 * True when plain text reads as the start of a paragraph rather than the rest of one: it opens with a known verb
 * phrase, or in languages whose paragraphs open with a capital, with a capital letter; Russian preambular
 * paragraphs open with a lower-case gerund and Arabic ones with "إذ"/"وإذ"/"وقد".
 */
export function looksLikeParagraphStart(text: string, language: DocumentLanguage): boolean {
	const opener = matchOpener(text, language);
	if (opener?.known) {
		return true;
	}
	switch (language) {
		case 'en':
		case 'fr':
		case 'es':
			return /^[\p{Lu}“"«(]/u.test(text);
		case 'ru':
			return /^[\p{Lu}]/u.test(text) || opener?.form === 'preambular';
		case 'ar':
			return /^(?:إذ|وإذ|وقد|واقتناعا|وإدراكا)\s/.test(text);
		default:
			return false;
	}
}
