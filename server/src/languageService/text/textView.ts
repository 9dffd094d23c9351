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
		const single = pieces.length === 1 ? markupToRemove(source, pieces[0]) : undefined;
		if (single === NONE && pieces[0].end > pieces[0].start) {
			return new TextView(source.slice(pieces[0].start, pieces[0].end), pieces[0].start, undefined, pieces[0].end);
		}
		const parts: string[] = [];
		const cleanStarts: number[] = [];
		const sourceStarts: number[] = [];
		let length = 0;
		const copy = (start: number, end: number) => {
			if (end > start) {
				cleanStarts.push(length);
				sourceStarts.push(start);
				parts.push(source.slice(start, end));
				length += end - start;
			}
		};
		for (let index = 0; index < pieces.length; index++) {
			const piece = pieces[index];
			if (index > 0) {
				// The space that joins two pieces stands for the start of the later piece.
				cleanStarts.push(length);
				sourceStarts.push(piece.start);
				parts.push(' ');
				length += 1;
			}
			let position = piece.start;
			for (const removed of single ?? markupToRemove(source, piece)) {
				copy(position, removed.start);
				position = removed.end;
			}
			copy(position, piece.end);
		}
		const end = pieces.length > 0 ? pieces[pieces.length - 1].end : 0;
		const text = parts.length === 1 ? parts[0] : parts.join('');
		// Arrays are copied to measure rather than kept as grown by pushing.
		const runs = sourceStarts.length > 1 ? { cleanStarts: cleanStarts.slice(), sourceStarts: sourceStarts.slice() } : undefined;
		return new TextView(text, sourceStarts.length > 0 ? sourceStarts[0] : end, runs, end);
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

/** Which characters that start markup the text holds, as bits (0 for none). */
function markupStarts(text: string): number {
	if (!MARKUP_START.test(text)) {
		return 0;
	}
	let found = 0;
	let stars = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 42) {
			found |= STAR;
			stars++;
			continue;
		}
		if (stars % 2 === 1) {
			found |= SINGLE_STAR;
		}
		stars = 0;
		if (code === 95) {
			found |= UNDERSCORE;
		} else if (code === 91) {
			found |= BRACKET;
		} else if (code === 60) {
			found |= ANGLE;
		} else if (code === 35 || code === 62) {
			found |= PREFIX;
		}
	}
	return stars % 2 === 1 ? found | SINGLE_STAR : found;
}

/** Calls `visit` for every match of a global pattern, in order (matchAll would clone the pattern on every call). */
function eachMatch(pattern: RegExp, text: string, visit: (match: RegExpExecArray) => void): void {
	pattern.lastIndex = 0;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
		visit(match);
	}
}

function markupToRemove(source: string, piece: Span): Span[] {
	const text = source.slice(piece.start, piece.end);
	const found = markupStarts(text);
	if (found === 0) {
		return NONE;
	}
	const removed: Span[] = [];
	const add = (start: number, end: number) => removed.push({ start: piece.start + start, end: piece.start + end });
	const prefix = found & PREFIX ? LINE_PREFIX.exec(text) : null;
	if (prefix) {
		add(0, prefix[0].length);
	}
	if (found & BRACKET) {
		eachMatch(LINK, text, match => {
			add(match.index, match.index + 1);
			add(match.index + 1 + match[1].length, match.index + match[0].length);
		});
	}
	if (found & (STAR | UNDERSCORE)) {
		eachMatch(STRONG, text, match => add(match.index, match.index + 2));
	}
	// Single stars are rare once the double ones are accounted for; the emphasis pattern is the costliest.
	if (found & SINGLE_STAR) {
		eachMatch(EMPHASIS, text, match => {
			const star = match.index + match[1].length;
			const close = match.index + match[0].length - 1;
			add(star, star + 1);
			add(close, close + 1);
		});
	}
	if (found & (BRACKET | ANGLE)) {
		eachMatch(FOOTNOTE_REFERENCE, text, match => add(match.index, match.index + match[0].length));
	}
	return mergeSpans(removed);
}

/** Sorts and merges the removals of one piece; they are new objects of that call, so they are merged in place. */
function mergeSpans(spans: Span[]): Span[] {
	spans.sort((a, b) => a.start - b.start);
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
