import type { Citation, CitationKind, DateNode, DocumentLanguage, Organ, Span } from '../model/types';
import { findChineseReferences } from './chineseRefs';
import { isClauseEnd, KEYWORD_ORGAN_GROUP, isLetterBefore, KEYWORD_PREFIX_WINDOW, organOfMatch, referencePatterns, type OrganMention, type ReferencePatterns } from './referencePatterns';
import { CitationStrings } from './citationStrings';
import { acceptToken, DateIndex, makeCitation, organBefore, spanSetOf, stickyEnd, type NumberToken } from './referenceShared';
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
 * `strings` are the strings of the citations of the parse, when the caller reads more than this text.
 */
export function findResolutionReferences(
	text: string,
	language: DocumentLanguage,
	avoid?: readonly Span[],
	defaultOrgan?: Organ,
	strings: CitationStrings = new CitationStrings(),
): Citation[] {
	const patterns = typeof text === 'string' && text.length > 0 ? referencePatterns(language) : undefined;
	if (patterns === undefined) {
		return [];
	}
	if (language === 'zh') {
		return findChineseReferences(text, patterns, new DateIndex(text, language, strings), spanSetOf(avoid), strings, defaultOrgan);
	}
	return scanKeywordText(text, language, patterns, avoid, strings, defaultOrgan);
}

interface Keyword {
	start: number;
	/** Where the number after the keyword (and after any organ name it carries) would start. */
	end: number;
	kind: CitationKind;
	organ: OrganMention | undefined;
}

interface ListItem {
	token: NumberToken;
	date?: DateNode;
	/** An organ named right after the number ("résolution 2006/46 du Conseil"). */
	organAfter?: OrganMention;
	/** Where the item ends: after the number, the organ after it and its dates. */
	end: number;
}

interface CitationList {
	kind: CitationKind;
	/** The organ named before the list, if any. */
	organ?: OrganMention;
	items: ListItem[];
	/** Where the next number of the list must start: after the last item, its date and a separator. */
	next: number;
}

/** How far after a keyword a bare Security Council number ("in particular 1500 (2003)") may stand. */
const BARE_NUMBER_WINDOW = 200;
const NOT_A_LETTER = /[^A-Z]/g;

function scanKeywordText(
	text: string,
	language: DocumentLanguage,
	patterns: ReferencePatterns,
	avoidSpans: readonly Span[] | undefined,
	strings: CitationStrings,
	defaultOrgan: Organ | undefined,
): Citation[] {
	const keywords = findKeywords(text, patterns);
	// Every list starts at a keyword or near one (a bare "1500 (2003)" after "resolutions on Iraq"), so a text
	// without a keyword cites nothing, and needs neither the index of its dates nor the set of spans to avoid.
	if (keywords.length === 0) {
		return [];
	}
	const dates = new DateIndex(text, language, strings);
	const avoid = spanSetOf(avoidSpans);
	// The keywords stand in order of position; `nextKeyword` is the first whose number could still come.
	let nextKeyword = 0;
	const citations: Citation[] = [];
	// The open list, turned into citations when the next starts and at the end. No closure does it: a variable that
	// a closure shares is read and written through a context object, at every turn of the loop.
	let list: CitationList | undefined;
	const scanner = new NumberScanner(text);
	const skip: SkipState = { keyword: 0, paren: -1 };
	for (;;) {
		scanner.skipTo(resumeAt(text, keywords, scanner.position, list, skip));
		const tokenStart = scanner.next();
		if (tokenStart < 0) {
			break;
		}
		const token = acceptToken(text, tokenStart, scanner.end, avoid, strings);
		if (token === undefined) {
			continue;
		}
		const start = token.span.start;
		while (nextKeyword < keywords.length && keywords[nextKeyword].end < start) {
			nextKeyword++;
		}
		const keyword = nextKeyword < keywords.length && keywords[nextKeyword].end === start ? keywords[nextKeyword] : undefined;
		if (keyword !== undefined) {
			emitList(list, defaultOrgan, citations);
			list = { kind: keyword.kind, organ: keyword.organ ?? organBefore(text, keyword.start, patterns), items: [], next: start };
		} else if (list === undefined || list.next !== start) {
			if (!isBareNumberInContext(text, token, keywordStartBefore(keywords, nextKeyword, start))) {
				continue;
			}
			emitList(list, defaultOrgan, citations);
			list = { kind: 'resolution', organ: organBefore(text, start, patterns), items: [], next: start };
		}
		const item = readItem(text, token, patterns, dates);
		list.items.push(item);
		// The separator is read once per item, so that numbers far from the list cost nothing to reject.
		list.next = stickyEnd(patterns.separator, text, item.end);
		scanner.skipTo(item.end);
	}
	emitList(list, defaultOrgan, citations);
	return citations;
}

