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
