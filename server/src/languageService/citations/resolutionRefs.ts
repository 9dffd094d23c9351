import type { DocumentLanguage, Organ, Span } from '../model/types';
import { findChineseReferences } from './chineseRefs';
import { isClauseEnd, organOfMatch, referencePatterns, type OrganMention, type ReferencePatterns } from './referencePatterns';
import { CitationStrings, type NumberReading } from './citationStrings';
import { dateStartingAt } from './dates';
import { Keywords } from './keywords';
import type { ParsedCitation, ParsedDate } from './parsedCitation';
import { ReferenceList } from './referenceList';
import { acceptReading, DateIndex, organBefore, spanSetOf, stickyEnd } from './referenceShared';
import { mayStartNumber, NumberScanner } from './numberTokens';
import { isPlausibleSecurityCouncilNumber } from './resolutionNumbers';

/**
 * Resolution and decision numbers cited in running text: "resolution 70/1 of 25 September 2015", every number
 * of a list ("resolutions 56/183 of 21 December 2001, 57/238 … and 72/200"), Security Council numbers
 * ("2334 (2016)"), and their equivalents in the other five languages. Each number is one citation whose span is
 * the number as written; the date that qualifies it, when there is one, comes with it.
 *
 * `avoid` lists spans that are not to be read again (the document symbols, so that "70/1" inside "A/RES/70/1"
 * is not a second citation); `defaultOrgan` is the organ of the document itself, which "its resolution" means;
 * `strings` are the strings of the citations of the parse, when the caller reads more than this text. The
 * citations are appended to `into`, which is returned.
 */
export function findResolutionReferences(
	text: string,
	language: DocumentLanguage,
	avoid?: readonly Span[],
	defaultOrgan?: Organ,
	strings: CitationStrings = new CitationStrings(),
	into: ParsedCitation[] = [],
): ParsedCitation[] {
	const patterns = typeof text === 'string' && text.length > 0 ? referencePatterns(language) : undefined;
	if (patterns === undefined) {
		return into;
	}
	if (language === 'zh') {
		findChineseReferences(text, patterns, new DateIndex(text, language, strings), spanSetOf(avoid), strings, defaultOrgan, into);
	} else {
		scanKeywordText(text, language, patterns, avoid, strings, defaultOrgan, into);
	}
	return into;
}

/** How far after a keyword a bare Security Council number ("in particular 1500 (2003)") may stand. */
const BARE_NUMBER_WINDOW = 200;
const NOT_A_LETTER = /[^A-Z]/g;

// The keywords and the open list of the text being read. The finder reads one text at a time and never calls out
// while it does, so one of each serves every text; both are emptied when a text starts.
const KEYWORDS = new Keywords();
const LIST = new ReferenceList();

function scanKeywordText(
	text: string,
	language: DocumentLanguage,
	patterns: ReferencePatterns,
	avoidSpans: readonly Span[] | undefined,
	strings: CitationStrings,
	defaultOrgan: Organ | undefined,
	citations: ParsedCitation[],
): void {
	const keywords = KEYWORDS;
	const count = keywords.find(text, patterns);
	// Every list starts at a keyword or near one (a bare "1500 (2003)" after "resolutions on Iraq"), so a text
	// without a keyword cites nothing, and needs no set of spans to avoid.
	if (count === 0) {
		return;
	}
	const avoid = spanSetOf(avoidSpans);
	// The keywords stand in order of position; `nextKeyword` is the first whose number could still come.
	let nextKeyword = 0;
	const list = LIST;
	list.reset();
	const scanner = new NumberScanner(text);
	const skip: SkipState = { keyword: 0, paren: -1 };
	for (;;) {
		scanner.skipTo(resumeAt(text, keywords, scanner.position, list, skip));
		const start = scanner.next();
		if (start < 0) {
			break;
		}
		const end = scanner.end;
		const reading = acceptReading(text, start, end, avoid, strings);
		if (reading === undefined) {
			continue;
		}
		while (nextKeyword < count && keywords.ends[nextKeyword] < start) {
			nextKeyword++;
		}
		if (nextKeyword < count && keywords.ends[nextKeyword] === start) {
			const organ = keywords.organs[nextKeyword] ?? organBefore(text, keywords.starts[nextKeyword], patterns);
			list.open(keywords.kinds[nextKeyword], organ, start, defaultOrgan, citations);
		} else if (list.count === 0 || list.next !== start) {
			if (!isBareNumberInContext(text, start, reading, keywords.startBefore(nextKeyword, start))) {
				continue;
			}
			list.open('resolution', organBefore(text, start, patterns), start, defaultOrgan, citations);
		}
		const itemEnd = readItem(text, start, end, reading, patterns, language, strings);
		// The separator is read once per item, so that numbers far from the list cost nothing to reject.
		list.next = stickyEnd(patterns.separator, text, itemEnd);
		scanner.skipTo(itemEnd);
	}
	list.emit(defaultOrgan, citations);
}

