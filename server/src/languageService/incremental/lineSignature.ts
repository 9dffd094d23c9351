import type { DocumentLanguage, Span } from '../model/types';
import { ParseContext } from '../parser/context';
import { wholeDate } from '../parser/header';
import { classifyLine } from '../parser/lineKinds';
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
	const context = new ParseContext(text, [], language);
	const clean = context.clean(line).text;
	const lead = clean.length - clean.trimStart().length;
	const fromLead = clean.slice(lead);
	const trimmed = clean.trim();
	return JSON.stringify([
		splitLines(text.slice(line.start, line.end))[0]?.blank,
		lead,
		classifyLine(fromLead),
		endsParagraph(clean),
		looksLikeParagraphStart(fromLead, language),
		looksLikeParagraphStart(trimmed, language),
		matchOrganLine(clean) !== undefined,
		matchOrganLine(trimmed) !== undefined,
		wholeDate(context, line) !== undefined,
	]);
}
