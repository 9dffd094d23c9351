import type { DateNode, Organ } from '../model/types';
import { ParsedDate } from './parsedCitation';
import { readResolutionNumber, type ResolutionNumber } from './numberTokens';
import { organOfNumber, symbolOfNumber } from './resolutionNumbers';
import { normalizeSymbol } from './symbols';

/** What a number token reads: one object for every token of a parse that is written the same way. */
export interface NumberReading {
	/** The token as written, which the citations of all such tokens share. */
	text: string;
	number: ResolutionNumber;
	/** The organ whose resolution symbol was last asked for, and that symbol (see {@link resolutionSymbol}). */
	symbolOrgan: Organ | undefined;
	symbol: string | undefined;
	/** The hint the organ was last judged with, and that organ; undefined until it is (see {@link readingOrgan}). */
	organHint: Organ | undefined;
	organ: Organ | undefined;
}

/** A document symbol as written and its canonical form. */
export interface SymbolReading {
	text: string;
	symbol: string;
}

/**
 * The strings of the citations and dates of one parse, shared by equal values. A draft cites the same
 * resolutions and dates again and again ("resolution 70/1 of 25 September 2015"), and every citation used to keep
 * its own copies of "70/1", "A/RES/70/1", "25 September 2015" and "2015-09-25" for as long as the model lives.
 * What is read once is also not read again: the number's fields, its symbol, the ISO form of a date.
 *
 * A table lives for one parse only (the parser makes one, a caller without one gets a table of its own call):
 * never for the module, so that every analysis of a text reads it afresh. It is a cache of a fixed number of
 * slots in pairs: a value's hash names a pair, whose first slot keeps the first value that came and whose second
 * the last one after it. Most values of a short text are met once, and for them a slot costs less than a map's
 * entry; two slots a pair keep two frequent values whose hashes meet from evicting each other at every turn. A
 * value without a slot is read anew.
 */
export class CitationStrings {
	/** Readings by hash of the token as written; a token that is no number is kept as its text, not to be read again. */
	private numbers: Array<NumberReading | string | undefined> | undefined;
	/** Symbol readings by hash of the symbol as written. */
	private symbols: Array<SymbolReading | undefined> | undefined;
	/** The first node of each date and its value (year × 10 000 + month × 100 + day), by hash of the value. */
	private dates: Array<DateNode | undefined> | undefined;
	private dateValues: number[] | undefined;
	/** The layout of each such first node's text (see {@link date}). */
	private dateLayouts: number[] | undefined;

	/**
	 * The reading of the number token from `start` to `end` of `text`, or undefined when the token is not a
	 * well-formed number. Tokens are looked up by a hash of a few of their characters and compared in place, so
	 * that a token read before costs neither a slice of the text nor a hash of a new string.
	 */
	number(text: string, start: number, end: number): NumberReading | undefined {
		const numbers = this.numbers ?? (this.numbers = new Array(SLOTS));
		const pair = tokenPair(text, start, end);
		for (let slot = pair; slot < pair + 2 && numbers[slot] !== undefined; slot++) {
			const known = numbers[slot]!;
			if (isWrittenAt(typeof known === 'string' ? known : known.text, text, start, end)) {
				return typeof known === 'string' ? undefined : known;
			}
		}
		const written = text.slice(start, end);
		const number = readResolutionNumber(written);
		const reading = number === undefined ? undefined : { text: written, number, symbolOrgan: undefined, symbol: undefined, organHint: undefined, organ: undefined };
		numbers[freeSlot(numbers, pair)] = reading ?? written;
		return reading;
	}

	/** A document symbol as written, with its canonical form. */
	symbol(written: string): SymbolReading {
		const symbols = this.symbols ?? (this.symbols = new Array(SLOTS));
		const pair = tokenPair(written, 0, written.length);
		for (let slot = pair; slot < pair + 2 && symbols[slot] !== undefined; slot++) {
			if (symbols[slot]!.text === written) {
				return symbols[slot]!;
			}
		}
		const reading = { text: written, symbol: normalizeSymbol(written) };
		symbols[freeSlot(symbols, pair)] = reading;
		return reading;
	}

