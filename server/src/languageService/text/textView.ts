import type { Span } from '../model/types';
import { lastIndexAtOrBefore } from './search';

/**
 * A clean reading of one or more pieces of source text: Markdown emphasis, links and footnote references
 * removed, pieces joined by a single space. Every character of the clean text remembers the source offset it
 * came from, so that a match found in the clean text (an opening verb, a citation) maps back to the exact
 * source range, even across the page break between two pieces of a split paragraph.
 *
 * The mapping is kept as runs of characters copied unchanged (a clean start and the source start of each run),
 * because a paragraph has few removals: building the view costs a few string slices, not a table per character,
 * which matters when every keystroke re-reads the whole draft. Most views are one run (a paragraph without
 * Markdown on one line); they keep its source start alone and no arrays, because views live as long as the model.
 */
export class TextView {
	private constructor(
		readonly text: string,
		/** The source offset of clean offset 0 when the view is one run. */
		private readonly sourceStart: number,
		/** The runs of a view of several runs; absent for one run. */
		private readonly runs: { cleanStarts: number[]; sourceStarts: number[] } | undefined,
		private readonly sourceEnd: number,
	) {}

	/** Builds the clean view of `pieces` of `source`, in order. */
	static of(source: string, pieces: readonly Span[]): TextView {
		const whole = pieces.length === 1 ? source.slice(pieces[0].start, pieces[0].end) : undefined;
		const single = whole !== undefined ? markupToRemove(source, pieces[0], whole) : undefined;
		if (single === NONE && whole) {
			return new TextView(whole, pieces[0].start, undefined, pieces[0].end);
		}
		const runs = new Runs();
		for (let index = 0; index < pieces.length; index++) {
			const piece = pieces[index];
			if (index > 0) {
				// The space that joins two pieces stands for the start of the later piece.
				runs.add(piece.start, ' ');
			}
			let position = piece.start;
			for (const removed of single ?? markupToRemove(source, piece)) {
				if (removed.start > position) {
					runs.add(position, source.slice(position, removed.start));
				}
				position = removed.end;
			}
			if (piece.end > position) {
				runs.add(position, source.slice(position, piece.end));
			}
		}
		const end = pieces.length > 0 ? pieces[pieces.length - 1].end : 0;
		const { parts, cleanStarts, sourceStarts } = runs;
		const text = parts.length === 1 ? parts[0] : parts.join('');
		// Arrays are copied to measure rather than kept as grown by pushing.
		const kept = sourceStarts.length > 1 ? { cleanStarts: cleanStarts.slice(), sourceStarts: sourceStarts.slice() } : undefined;
		return new TextView(text, sourceStarts.length > 0 ? sourceStarts[0] : end, kept, end);
	}

	/** The source offset of clean offset `index` (the end of the source when `index` is the clean length). */
	sourceOffset(index: number): number {
		if (index >= this.text.length) {
			return this.sourceEnd;
		}
		const clamped = Math.max(0, index);
		if (!this.runs) {
			return this.sourceStart + clamped;
		}
		const run = lastIndexAtOrBefore(this.runs.cleanStarts, clamped);
		return this.runs.sourceStarts[run] + clamped - this.runs.cleanStarts[run];
	}

	/** Maps a clean range to the smallest source range that covers it. */
	sourceSpan(start: number, end: number): Span {
		if (end <= start) {
			const at = this.sourceOffset(start);
			return { start: at, end: at };
		}
		return { start: this.sourceOffset(start), end: this.sourceOffset(end - 1) + 1 };
	}

	/**
	 * The same view of the same clean text for source that moved by `delta` (text was inserted or removed before
	 * it): the clean text and run boundaries are shared, only the source starts move.
	 */
	shifted(delta: number): TextView {
		const runs = this.runs && { cleanStarts: this.runs.cleanStarts, sourceStarts: this.runs.sourceStarts.map(start => start + delta) };
		return new TextView(this.text, this.sourceStart + delta, runs, this.sourceEnd + delta);
	}
}

