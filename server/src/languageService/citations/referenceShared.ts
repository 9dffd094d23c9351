import type { CitationKind, DocumentLanguage, Organ, Span } from '../model/types';
import { ParsedCitation, type ParsedDate } from './parsedCitation';
import { isAsciiDigit } from '../text/characters';
import { lastIndexAtOrBefore } from '../text/search';
import { readingOrgan, resolutionSymbol, type CitationStrings, type NumberReading } from './citationStrings';
import { dateStartingAt, nextDate } from './dates';
import { lastClauseEnd, organOfMatch, type OrganMention, type ReferencePatterns } from './referencePatterns';
import { gluesAfter, gluesBefore } from './numberTokens';
import { symbolOfNumber } from './resolutionNumbers';

/** What the Latin-script and the Chinese scanners share: dates by position, number tokens, organ look-back. */

/**
 * The dates of a text, looked up by where they start and where they end. Nothing is read until a citation asks:
 * most paragraphs cite nothing. A date that starts at a place is read there alone, since callers ask only after
 * words that no date contains ("of", "du", "、"); a date that ends at a place needs the dates of the text before
 * it, which are read from the start once and only as far as asked. Once they are, dates that start at a place
 * are taken from them too, as they were found.
 */
export class DateIndex {
	/** The dates read so far, in order; undefined until a date that ends somewhere is asked for. */
	private dates: ParsedDate[] | undefined;
	/** Where each date read so far starts, for the binary search. */
	private readonly starts: number[] = [];
	/** Where the reading of dates goes on, or -1 when every date of the text is read. */
	private readFrom = 0;

	constructor(private readonly text: string, private readonly language: DocumentLanguage, private readonly strings: CitationStrings) {}

	startingAt(offset: number): ParsedDate | undefined {
		if (this.dates === undefined) {
			return dateStartingAt(this.text, offset, this.language, this.strings);
		}
		const dates = this.readUpTo(offset);
		const index = lastIndexAtOrBefore(this.starts, offset);
		return this.starts[index] === offset ? dates[index] : undefined;
	}

	endingAt(offset: number): ParsedDate | undefined {
		// A date ends with the last digit of its year, or with what some languages write after it (日, года, г.):
		// anywhere else no date ends, and the dates of the text need not be read.
		if (!mayEndDate(this.text.charCodeAt(offset - 1))) {
			return undefined;
		}
		const dates = this.readUpTo(offset);
		// Dates do not overlap, so the one that ends at `offset` is the last that starts before it (the search gives
		// the first date when none does, and that one ends after `offset`).
		const index = lastIndexAtOrBefore(this.starts, offset - 1);
		return dates[index]?.span.end === offset ? dates[index] : undefined;
	}

	/** The dates read once every date that starts at or before `offset` is among them. */
	private readUpTo(offset: number): ParsedDate[] {
		const dates = this.dates ?? (this.dates = []);
		while (this.readFrom >= 0 && (dates.length === 0 || dates[dates.length - 1].span.start <= offset)) {
			const date = nextDate(this.text, this.readFrom, this.language, this.strings);
			if (date === undefined) {
				this.readFrom = -1;
			} else {
				dates.push(date);
				this.starts.push(date.span.start);
				this.readFrom = date.span.end;
			}
		}
		return dates;
	}
}

function mayEndDate(code: number): boolean {
	// 0x65E5 is 日, 0x0430 and 0x0410 the а or А that ends года (Russian dates are matched without case), 0x2E the full stop of г.
	return isAsciiDigit(code) || code === 0x65E5 || code === 0x0430 || code === 0x0410 || code === 0x2E;
}

/** Spans that citations must not overlap (the document symbols already found), in any order and nesting. */
export class SpanSet {
	private readonly starts: number[];
	/** The largest end among the spans up to each index, so that one binary search answers any overlap question. */
	private readonly maxEnds: number[];

	constructor(spans: readonly Span[] | undefined) {
		// The document symbols come in order already; only other callers' spans need the filter and the sort.
		const sorted = !Array.isArray(spans) ? [] : isOrdered(spans) ? spans
			: spans.filter(span => span && Number.isFinite(span.start) && Number.isFinite(span.end)).sort((a, b) => a.start - b.start);
		this.starts = sorted.map(span => span.start);
		this.maxEnds = [];
		let maxEnd = -Infinity;
		for (const span of sorted) {
			maxEnd = Math.max(maxEnd, span.end);
			this.maxEnds.push(maxEnd);
		}
	}