	/**
	 * The node of the valid date that `text` holds from `start` to `end`. A date is looked up by its value: its ISO
	 * form ("2015-09-25") is shared, and its text too when it is written as the date was written before. `layout`
	 * is a number that, with the value, fixes every character of the date as written (the finder of English dates
	 * gives the count of the day's digits when single spaces part day, month and year), or -1 when the characters
	 * must be compared: most dates of a draft are written alike, and the comparison was a fifth of their reading.
	 */
	date(text: string, start: number, end: number, year: number, month: number, day: number, layout = -1): ParsedDate {
		const value = year * 10_000 + month * 100 + day;
		const dates = this.dates ?? (this.dates = new Array(SLOTS));
		const values = this.dateValues ?? (this.dateValues = new Array<number>(SLOTS));
		const layouts = this.dateLayouts ?? (this.dateLayouts = new Array<number>(SLOTS));
		const pair = (Math.imul(value, GOLDEN) >>> (33 - SLOT_BITS)) << 1;
		for (let slot = pair; slot < pair + 2 && dates[slot] !== undefined; slot++) {
			if (values[slot] === value) {
				// Compared in place when it must be: a slice of the text to compare would be a string more per date.
				const known = dates[slot]!;
				const same = (layout >= 0 && layouts[slot] === layout) || isWrittenAt(known.text, text, start, end);
				return new ParsedDate(same ? known.text : text.slice(start, end), start, end, known.iso);
			}
		}
		const date = dateNode(text.slice(start, end), start, year, month, day);
		const slot = freeSlot(dates, pair);
		dates[slot] = date;
		values[slot] = value;
		layouts[slot] = layout;
		return date;
	}
}

const SLOT_BITS = 6;
const SLOTS = 1 << SLOT_BITS;
/** 2^32 divided by the golden ratio: multiplying by it spreads neighbouring values over the slots. */
const GOLDEN = 0x9E3779B1;

/**
 * The first slot of the pair of the token from `start` to `end`: a hash of its length and of the characters at
 * both ends, where numbers and symbols differ ("70/1", "70/12", "71/1", "A/79/535"). It reads four characters
 * whatever the length.
 */
function tokenPair(text: string, start: number, end: number): number {
	const ends = (text.charCodeAt(start) << 24) ^ (text.charCodeAt(start + 1) << 16) ^ (text.charCodeAt(end - 2) << 8) ^ text.charCodeAt(end - 1);
	return (Math.imul(ends ^ (end - start), GOLDEN) >>> (33 - SLOT_BITS)) << 1;
}

/** Where a new value of the pair at `pair` goes: the first slot while it is free, else the second. */
function freeSlot(slots: readonly unknown[], pair: number): number {
	return slots[pair] === undefined ? pair : pair + 1;
}

/** Whether `written` is what `text` holds from `start` to `end`. */
function isWrittenAt(written: string, text: string, start: number, end: number): boolean {
	if (written.length !== end - start) {
		return false;
	}
	for (let i = start; i < end; i++) {
		if (text.charCodeAt(i) !== written.charCodeAt(i - start)) {
			return false;
		}
	}
	return true;
}

/** The node of a valid date written as `written` from `start` on, with strings of its own. */
export function dateNode(written: string, start: number, year: number, month: number, day: number): ParsedDate {
	// A valid date's year has four digits, its month and day one or two.
	return new ParsedDate(written, start, start + written.length, `${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`);
}

/** "00" to "31", for the month and day of an ISO date. */
const TWO_DIGITS = Array.from({ length: 32 }, (_, value) => String(value).padStart(2, '0'));

/**
 * The canonical symbol of a resolution number as a resolution of `organ`. A number is nearly always cited as the
 * resolution of one organ, so the reading keeps the symbol of the organ asked for last. Decisions have a symbol
 * of their own only at the Human Rights Council, and are few: theirs is built each time.
 */
export function resolutionSymbol(reading: NumberReading, organ: Organ): string | undefined {
	if (reading.symbolOrgan !== organ) {
		reading.symbol = symbolOfNumber(reading.number, organ, 'resolution');
		reading.symbolOrgan = organ;
	}
	return reading.symbol;
}

/**
 * The organ of a number read with `hint` (organOfNumber). A number is nearly always cited with the same hint, the
 * organ of the document or the one named before it, so the reading keeps the organ of the hint it was asked last.
 */
export function readingOrgan(reading: NumberReading, hint: Organ | undefined): Organ {
	if (reading.organ === undefined || reading.organHint !== hint) {
		reading.organ = organOfNumber(reading.number, hint);
		reading.organHint = hint;
	}
	return reading.organ;
}