/** The runs of a view being built: each a piece of clean text and the source offset it starts at. */
class Runs {
	readonly parts: string[] = [];
	readonly cleanStarts: number[] = [];
	readonly sourceStarts: number[] = [];
	private length = 0;

	add(sourceStart: number, text: string): void {
		this.cleanStarts.push(this.length);
		this.sourceStarts.push(sourceStart);
		this.parts.push(text);
		this.length += text.length;
	}
}

// Markdown left behind by converters: links "[70/299](#)", bold "**确认**", footnote references "[^3]",
// HTML superscripts, and a heading or quote prefix at the start of a piece.
const LINK = /\[([^\]\n]*)\]\([^)\s]*\)/g;
const STRONG = /\*\*|__/g;
// Chinese has no spaces around words, so emphasis there may open or close right next to an ideograph.
const EMPHASIS = /(^|[\s([“"‘'«\u3000-\u9fff])\*(?=\S)[^*\n]*?\S\*(?=$|[\s,.;:!?)\]”"’'»，。；：\u3000-\u9fff])/g;
const FOOTNOTE_REFERENCE = /\[\^\d{1,4}\](?!:)|<sup>[^<]*<\/sup>/g;
const LINE_PREFIX = /^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?)/;
const NONE: Span[] = [];

// Which characters that start markup a piece holds, as bits, so that each pattern runs only where it can match.
const STAR = 1;
const UNDERSCORE = 2;
const BRACKET = 4;
const ANGLE = 8;
const PREFIX = 16;
/** A run of "*" of odd length: a single star is left once the double ones are paired. */
const SINGLE_STAR = 32;

// Most paragraphs carry no Markdown at all: one search for the characters that start any markup lets them skip
// the pattern searches. The pattern engine scans faster than a loop over character codes.
const MARKUP_START = /[*_[<#>]/;
// A maximal run of stars of odd length: what is left of it once its stars are paired is a single star.
const ODD_STAR_RUN = /(?<!\*)(?:\*\*)*\*(?!\*)/;

/** Which characters that start markup the text holds, as bits (0 for none). */
function markupStarts(text: string): number {
	if (!MARKUP_START.test(text)) {
		return 0;
	}
	// Native searches, one per character, beat a loop over the character codes of the piece.
	let found = 0;
	if (text.includes('*')) {
		found |= ODD_STAR_RUN.test(text) ? STAR | SINGLE_STAR : STAR;
	}
	if (text.includes('_')) {
		found |= UNDERSCORE;
	}
	if (text.includes('[')) {
		found |= BRACKET;
	}
	if (text.includes('<')) {
		found |= ANGLE;
	}
	if (text.includes('#') || text.includes('>')) {
		found |= PREFIX;
	}
	return found;
}

// The patterns run through exec loops: matchAll would clone the pattern on every call, and callbacks would
// allocate closures per piece; pieces with Markdown are common in converted drafts ("1. **Decides**").

/** The source ranges of the markup in `piece`, whose text is `text`, in order and merged. */
function markupToRemove(source: string, piece: Span, text = source.slice(piece.start, piece.end)): Span[] {
	const found = markupStarts(text);
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
		for (let match = first(STRONG, text); match; match = STRONG.exec(text)) {
			removed.push({ start: at + match.index, end: at + match.index + 2 });
		}
	}
	// Single stars are rare once the double ones are accounted for; the emphasis pattern is the costliest.
	if (found & SINGLE_STAR) {
		for (let match = first(EMPHASIS, text); match; match = EMPHASIS.exec(text)) {
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
	const merged: Span[] = [];
	for (const span of spans) {
		const last = merged[merged.length - 1];
		if (last && span.start <= last.end) {
			last.end = Math.max(last.end, span.end);
		} else {
			merged.push(span);
		}
	}
	return merged;
}