/** What {@link resumeAt} remembers between calls: both only move forward, so the whole scan reads the text once. */
interface SkipState {
	/** The first keyword that ends at or after the scan's position. */
	keyword: number;
	/** The next "(" at or after the scan's position (-1 before the first search, the text's length when none is left). */
	paren: number;
}

/**
 * Where the number scan may go on from `position`: there, where the open list's next number would start, or where
 * the next keyword ends when no number before it could be read. A number before it would need to start at a
 * keyword's end (none is left before it), to continue the open list at its `next` offset (where a number must
 * start with a digit or a session prefix), or to be a bare parenthesised number close enough after the last
 * keyword (its "(" would come before the keyword). No number starts inside a keyword or a separator, and neither
 * holds a digit, so every number from there on is the same as a scan from `position` would find. Most of a
 * paragraph lies between its citations, and is passed over this way; and the scan goes on at the first digit of
 * the number where there is one.
 */
function resumeAt(text: string, keywords: Keywords, position: number, list: ReferenceList, skip: SkipState): number {
	while (skip.keyword < keywords.count && keywords.ends[skip.keyword] < position) {
		skip.keyword++;
	}
	const hasKeyword = skip.keyword < keywords.count;
	const target = hasKeyword ? keywords.starts[skip.keyword] : text.length;
	if (target <= position) {
		return position;
	}
	if (list.count > 0 && list.next >= position && list.next < target && mayStartNumber(text.charCodeAt(list.next))) {
		return list.next;
	}
	const previous = skip.keyword > 0 ? keywords.starts[skip.keyword - 1] : -1;
	if (previous >= 0 && position - previous <= BARE_NUMBER_WINDOW) {
		if (skip.paren < position) {
			const paren = text.indexOf('(', position);
			skip.paren = paren < 0 ? text.length : paren;
		}
		if (skip.paren < target) {
			return position;
		}
	}
	return hasKeyword ? keywords.ends[skip.keyword] : target;
}

/**
 * A number without a keyword right before it is a citation only when its shape cannot be anything else: a
 * parenthesised form ("1500 (2003)", "217 A (III)") in the same clause as a keyword ("resolutions on Iraq, in
 * particular 1500 (2003)"), and, for a year in the parenthesis, a number the Council could have reached that year.
 */
function isBareNumberInContext(text: string, start: number, reading: NumberReading, keywordStart: number): boolean {
	const number = reading.number;
	if (number.second !== undefined || number.paren === undefined || keywordStart < 0) {
		return false;
	}
	if (start - keywordStart > BARE_NUMBER_WINDOW || !isPlausibleSecurityCouncilNumber(number)) {
		return false;
	}
	for (let i = keywordStart; i < start; i++) {
		if (isClauseEnd(text, i)) {
			return false;
		}
	}
	return true;
}

/**
 * Reads what follows the number from `start` to `end`, an organ name, then the date ("of 4 December 2023"), then
 * further dates of lettered parts, and adds the number to the open list; returns where the item ends.
 */
function readItem(
	text: string,
	start: number,
	end: number,
	reading: NumberReading,
	patterns: ReferencePatterns,
	language: DocumentLanguage,
	strings: CitationStrings,
): number {
	let itemEnd = end;
	let organAfter: OrganMention | undefined;
	if (patterns.organAfter) {
		patterns.organAfter.lastIndex = itemEnd;
		const organ = patterns.organAfter.exec(text);
		if (organ) {
			organAfter = organOfMatch(organ, 1);
			itemEnd = patterns.organAfter.lastIndex;
		}
	}
	const date = patterns.dateLink ? dateAfter(text, itemEnd, patterns.dateLink, language, strings) : undefined;
	if (date) {
		itemEnd = date.end;
		// "resolutions 49/222 A and B of 23 December 1994 and 20 July 1995": each lettered part has its date.
		const letterCount = reading.number.parts?.replace(NOT_A_LETTER, '').length ?? 0;
		for (let extra = 1; extra < letterCount && patterns.nextDate; extra++) {
			const next = dateAfter(text, itemEnd, patterns.nextDate, language, strings);
			if (!next) {
				break;
			}
			itemEnd = next.end;
		}
	}
	LIST.add(start, end, reading, date, organAfter);
	return itemEnd;
}

/**
 * The date right after the words `link` matches at `offset`. No date contains those words, so the date is read
 * where it would start, and no earlier date runs past it.
 */
function dateAfter(text: string, offset: number, link: RegExp, language: DocumentLanguage, strings: CitationStrings): ParsedDate | undefined {
	const linkEnd = stickyEnd(link, text, offset);
	return linkEnd < 0 ? undefined : dateStartingAt(text, linkEnd, language, strings);
}
