import type { Span } from '../model/types';
import { CharacterSearch } from './search';

// Markdown left behind by converters: links "[70/299](#)", bold "**确认**", footnote references "[^3]",
// HTML superscripts, and a heading or quote prefix at the start of a piece.
const LINK = /\[([^\]\n]*)\]\([^)\s]*\)/g;
// Chinese has no spaces around words, so emphasis there may open or close right next to an ideograph.
const EMPHASIS = /(^|[\s([“"‘'«\u3000-\u9fff])\*(?=\S)[^*\n]*?\S\*(?=$|[\s,.;:!?)\]”"’'»，。；：\u3000-\u9fff])/g;
const FOOTNOTE_REFERENCE = /\[\^\d{1,4}\](?!:)|<sup>[^<]*<\/sup>/g;
const LINE_PREFIX = /^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?)/;
/** The removals of a piece without Markdown. */
export const NONE: readonly Span[] = [];

// Which characters that start markup a piece holds, as bits, so that each pattern runs only where it can match.
const STAR = 1;
const UNDERSCORE = 2;
const BRACKET = 4;
const ANGLE = 8;
const PREFIX = 16;
/** A run of "*" of odd length: a single star is left once the double ones are paired. */
const SINGLE_STAR = 32;

// Most paragraphs carry no Markdown at all: one search for the characters that start any markup lets them skip
// the pattern searches. The pattern engine finds the first such character faster than a loop over character codes
// (about 1 ns against 2.5 ns a character); the flag makes it leave where it stopped, for the loop below.
const MARKUP_START = /[*_[<#>]/g;

/** Which characters that start markup the text holds, as bits (0 for none). */
export function markupStarts(text: string): number {
	MARKUP_START.lastIndex = 0;
	if (!MARKUP_START.test(text)) {
		return 0;
	}
	// From the first character that starts markup, one loop answers every question; a native search per character
	// and a pattern for runs of stars read the piece up to seven times, and cost nearly twice as much in profiles
	// of 73/218, although each of them is faster per character than the loop.
	let found = 0;
	// The length of the run of stars that ends at the character before; a run of odd length leaves a single star.
	let stars = 0;
	for (let i = MARKUP_START.lastIndex - 1; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 42) {
			stars++;
			continue;
		}
		if (stars !== 0) {
			found |= stars & 1 ? STAR | SINGLE_STAR : STAR;
			stars = 0;
		}
		// The markup characters are "#" (35), "<" (60), ">" (62), "[" (91) and "_" (95); most characters lie outside.
		if (code < 35 || code > 95) {
			continue;
		}
		found |= code === 95 ? UNDERSCORE : code === 91 ? BRACKET : code === 60 ? ANGLE : code === 35 || code === 62 ? PREFIX : 0;
	}
	if (stars !== 0) {
		found |= stars & 1 ? STAR | SINGLE_STAR : STAR;
	}
	return found;
}

/**
 * What markupStarts says of the lines of one source, asked for in the order they come: one native search per
 * character that starts markup runs over the whole source, instead of a pattern over every line (most lines hold
 * no markup and the pattern reads them to their end) and a loop over the rest of each line that holds some.
 */
export class MarkupScanner {
	private readonly stars: CharacterSearch;
	private readonly underscores: CharacterSearch;
	private readonly brackets: CharacterSearch;
	private readonly angles: CharacterSearch;
	private readonly hashes: CharacterSearch;
	private readonly quotes: CharacterSearch;
	/**
	 * A range of the source that holds none of the characters, as the searches last found: most lines hold none,
	 * and a line inside that range is answered by two comparisons instead of a question to each search.
	 */
	private clearFrom = 0;
	private clearTo = 0;

	constructor(private readonly source: string) {
		this.stars = new CharacterSearch(source, '*');
		this.underscores = new CharacterSearch(source, '_');
		this.brackets = new CharacterSearch(source, '[');
		this.angles = new CharacterSearch(source, '<');
		this.hashes = new CharacterSearch(source, '#');
		this.quotes = new CharacterSearch(source, '>');
	}

	/** What markupStarts says of the source's text `[start, end)`. */
	starts(start: number, end: number): number {
		if (start >= this.clearFrom && end <= this.clearTo) {
			return 0;
		}
		let found = (this.underscores.next(start, end) >= 0 ? UNDERSCORE : 0) | (this.brackets.next(start, end) >= 0 ? BRACKET : 0)
			| (this.angles.next(start, end) >= 0 ? ANGLE : 0)
			| (this.hashes.next(start, end) >= 0 || this.quotes.next(start, end) >= 0 ? PREFIX : 0);
		// Each run of stars from its first star; a run of odd length leaves a single star, after which no run adds
		// anything.
		for (let star = this.stars.next(start, end); star >= 0 && !(found & SINGLE_STAR); star = this.stars.next(star, end)) {
			const first = star;
			while (star < end && this.source.charCodeAt(star) === 42) {
				star++;
			}
			found |= (star - first) & 1 ? STAR | SINGLE_STAR : STAR;
		}
		if (found === 0) {
			// Every search was asked about this range, from its start or from before it, and found nothing in it.
			this.clearFrom = start;
			this.clearTo = Math.min(this.stars.clearUntil(), this.underscores.clearUntil(), this.brackets.clearUntil(),
				this.angles.clearUntil(), this.hashes.clearUntil(), this.quotes.clearUntil());
		}
		return found;
	}
}

// The patterns run through exec loops: matchAll would clone the pattern on every call, and callbacks would
// allocate closures per piece; pieces with Markdown are common in converted drafts ("1. **Decides**").

/**
 * The source ranges of the markup in `piece`, whose text is `text` and holds the markup `found` (what
 * markupStarts says of it), in order and merged.
 */
export function markupToRemove(piece: Span, text: string, found: number): readonly Span[] {
	if (found === 0) {
		return NONE;
	}
	const removed: Span[] = [];
	const at = piece.start;
	const prefix = found & PREFIX ? LINE_PREFIX.exec(text) : null;
	if (prefix) {
		removed.push({ start: at, end: at + prefix[0].length });
	}
	if (found & BRACKET) {
		for (let match = first(LINK, text); match; match = LINK.exec(text)) {
			removed.push({ start: at + match.index, end: at + match.index + 1 });
			removed.push({ start: at + match.index + 1 + match[1].length, end: at + match.index + match[0].length });
		}
	}
	if (found & (STAR | UNDERSCORE)) {
		// The matches of /\*\*|__/g, found by the native search for each mark, which skips the rest of the line at a
		// fraction of the pattern's cost; a mark the line does not hold is not searched for.
		let stars = found & STAR ? text.indexOf('**') : -1;
		let lows = found & UNDERSCORE ? text.indexOf('__') : -1;
		while (stars >= 0 || lows >= 0) {
			const index = lows < 0 || (stars >= 0 && stars < lows) ? stars : lows;
			removed.push({ start: at + index, end: at + index + 2 });
			// The search goes on after the match, as the pattern's does.
			stars = stars >= 0 && stars < index + 2 ? text.indexOf('**', index + 2) : stars;
			lows = lows >= 0 && lows < index + 2 ? text.indexOf('__', index + 2) : lows;
		}
	}
	// Single stars are rare once the double ones are accounted for; the emphasis pattern is the costliest.
	if (found & SINGLE_STAR) {
		for (let match = emphasisFrom(text, 0); match; match = emphasisFrom(text, EMPHASIS.lastIndex)) {
			const star = at + match.index + match[1].length;
			const close = at + match.index + match[0].length - 1;
			removed.push({ start: star, end: star + 1 }, { start: close, end: close + 1 });
		}
	}
	if (found & (BRACKET | ANGLE)) {
		for (let match = first(FOOTNOTE_REFERENCE, text); match; match = FOOTNOTE_REFERENCE.exec(text)) {
			removed.push({ start: at + match.index, end: at + match.index + match[0].length });
		}
	}
	return mergeSpans(removed);
}

/**
 * True when the tail of a line that starts at `start`, right after a character the line's own reading keeps,
 * loses exactly the line's removals from `start` on when it is read on its own: no link or emphasis of the line
 * begins before `start` and ends after it, and the tail's start does not open a line prefix or an emphasis that
 * the character before it kept closed in the line. Every pattern but those reads the same from any character
 * the line keeps, because none of them looks behind its match. `found` is what markupStarts says of the line.
 */
export function tailReadsAlike(source: string, line: Span, start: number, found: number): boolean {
	if (found & (STAR | BRACKET)) {
		for (let i = line.start; i < start; i++) {
			const code = source.charCodeAt(i);
			if (code === 42 || code === 91) {
				return false;
			}
		}
	}
	if (found & SINGLE_STAR && source.charCodeAt(start) === 42) {
		return false;
	}
	if (found & PREFIX) {
		let i = start;
		while (i < line.end && (source.charCodeAt(i) === 32 || source.charCodeAt(i) === 9)) {
			i++;
		}
		const code = source.charCodeAt(i);
		return i >= line.end || (code !== 35 && code !== 62);
	}
	return true;
}

/**
 * The next match of EMPHASIS from `from` on. The pattern opens with the character before the star (or the start of
 * the text), which keeps the engine from skipping to a star as it does for a pattern that opens with one: it would
 * try every character of the line. The search starts right before the next star instead, which finds the same
 * match, since a match begins at its star or at the character before it.
 */
function emphasisFrom(text: string, from: number): RegExpExecArray | null {
	const star = text.indexOf('*', from);
	if (star < 0) {
		return null;
	}
	EMPHASIS.lastIndex = Math.max(star - 1, from);
	return EMPHASIS.exec(text);
}

/** The first match of a global pattern in `text`, from its start. */
function first(pattern: RegExp, text: string): RegExpExecArray | null {
	pattern.lastIndex = 0;
	return pattern.exec(text);
}

/**
 * Sorts and merges the removals of one piece; they are new objects of that call, so they are merged in place.
 * A piece has a handful of removals, which an insertion sort orders without the work array of Array.sort.
 */
function mergeSpans(spans: Span[]): Span[] {
	for (let i = 1; i < spans.length; i++) {
		const span = spans[i];
		let j = i - 1;
		for (; j >= 0 && spans[j].start > span.start; j--) {
			spans[j + 1] = spans[j];
		}
		spans[j + 1] = span;
	}
	// The merged spans are written over the sorted ones, in the same array, rather than pushed to a new one.
	let kept = 0;
	for (const span of spans) {
		const last = kept > 0 ? spans[kept - 1] : undefined;
		if (last && span.start <= last.end) {
			last.end = Math.max(last.end, span.end);
		} else {
			spans[kept++] = span;
		}
	}
	spans.length = kept;
	return spans;
}
