/**
 * The one contiguous change between two versions of a text: `[start, oldEnd)` of the old text became
 * `[start, newEnd)` of the new one. Found by comparing the texts from both ends, which costs one pass over
 * the text and needs nothing from the editor, so the stdio server, the browser worker and tests share it.
 */
export interface TextEdit {
	start: number;
	oldEnd: number;
	newEnd: number;
}

/** How far text after the edit moved. */
export function deltaOf(edit: TextEdit): number {
	return edit.newEnd - edit.oldEnd;
}

/** The smallest single edit that turns `before` into `after` (an empty edit when they are equal). */
export function findEdit(before: string, after: string): TextEdit {
	const shorter = Math.min(before.length, after.length);
	// Whole chunks first, from large to single characters: comparing two slices is one native comparison, where
	// a loop of charCodeAt calls would cost a call per character of a megabyte draft.
	let start = 0;
	for (const size of CHUNKS) {
		while (start + size <= shorter && before.slice(start, start + size) === after.slice(start, start + size)) {
			start += size;
		}
	}
	let oldEnd = before.length;
	let newEnd = after.length;
	for (const size of CHUNKS) {
		while (oldEnd - size >= start && newEnd - size >= start && before.slice(oldEnd - size, oldEnd) === after.slice(newEnd - size, newEnd)) {
			oldEnd -= size;
			newEnd -= size;
		}
	}
	return { start, oldEnd, newEnd };
}

const CHUNKS = [16384, 512, 16, 1];

/** True when a range of text holds a line break of any kind the line splitter knows (LF, CR). */
export function hasLineBreak(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code === 10 || code === 13) {
			return true;
		}
	}
	return false;
}

/** The line `[start, end)` around `[from, to)`, without its terminator. */
export function lineAround(text: string, from: number, to: number): { start: number; end: number } {
	let start = from;
	while (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) {
		start--;
	}
	let end = to;
	while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) {
		end++;
	}
	return { start, end };
}
