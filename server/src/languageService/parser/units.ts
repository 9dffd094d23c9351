import type { DocumentLanguage } from '../model/types';
import { isTrailingMark } from '../text/characters';
import type { SourceLine } from '../text/lines';
import { skipWhiteSpace } from '../text/whitespace';
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

/**
 * Groups the body lines into units as they come, so that the body reader can read each unit soon after it is
 * complete (a unit is complete once the next one has begun) while its lines are still fresh.
 */
export class UnitBuilder {
	/** The units so far, the last one perhaps still growing; the reader clears those it has read. */
	readonly units: Array<Unit | undefined> = [];
	private current?: Unit;
	private previousBlank = true;

	constructor(private readonly context: ParseContext) {}

	add(line: SourceLine): void {
		if (line.blank) {
			this.previousBlank = true;
			return;
		}
		const text = this.context.clean(line.span).text;
		const lead = skipWhiteSpace(text);
		const rest = lead === 0 ? text : text.slice(lead);
		const start = classifyLine(rest);
		const current = this.current;
		if (!this.previousBlank && current && start.kind === 'text' && continuesWithinBlock(this.context, current, rest)) {
			current.lines.push(line);
		} else {
			this.current = { start, lead, lines: [line], firstInBlock: this.previousBlank };
			this.units.push(this.current);
		}
		this.previousBlank = false;
	}
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

/** True when the text ends the way a paragraph ends: with punctuation, perhaps followed by footnote markers. */
export function endsParagraph(text: string): boolean {
	// Read backwards over what may follow the punctuation (white space, emphasis marks, superscript and "[^n]"
	// markers), then look at the character before it. One backward scan, instead of a pattern anchored at the end,
	// which the regular-expression engine would try from every position of a long paragraph.
	let i = text.length - 1;
	while (i >= 0) {
		const code = text.charCodeAt(i);
		if (isTrailingMark(code)) {
			i--;
		} else if (code === 93) {
			const open = markdownMarkerStart(text, i);
			if (open < 0) {
				break;
			}
			i = open - 1;
		} else {
			break;
		}
	}
	return i >= 0 && TERMINAL.includes(text[i]);
}

const TERMINAL = ',;.:!?，；。：！？،؛…';


/** Where a Markdown footnote reference "[^12]" that ends at `close` (its "]") begins, or -1 when none does. */
function markdownMarkerStart(text: string, close: number): number {
	let i = close - 1;
	while (i >= 0 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) {
		i--;
	}
	return i < close - 1 && i >= 1 && text[i] === '^' && text[i - 1] === '[' ? i - 1 : -1;
}

/**
 * True when plain text reads as the start of a paragraph rather than the rest of one: it opens with a known verb
 * phrase, or in languages whose paragraphs open with a capital, with a capital letter; Russian preambular
 * paragraphs open with a lower-case gerund and Arabic ones with "إذ"/"وإذ"/"وقد".
 */
export function looksLikeParagraphStart(text: string, language: DocumentLanguage): boolean {
	// The look at the first character is cheap and, when it says yes, settles the question without reading the
	// opener against the vocabulary.
	switch (language) {
		case 'en':
		case 'fr':
		case 'es':
			return /^[\p{Lu}“"«(]/u.test(text) || matchOpener(text, language)?.known === true;
		case 'ru': {
			if (/^[\p{Lu}]/u.test(text)) {
				return true;
			}
			const opener = matchOpener(text, language);
			return opener?.known === true || opener?.form === 'preambular';
		}
		case 'ar':
			return /^(?:إذ|وإذ|وقد|واقتناعا|وإدراكا)\s/.test(text) || matchOpener(text, language)?.known === true;
		default:
			return matchOpener(text, language)?.known === true;
	}
}
