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

/**
 * True when `edit` only adds or removes blank lines between two lines that stay as they were. What it removed and
 * what it inserted are spaces, tabs and line breaks; the run of them around the edit keeps at least one blank line
 * (two line breaks) in both versions; and the edit lies after the run's first line break and before the end of its
 * last, so that neither the line above nor the line below gains or loses a character.
 */
export function changesBlankLinesOnly(before: string, after: string, edit: TextEdit): boolean {
	if (!isSpaceRun(before, edit.start, edit.oldEnd) || !isSpaceRun(after, edit.start, edit.newEnd)) {
		return false;
	}
	// The texts agree before the edit, so the run starts at the same offset in both.
	let runStart = edit.start;
	while (runStart > 0 && isSpaceCode(before.charCodeAt(runStart - 1))) {
		runStart--;
	}
	return keepsBlankLine(before, runStart, edit.start, edit.oldEnd) && keepsBlankLine(after, runStart, edit.start, edit.newEnd);
}

/** Whether the run of spaces and line breaks from `runStart` on holds a blank line and `[start, end)` lies between its first and last breaks. */
function keepsBlankLine(text: string, runStart: number, start: number, end: number): boolean {
	let breaks = 0;
	let firstBreak = -1;
	let lastBreakEnd = -1;
	for (let i = runStart; i < text.length && isSpaceCode(text.charCodeAt(i)); i++) {
		const code = text.charCodeAt(i);
		if (code === 10 || code === 13) {
			// A CR LF pair is one line break.
			const pair = code === 13 && text.charCodeAt(i + 1) === 10;
			breaks++;
			firstBreak = firstBreak < 0 ? i : firstBreak;
			lastBreakEnd = pair ? i + 2 : i + 1;
			i += pair ? 1 : 0;
		}
	}
	return breaks >= 2 && start > firstBreak && end <= lastBreakEnd;
}

function isSpaceRun(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		if (!isSpaceCode(text.charCodeAt(i))) {
			return false;
		}
	}
	return true;
}

/** Space, tab, LF and CR: the characters a blank line between two paragraphs is made of. */
function isSpaceCode(code: number): boolean {
	return code === 32 || code === 9 || code === 10 || code === 13;
}
