import type { Span } from '../../model/types';

/**
 * Whether some characters stand in a stretch of the source, so that a rule can leave unread the paragraphs that
 * lack them. The clean view of a paragraph only ever drops characters of its source (Markdown, footnote
 * references), so a paragraph whose source lacks them lacks them in its clean view too.
 *
 * The source is searched lazily, from the stretches asked about: rules ask in order of position, so each search
 * resumes where the last one stopped and the whole text is read at most about once, and a check of one paragraph
 * (after a keystroke) reads little more than that paragraph.
 */
export class SourceCharacters {
	private readonly cursors: Array<{ character: string; from: number; next: number }>;

	constructor(private readonly text: string, characters: readonly string[]) {
		// `next` is the first offset at or after `from` where the character stands, or the text's length.
		this.cursors = characters.map(character => ({ character, from: -1, next: -1 }));
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
		for (const cursor of this.cursors) {
			// Between `from` and `next` the character does not stand, so `next` answers any start in that range.
			if (start < cursor.from || start > cursor.next) {
				const found = this.text.indexOf(cursor.character, start);
				cursor.from = start;
				cursor.next = found < 0 ? this.text.length : found;
			}
			if (cursor.next < end) {
				return true;
			}
		}
		return false;
	}
}
