import { findDates } from '../citations/dates';
import { findSymbols } from '../citations/symbols';
import type { DateNode, DocumentLanguage, Header, Masthead, Organ, Span, TextNode } from '../model/types';
import type { LineReader, SourceLine } from '../text/lines';
import { isOrganizationName, matchOrganLine } from '../vocabulary/organs';
import { chineseNumber, ordinalNumber } from '../vocabulary/ordinals';
import type { ParseContext } from './context';

/** The header as read, and where the body begins. */
export interface HeaderResult {
	header: Header;
	organ: Organ;
	organLanguage?: DocumentLanguage;
	/** Index into the lines of the first line after the header. */
	bodyStart: number;
}

// Only the top of a document can hold its heading; a draft that has no organ line there has no heading.
const HEADER_SEARCH_LINES = 60;

/**
 * The lines at the top of a document that parseHeader may read, taken from `reader`: up to the sixtieth after the
 * first line that is not blank, and at least to the end of the block that line opens (the masthead, if any). The
 * heading reads nothing further, so it reads these as it would read all the lines of the document.
 */
export function headLines(reader: LineReader): SourceLine[] {
	const lines: SourceLine[] = [];
	let first = -1;
	let blockEnded = false;
	for (let line = reader.next(); line !== undefined; line = reader.next()) {
		lines.push(line);
		if (first < 0 && !line.blank) {
			first = line.index;
		} else if (first >= 0 && line.blank) {
			blockEnded = true;
		}
		if (blockEnded && line.index + 1 >= first + HEADER_SEARCH_LINES) {
			break;
		}
	}
	return lines;
}

/** Reads everything above the organ line: masthead, session block, adoption line, origin, number and title. */
export function parseHeader(context: ParseContext): HeaderResult {
	const lines = context.headLines;
	let first = 0;
	while (first < lines.length && lines[first].blank) {
		first++;
	}
	const mastheadLines = mastheadOf(context, lines, first);
	const mastheadSet = new Set(mastheadLines);
	const searchEnd = Math.min(lines.length, (first < lines.length ? first : 0) + HEADER_SEARCH_LINES);
	for (let i = 0; i < searchEnd; i++) {
		const line = lines[i];
		if (line.blank || mastheadSet.has(line)) {
			continue;
		}
		const organLine = matchOrganLine(context.clean(line.span).text);
		if (organLine) {
			const header = readHeading(context, lines.slice(0, i).filter(l => !l.blank && !mastheadSet.has(l)));
			header.masthead = mastheadLines.length > 0 ? readMasthead(context, mastheadLines) : undefined;
			header.organLine = context.node(line.span);
			header.span = { start: lines[0].span.start, end: line.span.end };
			return { header, organ: organLine.organ, organLanguage: organLine.language, bodyStart: i + 1 };
		}
		if (context.looksLikeBody(line)) {
			break;
		}
	}
	return { header: { agendaItems: [] }, organ: 'unknown', bodyStart: 0 };
}

// The masthead is the first block (the lines from the first that is not blank to the next blank one) when it
// opens with the Organization's name or carries a "Distr." line.
function mastheadOf(context: ParseContext, lines: readonly SourceLine[], first: number): SourceLine[] {
	const block: SourceLine[] = [];
	for (let i = first; i < lines.length && !lines[i].blank; i++) {
		block.push(lines[i]);
	}
	const texts = block.map(line => context.clean(line.span).text.trim());
	const isMasthead = block.length > 1 && (isOrganizationName(texts[0]) || texts.some(text => /^Distr\./i.test(text)));
	return isMasthead ? block : [];
}

function readMasthead(context: ParseContext, lines: SourceLine[]): Masthead {
	const masthead: Masthead = { span: { start: lines[0].span.start, end: lines[lines.length - 1].span.end } };
	for (const line of lines) {
		const node = context.node(line.span);
		const symbols = findSymbols(node.text);
		if (/^Distr\./i.test(node.text)) {
			masthead.distribution = node;
		} else if (!masthead.symbol && symbols.length === 1 && symbols[0].text.length >= node.text.trim().length - 1) {
			masthead.symbol = node;
		} else if (!masthead.organ && matchOrganLine(node.text)) {
			masthead.organ = node;
		} else if (!masthead.issueDate) {
			masthead.issueDate = wholeDate(context, line.span) ?? undefined;
		}
	}
	return masthead;
}

