import type { CitationKind, Organ } from '../model/types';
import { isWhiteSpace } from '../text/whitespace';
import type { CitationStrings } from './citationStrings';
import type { ParsedCitation, ParsedDate } from './parsedCitation';
import type { ReferencePatterns } from './referencePatterns';
import { acceptToken, DateIndex, makeCitation, organBefore, SpanSet, stickyEnd, type NumberToken } from './referenceShared';
import { mayStartNumber, tokenEndAt } from './numberTokens';

/**
 * Chinese citations put everything around the number: "第 70/1 号决议", and in a list each number carries its
 * own date in front of it and the list closes with one "号决议" ("2001 年 12 月 21 日第 56/183 号、…和 2017 年
 * 12 月 20 日第 72/200 号决议"). A list is read from its first "第" to its closing word, which decides whether
 * the numbers are resolutions (决议) or decisions (决定); a list that closes on anything else ("号文件") is not
 * a list of resolutions.
 */

const AFTER_NUMBER = /\s*号?\s*/y;
const CLOSING_WORD = /决议|决定/y;
const SEPARATOR = /(?:、|以及|和|及|与|或)\s*/y;
const ORDINAL = /第\s*/y;

interface ChineseItem {
	token: NumberToken;
	date: ParsedDate | undefined;
	/** Where the item's text starts: its date, or its "第". */
	start: number;
}

/** Appends the Chinese citations of `text` to `citations`. */
export function findChineseReferences(
	text: string,
	patterns: ReferencePatterns,
	dates: DateIndex,
	avoid: SpanSet,
	strings: CitationStrings,
	defaultOrgan: Organ | undefined,
	citations: ParsedCitation[],
): void {
	// A list opens with "第" and a number right after it (spaces aside), so the scan goes from one "第" to the next
	// and reads a number only there: the dates and counts of a paragraph cost nothing.
	let from = 0;
	for (let ordinal = text.indexOf('第'); ordinal >= 0; ordinal = text.indexOf('第', from)) {
		from = ordinal + 1;
		const numberStart = skipOverSpace(text, ordinal + 1);
		// Most "第" begin an ordinal in Chinese numerals ("第七十三届会议"): no number can start there.
		if (!mayStartNumber(text.charCodeAt(numberStart))) {
			continue;
		}
		const numberEnd = tokenEndAt(text, numberStart);
		const token = numberEnd < 0 ? undefined : acceptToken(text, numberStart, numberEnd, avoid, strings);
		if (token === undefined) {
			continue;
		}
		// Items take all their fields at once, so that every item has one shape.
		const firstDate = dates.endingAt(skipBackOverSpace(text, ordinal - 1) + 1);
		const first: ChineseItem = { token, date: firstDate, start: firstDate === undefined ? ordinal : firstDate.span.start };
		const list = readList(text, first, dates, avoid, strings);
		// A later number of the same chain would walk to the same end, so the scan resumes after it either way;
		// this keeps a long chain that never closes from being walked once per number.
		from = Math.max(from, list.end);
		if (list.kind === undefined) {
			continue;
		}
		const organ = organBefore(text, first.start, patterns);
		for (const item of list.items) {
			citations.push(makeCitation(item.token.span.start, item.token.span.end, item.token.reading, list.kind, organ, defaultOrgan, item.date));
		}
	}
}

/** Walks a list from its first item to its closing word; `kind` is undefined when the list does not close. */
function readList(text: string, first: ChineseItem, dates: DateIndex, avoid: SpanSet, strings: CitationStrings): { items: ChineseItem[]; kind?: CitationKind; end: number } {
	const items = [first];
	let position = first.token.span.end;
	for (;;) {
		position = stickyEnd(AFTER_NUMBER, text, position);
		const closing = stickyEnd(CLOSING_WORD, text, position);
		if (closing >= 0) {
			return { items, kind: text[closing - 1] === '定' ? 'decision' : 'resolution', end: closing };
		}
		const next = readNextItem(text, position, dates, avoid, strings);
		if (next === undefined) {
			return { items, end: position };
		}
		items.push(next);
		position = next.token.span.end;
	}
}

/** The item after a separator: an optional date, an optional "第", and a number. */
function readNextItem(text: string, position: number, dates: DateIndex, avoid: SpanSet, strings: CitationStrings): ChineseItem | undefined {
	let at = stickyEnd(SEPARATOR, text, position);
	if (at < 0) {
		return undefined;
	}
	const start = at;
	const date = dates.startingAt(at);
	if (date) {
		at = skipOverSpace(text, date.span.end);
	}
	const afterOrdinal = stickyEnd(ORDINAL, text, at);
	const numberStart = afterOrdinal >= 0 ? afterOrdinal : at;
	const numberEnd = tokenEndAt(text, numberStart);
	const token = numberEnd < 0 ? undefined : acceptToken(text, numberStart, numberEnd, avoid, strings);
	if (token === undefined) {
		return undefined;
	}
	return { token, date, start };
}

/** The offset of the first non-space character at or after `offset` (the text's length when there is none). */
function skipOverSpace(text: string, offset: number): number {
	let at = offset;
	while (at < text.length && isWhiteSpace(text.charCodeAt(at))) {
		at++;
	}
	return at;
}

/** The offset of the last non-space character at or before `offset` (-1 when there is none). */
function skipBackOverSpace(text: string, offset: number): number {
	let at = offset;
	while (at >= 0 && isWhiteSpace(text.charCodeAt(at))) {
		at--;
	}
	return at;
}
