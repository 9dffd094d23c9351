import type { DocumentLanguage, Span } from '../model/types';
import { ParseContext } from '../parser/context';
import { wholeDate } from '../parser/header';
import { classifyLine, type LineStart } from '../parser/lineKinds';
import { endsParagraph, looksLikeParagraphStart } from '../parser/units';
import { splitLines } from '../text/lines';
import { matchOrganLine } from '../vocabulary/organs';

/**
 * Everything the structure of a document can learn from one of its lines: whether it is blank, how its clean
 * text starts (number, label, footnote, heading, meeting), whether it ends or starts a paragraph, whether it is an
 * organ line or a date. These are exactly the questions the unit builder and the body reader ask of a line;
 * when a keystroke leaves the answers unchanged, the document keeps its structure and only the content of the
 * paragraph that holds the line changes.
 */
export function lineSignature(text: string, line: Span, language: DocumentLanguage): string {
	return JSON.stringify(lineFacts(text, line, language));
}

/** The answers of {@link lineSignature}, one by one. */
export interface LineFacts {
	blank: boolean | undefined;
	lead: number;
	start: LineStart;
	/** Whether the line ends the way a paragraph ends: the line after it may then start a unit of its own. */
	endsParagraph: boolean;
	startsParagraph: boolean;
	trimmedStartsParagraph: boolean;
	organLine: boolean;
	trimmedOrganLine: boolean;
	date: boolean;
}

export function lineFacts(text: string, line: Span, language: DocumentLanguage): LineFacts {
	const context = new ParseContext(text, [], language);
	const clean = context.clean(line).text;
	const lead = clean.length - clean.trimStart().length;
	const fromLead = clean.slice(lead);
	const trimmed = clean.trim();
	return {
		blank: splitLines(text.slice(line.start, line.end))[0]?.blank,
		lead,
		start: classifyLine(fromLead),
		endsParagraph: endsParagraph(clean),
		startsParagraph: looksLikeParagraphStart(fromLead, language),
		trimmedStartsParagraph: looksLikeParagraphStart(trimmed, language),
		organLine: matchOrganLine(clean) !== undefined,
		trimmedOrganLine: matchOrganLine(trimmed) !== undefined,
		date: wholeDate(context, line) !== undefined,
	};
}