const SESSION = [
	/^(?:resumed )?(.+?) (?:regular |special |emergency special )?session$/i,
	/^第(.+?)届(?:特别|紧急特别)?会议$/,
	/^(?:session de|período de sesiones de|сессия) (\d{4})(?: года)?$/i,
	/^(.+?) período de sesiones$/i,
	/^(.+?) сессия$/i,
	/^(?:دورة عام (\d{4})|الدورة (.+))$/,
];
const AGENDA = [
	/^agenda items? (.+)$/i,
	/^议程项目\s*(.+)$/,
	/^points? (.+?) de l['’]ordre du jour$/i,
	/^temas? (.+?) (?:del programa|de la agenda)$/i,
	/^пункты? (.+?) повестки дня$/i,
	/^(?:البند|البنود) (.+?) من جدول الأعمال$/,
];
const ADOPTION = /adopted|adoptée|aprobada|принят|اتخذ|决议|通过/i;
const GA_NUMBER_LINE = /^((?:ES-|S-)?\d{1,4}\/\d{1,4}(?: ?[A-Z](?![\p{L}]))?)(?:\. ?[-–]? ?| [-–] | )(\S.*)$/u;
const SC_NUMBER_LINE = /^(?:resolution|résolution|resolución|резолюция|القرار) (\d{1,4} ?\(\d{4}\)),?$/i;
const ZH_SC_NUMBER_LINE = /^第 ?(\d{1,4} ?\(\d{4}\)) ?号决议$/;

function readHeading(context: ParseContext, lines: SourceLine[]): Header {
	const header: Header = { agendaItems: [] };
	// The nodes of the heading lines are written out rather than spread from the line's node ({ text, span }): in a
	// profile the spreads took most of the time this loop spends outside the functions it calls.
	lines.forEach((line, position) => {
		const node = context.node(line.span);
		const text = spaced(node.text);
		const previous = lines[position - 1];
		let match: RegExpExecArray | null;
		if (!header.session && (match = firstMatch(SESSION, text))) {
			header.session = { text: node.text, span: node.span, number: sessionNumber(match, context.language) };
		} else if (header.agendaItems.length === 0 && (match = firstMatch(AGENDA, text))) {
			header.agendaItems = agendaItems(context, line.span, match[1]);
		} else if (!header.agendaTitle && header.agendaItems.length > 0 && previous && previous.index === line.index - 1 && !header.adoption) {
			header.agendaTitle = node;
		} else if (/^[[［]/.test(text)) {
			header.origin = { text: node.text, span: node.span, reportSymbols: symbolNodes(context, line.span) };
		} else if (!header.number && (match = GA_NUMBER_LINE.exec(text) ?? SC_NUMBER_LINE.exec(text) ?? ZH_SC_NUMBER_LINE.exec(text))) {
			header.number = subNode(context, line.span, match[1]);
			if (match[2]) {
				header.title = subNode(context, line.span, match[2], true);
			}
		} else if (!header.adoption && ADOPTION.test(text)) {
			const date = findDates(node.text, context.language)[0];
			header.adoption = { text: node.text, span: node.span, date: date && context.mapDate(line.span, date) };
		} else {
			context.unclassified(node, 'a heading line that is not a session, agenda, adoption, origin or title line');
		}
	});
	if (header.session && header.session.number === undefined && header.number) {
		header.session.number = sessionFromResolutionNumber(header.number.text);
	}
	return header;
}

/**
 * French, Spanish and Russian texts put no-break spaces inside headings ("Tema\u00a0102", "22\u00a0e"); reading
 * them as plain spaces, one character for one, keeps offsets valid while the patterns stay simple.
 */
export function spaced(text: string): string {
	return text.replace(/[\u00a0\u202f\u2007]/g, ' ');
}

function firstMatch(patterns: readonly RegExp[], text: string): RegExpExecArray | null {
	for (const pattern of patterns) {
		const match = pattern.exec(text);
		if (match) {
			return match;
		}
	}
	return null;
}

function sessionNumber(match: RegExpExecArray, language: DocumentLanguage): number | undefined {
	const words = (match[1] ?? match[2] ?? '').trim();
	// Figures stand with or without an ordinal ending: "2025", the Spanish "59º período de sesiones", "71er".
	const figures = /^(\d+)(?:\.?[ºª°]|er)?$/.exec(words);
	if (figures) {
		return Number(figures[1]);
	}
	return ordinalNumber(words, language) ?? chineseNumber(words) ?? ordinalNumber(words, 'en');
}

/** The GA session is the first half of a resolution number from the 31st session on ("73/218" → 73). */
function sessionFromResolutionNumber(number: string): number | undefined {
	const match = /^(\d{1,4})\/\d+/.exec(number);
	return match ? Number(match[1]) : undefined;
}

// "16 and 17", "20 (a)", "17 和 18": split on the conjunctions of the six languages and on commas.
function agendaItems(context: ParseContext, line: Span, items: string): TextNode[] {
	const view = context.clean(line);
	const base = spaced(view.text).indexOf(items);
	const result: TextNode[] = [];
	// An exec loop over one pattern made once: a literal here is a new pattern every call, and matchAll clones it
	// again and makes an iterator; in a profile of 73/218 this one line took 0.7 % of the parse.
	AGENDA_ITEM.lastIndex = 0;
	for (let match = AGENDA_ITEM.exec(items); match; match = AGENDA_ITEM.exec(items)) {
		const start = base + match.index;
		result.push({ text: match[0], span: view.sourceSpan(start, start + match[0].length) });
	}
	return result;
}

const AGENDA_ITEM = /\d+(?: ?(?:\([a-zа-я\u0621-\u064a]\)|[a-zа-я]\)))?/gu;

function symbolNodes(context: ParseContext, line: Span): TextNode[] {
	const view = context.clean(line);
	return findSymbols(view.text).map(symbol => ({ text: symbol.text, span: view.sourceSpan(symbol.span.start, symbol.span.end) }));
}

/** The node of `text` inside a line; `last` looks for its last occurrence (a title repeats no number). */
function subNode(context: ParseContext, line: Span, text: string, last = false): TextNode {
	const view = context.clean(line);
	const haystack = spaced(view.text);
	const start = Math.max(0, last ? haystack.lastIndexOf(text) : haystack.indexOf(text));
	return { text, span: view.sourceSpan(start, start + text.length) };
}

function wholeDate(context: ParseContext, line: Span): DateNode | undefined {
	const view = context.clean(line);
	const dates = findDates(view.text, context.language);
	const date = dates.find(candidate => view.text.trim().length - (candidate.span.end - candidate.span.start) <= 1);
	return date ? context.mapDate(line, date) : undefined;
}

export { wholeDate };