	overlaps(start: number, end: number): boolean {
		let low = 0;
		let high = this.starts.length - 1;
		let last = -1;
		while (low <= high) {
			const middle = (low + high) >> 1;
			if (this.starts[middle] < end) {
				last = middle;
				low = middle + 1;
			} else {
				high = middle - 1;
			}
		}
		return last >= 0 && this.maxEnds[last] > start;
	}
}

/** The set of no span, which most texts avoid (those that cite no symbol): it never changes, so one serves them all. */
const NO_SPANS = new SpanSet(undefined);

/** The set of `spans`; the shared empty set when there are none. */
export function spanSetOf(spans: readonly Span[] | undefined): SpanSet {
	return spans === undefined || spans.length === 0 ? NO_SPANS : new SpanSet(spans);
}

/** Whether every span is well-formed and starts no earlier than the one before it. */
function isOrdered(spans: readonly Span[]): boolean {
	for (let i = 0; i < spans.length; i++) {
		const span = spans[i];
		if (!span || !Number.isFinite(span.start) || !Number.isFinite(span.end) || (i > 0 && span.start < spans[i - 1].start)) {
			return false;
		}
	}
	return true;
}

/** A number token accepted as a candidate: where it is and what it reads. */
export interface NumberToken {
	span: Span;
	reading: NumberReading;
}

/**
 * Reads the token from `start` to `end`, or undefined when it is glued to more text, avoided or malformed. Its
 * reading comes from `strings`, the table of the parse.
 */
export function acceptToken(text: string, start: number, end: number, avoid: SpanSet, strings: CitationStrings): NumberToken | undefined {
	const reading = acceptReading(text, start, end, avoid, strings);
	return reading === undefined ? undefined : { span: { start, end }, reading };
}

/** What {@link acceptToken} reads, for a caller that keeps the token's offsets itself. */
export function acceptReading(text: string, start: number, end: number, avoid: SpanSet, strings: CitationStrings): NumberReading | undefined {
	if (gluesBefore(text.charCodeAt(start - 1)) || gluesAfter(text.charCodeAt(end)) || avoid.overlaps(start, end)) {
		return undefined;
	}
	return strings.number(text, start, end);
}

/** How far back from a citation an organ name can still qualify it ("Economic and Social Council resolution …"). */
const ORGAN_WINDOW = 80;

/** The organ named last in the clause before `offset`, if any. */
export function organBefore(text: string, offset: number, patterns: ReferencePatterns): OrganMention | undefined {
	const from = Math.max(0, offset - ORGAN_WINDOW);
	// Most citations have no organ word in the stretch before them at all: that is settled before the clause is
	// looked for. Only that short stretch is searched, however long the paragraph.
	const near = text.slice(from, offset);
	if (!patterns.organWord.test(near)) {
		return undefined;
	}
	const start = from + lastClauseEnd(near) + 1;
	const window = start === from ? near : near.slice(start - from);
	if (start !== from && !patterns.organWord.test(window)) {
		return undefined;
	}
	const regex = patterns.organs;
	regex.lastIndex = 0;
	let found: OrganMention | undefined;
	let match: RegExpExecArray | null;
	while ((match = regex.exec(window)) !== null) {
		found = organOfMatch(match, 1) ?? found;
	}
	return found;
}

/**
 * The organ to prefer for a number whose shape leaves a choice: an organ named near it, else the document's own.
 * A bare "Council" names the document's own council; in an Assembly text it says nothing the shape does not.
 */
function organHint(mention: OrganMention | undefined, defaultOrgan: Organ | undefined): Organ | undefined {
	if (mention === 'COUNCIL') {
		return defaultOrgan === 'SC' || defaultOrgan === 'ECOSOC' || defaultOrgan === 'HRC' ? defaultOrgan : undefined;
	}
	return mention ?? defaultOrgan;
}

/** Builds the citation of the number from `start` to `end`, deciding its organ and canonical symbol. */
export function makeCitation(
	start: number,
	end: number,
	reading: NumberReading,
	kind: CitationKind,
	mention: OrganMention | undefined,
	defaultOrgan: Organ | undefined,
	date: ParsedDate | undefined,
): ParsedCitation {
	const organ = readingOrgan(reading, organHint(mention, defaultOrgan));
	const text = reading.text;
	const number = reading.number.canonical;
	const symbol = kind === 'resolution' ? resolutionSymbol(reading, organ) : symbolOfNumber(reading.number, organ, kind);
	return new ParsedCitation(kind, start, end, text, number, organ, symbol, date);
}

/** Where a sticky expression matches at `offset`, or -1. */
export function stickyEnd(regex: RegExp, text: string, offset: number): number {
	regex.lastIndex = offset;
	return regex.test(text) ? regex.lastIndex : -1;
}
