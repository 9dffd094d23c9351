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
 * The occurrences of one character in a text, asked for at offsets that mostly grow: the native search skips the
 * characters between occurrences at a small fraction of the cost of a pattern or a loop over character codes, and
 * the last answer is remembered, so that a text is searched about once however many times it is asked about.
 */
export class CharacterSearch {
	/** The last offset searched from, and the first occurrence at or after it (-1 for none). */
	private from: number;
	private found = -1;

	constructor(private readonly text: string, private readonly char: string) {
		// Past any offset asked about, so that the first question searches.
		this.from = text.length + 1;
	}

	/** The offset of the first occurrence at or after `index`, or -1 when there is none. */
	at(index: number): number {
		if (index < this.from || (this.found >= 0 && index > this.found)) {
			this.from = index;
			this.found = this.text.indexOf(this.char, index);
		}
		return this.found;
	}

	/** True when the character occurs in `[start, end)`. */
	within(start: number, end: number): boolean {
		const found = this.at(start);
		return found >= 0 && found < end;
	}
}
