import type { Span } from '../model/types';

/**
 * A clean reading of one or more pieces of source text: Markdown emphasis, links and footnote references
 * removed, pieces joined by a single space. Every character of the clean text remembers the source offset it
 * came from, so that a match found in the clean text (an opening verb, a citation) maps back to the exact
 * source range, even across the page break between two pieces of a split paragraph.
 */
export class TextView {
	private constructor(readonly text: string, private readonly offsets: Int32Array) {}

	/** Builds the clean view of `pieces` of `source`, in order. */
	static of(source: string, pieces: readonly Span[]): TextView {
		const chars: string[] = [];
		const offsets: number[] = [];
		pieces.forEach((piece, pieceIndex) => {
			if (pieceIndex > 0) {
				chars.push(' ');
				offsets.push(piece.start);
			}
			const removed = markupToRemove(source, piece);
			let next = 0;
			for (let i = piece.start; i < piece.end; i++) {
				while (next < removed.length && removed[next].end <= i) {
					next++;
				}
				if (next < removed.length && removed[next].start <= i) {
					continue;
				}
				chars.push(source[i]);
				offsets.push(i);
			}
		});
		const end = pieces.length > 0 ? pieces[pieces.length - 1].end : 0;
		offsets.push(end);
		return new TextView(chars.join(''), Int32Array.from(offsets));
	}

	/** The source offset of clean offset `index` (the end of the source when `index` is the clean length). */
	sourceOffset(index: number): number {
		const clamped = Math.max(0, Math.min(index, this.offsets.length - 1));
		return this.offsets[clamped];
	}

	/** Maps a clean range to the smallest source range that covers it. */
	sourceSpan(start: number, end: number): Span {
		if (end <= start) {
			const at = this.sourceOffset(start);
			return { start: at, end: at };
		}
		return { start: this.sourceOffset(start), end: this.sourceOffset(end - 1) + 1 };
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

function markupToRemove(source: string, piece: Span): Span[] {
	const text = source.slice(piece.start, piece.end);
	const removed: Span[] = [];
	const add = (start: number, end: number) => removed.push({ start: piece.start + start, end: piece.start + end });
	const prefix = LINE_PREFIX.exec(text);
	if (prefix) {
		add(0, prefix[0].length);
	}
	for (const match of text.matchAll(LINK)) {
		const at = match.index ?? 0;
		add(at, at + 1);
		add(at + 1 + match[1].length, at + match[0].length);
	}
	for (const match of text.matchAll(STRONG)) {
		const at = match.index ?? 0;
		add(at, at + 2);
	}
	for (const match of text.matchAll(EMPHASIS)) {
		const star = (match.index ?? 0) + match[1].length;
		const close = (match.index ?? 0) + match[0].length - 1;
		add(star, star + 1);
		add(close, close + 1);
	}
	for (const match of text.matchAll(FOOTNOTE_REFERENCE)) {
		const at = match.index ?? 0;
		add(at, at + match[0].length);
	}
	return mergeSpans(removed);
}

function mergeSpans(spans: Span[]): Span[] {
	spans.sort((a, b) => a.start - b.start);
	const merged: Span[] = [];
	for (const span of spans) {
		const last = merged[merged.length - 1];
		if (last && span.start <= last.end) {
			last.end = Math.max(last.end, span.end);
		} else {
			merged.push({ ...span });
		}
	}
	return merged;
}
