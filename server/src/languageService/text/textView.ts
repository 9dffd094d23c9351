import type { Span } from '../model/types';
import { markupStarts, markupToRemove, NONE, tailReadsAlike } from './markup';
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

	/** The view of source text that reads as it stands: `text`, found at source offset `start`. */
	static verbatim(text: string, start: number): TextView {
		return new TextView(text, start, undefined, start + text.length);
	}

	/** Builds the clean view of `pieces` of `source`, in order. */
	static of(source: string, pieces: readonly Span[]): TextView {
		if (pieces.length <= 1) {
			return pieces.length === 1 ? TextView.ofPiece(source, pieces[0]) : new TextView('', 0, undefined, 0);
		}
		return TextView.joined(pieces.map(piece => TextView.ofPiece(source, piece)), pieces);
	}

	/**
	 * The clean view of one piece of `source`. `text` is the piece's text and `found` what markupStarts says of
	 * it, for a caller that has them already.
	 */
	static ofPiece(source: string, piece: Span, text = source.slice(piece.start, piece.end), found = markupStarts(text)): TextView {
		const removed = markupToRemove(piece, text, found);
		if (removed === NONE) {
			return new TextView(text, piece.start, undefined, piece.end);
		}
		// The runs between the removals are listed as they come and their text joined as it comes, without the parts
		// list of a view built from other views (see joined); the lists are copied to measure, as built does.
		const cleanStarts: number[] = [];
		const sourceStarts: number[] = [];
		let clean = '';
		let position = piece.start;
		for (let index = 0; index <= removed.length; index++) {
			const stop = index < removed.length ? removed[index].start : piece.end;
			if (stop > position) {
				cleanStarts.push(clean.length);
				sourceStarts.push(position);
				clean += source.slice(position, stop);
			}
			position = index < removed.length ? removed[index].end : stop;
		}
		const runs = sourceStarts.length > 1 ? { cleanStarts: cleanStarts.slice(), sourceStarts: sourceStarts.slice() } : undefined;
		return new TextView(clean, sourceStarts.length > 0 ? sourceStarts[0] : piece.end, runs, piece.end);
	}

	/**
	 * The view of several pieces from the views of each (`views[i]` the view of `pieces[i]` alone): their texts
	 * joined by a space, which stands for the start of the piece after it. This is how {@link of} reads several
	 * pieces, and it lets the parser extend a paragraph continued after a page break without reading again what
	 * it read already (a view may then stand for several pieces, and `pieces[i]` is the first of them).
	 */
	static joined(views: readonly TextView[], pieces: readonly Span[]): TextView {
		if (views.length === 1) {
			return views[0];
		}
		const runs = new Runs();
		views.forEach((view, index) => {
			if (index > 0) {
				runs.add(pieces[index].start, ' ');
			}
			view.addRunsTo(runs);
		});
		return TextView.built(runs, views[views.length - 1].sourceEnd);
	}

	/**
	 * The view of the tail of a one-line view from clean offset `from` on: of the piece from right after the
	 * source of clean character `from` - 1 (from the line's start when `from` is 0) to the line's end, as
	 * {@link ofPiece} reads it, but taken from this view without reading the Markdown again where that gives the
	 * same (see tailReadsAlike). `line` is the line's span and `found` what markupStarts said of its text; `start`
	 * is where the piece begins, for a caller that has worked it out already.
	 */
	tail(source: string, line: Span, from: number, found: number, start = this.tailStart(line, from)): TextView {
		if (from === 0) {
			return this;
		}
		if (from >= this.text.length || !tailReadsAlike(source, line, start, found)) {
			return TextView.ofPiece(source, { start, end: line.end });
		}
		if (!this.runs) {
			return new TextView(this.text.slice(from), this.sourceStart + from, undefined, this.sourceEnd);
		}
		// The runs from the one that holds `from` on, the first one cut at `from`; the text is a slice of this one's.
		const first = lastIndexAtOrBefore(this.runs.cleanStarts, from);
		const sourceStart = this.runs.sourceStarts[first] + from - this.runs.cleanStarts[first];
		if (first === this.runs.cleanStarts.length - 1) {
			return new TextView(this.text.slice(from), sourceStart, undefined, this.sourceEnd);
		}
		// The runs from the one that holds `from` on, moved by `from` in place in the copy, without a callback; the
		// first one starts at `from`.
		const cleanStarts = this.runs.cleanStarts.slice(first);
		const sourceStarts = this.runs.sourceStarts.slice(first);
		for (let run = 1; run < cleanStarts.length; run++) {
			cleanStarts[run] -= from;
		}
		cleanStarts[0] = 0;
		sourceStarts[0] = sourceStart;
		return new TextView(this.text.slice(from), sourceStart, { cleanStarts, sourceStarts }, this.sourceEnd);
	}

	/**
	 * Where in the source the tail of this one-line view from clean offset `from` begins, as {@link tail} cuts it:
	 * right after the character before it, so that Markdown standing at the start of the tail ("*Recalling*",
	 * "**确认**") stays inside it and is paired and removed with its closing mark, instead of leaving that mark behind.
	 */
	tailStart(line: Span, from: number): number {
		return from === 0 ? line.start : Math.min(this.sourceOffset(from - 1) + 1, line.end);
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

	/** Adds the runs of this view to a view being built. */
	private addRunsTo(runs: Runs): void {
		if (!this.runs) {
			if (this.text.length > 0) {
				runs.add(this.sourceStart, this.text);
			}
			return;
		}
		const { cleanStarts, sourceStarts } = this.runs;
		for (let run = 0; run < cleanStarts.length; run++) {
			const end = run + 1 < cleanStarts.length ? cleanStarts[run + 1] : this.text.length;
			runs.add(sourceStarts[run], this.text.slice(cleanStarts[run], end));
		}
	}

	/** The view of the runs added, whose source ends at `end`. */
	private static built({ parts, cleanStarts, sourceStarts }: Runs, end: number): TextView {
		const text = parts.length === 1 ? parts[0] : parts.join('');
		// Arrays are copied to measure rather than kept as grown by pushing.
		const kept = sourceStarts.length > 1 ? { cleanStarts: cleanStarts.slice(), sourceStarts: sourceStarts.slice() } : undefined;
		return new TextView(text, sourceStarts.length > 0 ? sourceStarts[0] : end, kept, end);
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