/** What {@link resumeAt} remembers between calls: both only move forward, so the whole scan reads the text once. */
interface SkipState {
	/** The first keyword that ends at or after the scan's position. */
	keyword: number;
	/** The next "(" at or after the scan's position (-1 before the first search, the text's length when none is left). */
	paren: number;
}

/**
 * Where the number scan may go on from `position`: there, or at the start of the next keyword when no number
 * before it could be read. A number before it would need to start at a keyword's end (none is left before it), to
 * continue the open list at its `next` offset (where a number must start with a digit or a session prefix), or to
 * be a bare parenthesised number close enough after the last keyword (its "(" would come before the keyword).
 * No number can contain a keyword's first letter, so every number from there on is the same as a scan from
 * `position` would find. Most of a paragraph lies between its citations, and is passed over this way.
 */
function resumeAt(text: string, keywords: readonly Keyword[], position: number, list: CitationList | undefined, skip: SkipState): number {
	while (skip.keyword < keywords.length && keywords[skip.keyword].end < position) {
		skip.keyword++;
	}
	const target = skip.keyword < keywords.length ? keywords[skip.keyword].start : text.length;
	if (target <= position) {
		return position;
	}
	if (list !== undefined && list.next >= position && list.next < target && mayStartNumber(text.charCodeAt(list.next))) {
		return position;
	}
	const previous = skip.keyword > 0 ? keywords[skip.keyword - 1].start : -1;
	if (previous >= 0 && position - previous <= BARE_NUMBER_WINDOW) {
		if (skip.paren < position) {
			const paren = text.indexOf('(', position);
			skip.paren = paren < 0 ? text.length : paren;
		}
		if (skip.paren < target) {
			return position;
		}
	}
	return target;
}

/**
 * The start of the last keyword that starts before `offset`, or -1. Keywords before `nextKeyword` end before
 * `offset`; the one at `nextKeyword` may start before it too, as the number after it does not start a list.
 */
function keywordStartBefore(keywords: readonly Keyword[], nextKeyword: number, offset: number): number {
	for (let i = Math.min(nextKeyword, keywords.length - 1); i >= 0; i--) {
		if (keywords[i].start < offset) {
			return keywords[i].start;
		}
	}
	return -1;
}

/** Every keyword, in order of position. */
function findKeywords(text: string, patterns: ReferencePatterns): Keyword[] {
	const keywords: Keyword[] = [];
	const regex = patterns.keyword;
	if (regex === undefined) {
		return keywords;
	}
	regex.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = regex.exec(text)) !== null) {
		if (match[0].length === 0 || !isKeywordStart(text, match.index, patterns)) {
			regex.lastIndex = match.index + 1;
			continue;
		}
		// Every keyword has the same four fields, an absent organ too: objects that gain a field later take another
		// shape, and the scan's every read of a keyword would have to tell the shapes apart.
		keywords.push({
			start: match.index,
			end: regex.lastIndex,
			kind: match[1] !== undefined ? 'decision' : 'resolution',
			organ: organOfMatch(match, KEYWORD_ORGAN_GROUP),
		});
	}
	return keywords;
}

