import type { Span } from '../../model/types';

/**
 * Where some characters stand in the source, found in one pass, so that a rule can tell at once which paragraphs
 * hold one and leave the others unread. The clean view of a paragraph only ever drops characters of its source
 * (Markdown, footnote references), so a paragraph whose source lacks them lacks them in its clean view too.
 */
export class SourceCharacters {
	private readonly offsets: number[] = [];

	constructor(text: string, characters: readonly string[]) {
		for (const character of characters) {
			for (let at = text.indexOf(character); at >= 0; at = text.indexOf(character, at + 1)) {
				this.offsets.push(at);
			}
		}
		if (characters.length > 1) {
			this.offsets.sort((a, b) => a - b);
		}
	}

	get isEmpty(): boolean {
		return this.offsets.length === 0;
	}

	/** Whether one of the characters stands in one of `pieces`. */
	inPieces(pieces: readonly Span[]): boolean {
		for (const piece of pieces) {
			if (this.inSpan(piece.start, piece.end)) {
				return true;
			}
		}
		return false;
	}

	/** Whether one of the characters stands in `[start, end)`. */
	inSpan(start: number, end: number): boolean {
		const offsets = this.offsets;
		let low = 0;
		let high = offsets.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (offsets[middle] < start) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low < offsets.length && offsets[low] < end;
	}
}
