/**
 * The index of the last element of an ascending array that is at most `value` (0 when none is): the line that
 * holds an offset, the run of a clean view that holds a character.
 */
export function lastIndexAtOrBefore(sorted: readonly number[], value: number): number {
	let low = 0;
	let high = sorted.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (sorted[middle] <= value) {
			low = middle;
		} else {
			high = middle - 1;
		}
	}
	return Math.max(low, 0);
}

/**
 * The occurrences of one character in a text, asked for in ranges that mostly move forward: the native search skips
 * the characters between occurrences at a small fraction of the cost of a pattern or a loop over character codes,
 * and the last answer is remembered, so that a parse reads the text about once however many lines it asks about.
 * Each search reads at most a window past the range asked about, so that a caller that asks about one line of a
 * long text (incremental re-analysis) does not read the rest of the text for a character it does not hold.
 */
export class CharacterSearch {
	/** The last offset searched from; -1 before the first search. */
	private from = -1;
	/** The first occurrence at or after `from`, or -1 when there is none before `limit`. */
	private found = -1;
	private limit = -1;

	constructor(private readonly text: string, private readonly char: string) {}

	/** The offset of the first occurrence in `[start, end)`, or -1 when there is none. */
	next(start: number, end: number): number {
		const known = this.from >= 0 && start >= this.from && (this.found >= 0 ? start <= this.found : end <= this.limit);
		if (!known) {
			const limit = Math.max(end, start + SEARCH_WINDOW);
			// A window of a string is a view of it, not a copy, for any but the shortest.
			const index = this.text.slice(start, limit).indexOf(this.char);
			this.from = start;
			this.found = index < 0 ? -1 : start + index;
			this.limit = limit;
		}
		return this.found >= 0 && this.found < end ? this.found : -1;
	}

	/**
	 * Where the range that the last search began at holds the character first, or where that search stopped
	 * reading when the range holds none: from the start of the last range asked about up to this offset, the text
	 * does not hold the character.
	 */
	clearUntil(): number {
		return this.found >= 0 ? this.found : this.limit;
	}
}

const SEARCH_WINDOW = 4096;