/** Whether a keyword match at `offset` starts a word (after the prefixes the language attaches to it). */
function isKeywordStart(text: string, offset: number, patterns: ReferencePatterns): boolean {
	if (patterns.keywordPrefix === undefined) {
		return !isLetterBefore(text, offset);
	}
	return patterns.keywordPrefix.test(text.slice(Math.max(0, offset - KEYWORD_PREFIX_WINDOW), offset));
}

/**
 * A number without a keyword right before it is a citation only when its shape cannot be anything else: a
 * parenthesised form ("1500 (2003)", "217 A (III)") in the same clause as a keyword ("resolutions on Iraq, in
 * particular 1500 (2003)"), and, for a year in the parenthesis, a number the Council could have reached that year.
 */
function isBareNumberInContext(text: string, token: NumberToken, keywordStart: number): boolean {
	const { reading: { number }, span } = token;
	if (number.second !== undefined || number.paren === undefined || keywordStart < 0) {
		return false;
	}
	if (span.start - keywordStart > BARE_NUMBER_WINDOW || !isPlausibleSecurityCouncilNumber(number)) {
		return false;
	}
	for (let i = keywordStart; i < span.start; i++) {
		if (isClauseEnd(text, i)) {
			return false;
		}
	}
	return true;
}

/** Reads what follows a number: an organ name, then the date ("of 4 December 2023"), then further dates of lettered parts. */
function readItem(text: string, token: NumberToken, patterns: ReferencePatterns, dates: DateIndex): ListItem {
	const item: ListItem = { token, date: undefined, organAfter: undefined, end: token.span.end };
	let end = item.end;
	if (patterns.organAfter) {
		patterns.organAfter.lastIndex = end;
		const organ = patterns.organAfter.exec(text);
		if (organ) {
			item.organAfter = organOfMatch(organ, 1);
			end = patterns.organAfter.lastIndex;
		}
	}
	const date = patterns.dateLink ? dateAfter(text, end, patterns.dateLink, dates) : undefined;
	if (date) {
		item.date = date;
		end = date.span.end;
		// "resolutions 49/222 A and B of 23 December 1994 and 20 July 1995": each lettered part has its date.
		const letterCount = token.reading.number.parts?.replace(NOT_A_LETTER, '').length ?? 0;
		for (let extra = 1; extra < letterCount && patterns.nextDate; extra++) {
			const next = dateAfter(text, end, patterns.nextDate, dates);
			if (!next) {
				break;
			}
			end = next.span.end;
		}
	}
	item.end = end;
	return item;
}

function dateAfter(text: string, offset: number, link: RegExp, dates: DateIndex): DateNode | undefined {
	const linkEnd = stickyEnd(link, text, offset);
	return linkEnd < 0 ? undefined : dates.startingAt(linkEnd);
}

/**
 * Turns a finished list, if any, into citations. An organ named after a later number ("Résolutions 2006/46, … et
 * 2019/24 du Conseil économique et social") qualifies the numbers before it as well.
 */
function emitList(list: CitationList | undefined, defaultOrgan: Organ | undefined, into: Citation[]): void {
	if (list === undefined) {
		return;
	}
	const items = list.items;
	// Most lists name no organ after a number: then every number takes the organ named before the list.
	let later: OrganMention | undefined;
	for (let i = items.length - 1; i >= 0 && later === undefined; i--) {
		later = items[i].organAfter;
	}
	if (later === undefined) {
		for (const item of items) {
			into.push(makeCitation(item.token, list.kind, list.organ, defaultOrgan, item.date));
		}
		return;
	}
	const organs: Array<OrganMention | undefined> = [];
	later = undefined;
	for (let i = items.length - 1; i >= 0; i--) {
		later = items[i].organAfter ?? later;
		organs[i] = later ?? list.organ;
	}
	for (let i = 0; i < items.length; i++) {
		into.push(makeCitation(items[i].token, list.kind, organs[i], defaultOrgan, items[i].date));
	}
}
