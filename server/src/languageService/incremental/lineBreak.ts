import type { DocumentLanguage, Resolution, Span } from '../model/types';
import { deltaOf, lineAround, type TextEdit } from './edit';
import { lineFacts, type LineFacts } from './lineSignature';
import { holdsEdit, mayPatchBelow, nodeTarget, shifted, type Target } from './target';

/**
 * A line break typed inside a line of a paragraph or sub-paragraph, with text on both sides of it (Enter in the
 * middle of a line), when the two halves read as two lines of the same unit: the node is re-read from its pieces
 * with the changed one cut in two, and everything after it moves. Undefined whenever the break could change the
 * structure; the caller then parses in full.
 *
 * The unit builder and the body reader ask each line the questions of lineSignature.ts. The first half must give
 * the answers the whole line gave, except whether it ends a paragraph (the second half now stands between it and
 * the next line); the second half must be plain text that carries on the unit; and the line after the two halves
 * must see the same ending above it, which the second half, the end of the old line, gives.
 */
export function findLineBreakTarget(previous: Resolution, text: string, edit: TextEdit, forcedLanguage: DocumentLanguage | undefined): Target | undefined {
	// One line break typed, perhaps over spaces (a break typed in place of the space between two words).
	const inserted = text.slice(edit.start, edit.newEnd);
	if ((inserted !== '\n' && inserted !== '\r\n') || hasText(previous.text, edit.start, edit.oldEnd)) {
		return undefined;
	}
	const line = lineAround(previous.text, edit.start, edit.oldEnd);
	// Text on both sides: a break at either end of a line, or next to white space alone, makes a blank line.
	if (!hasText(previous.text, line.start, edit.start) || !hasText(previous.text, edit.oldEnd, line.end)
		|| !mayPatchBelow(previous, text, line.start, forcedLanguage)
		// After a section heading without a title, the first line of the next text is the title when it does not
		// end a paragraph: the first half may then read as a title where the whole line did not.
		|| previous.sections.some(section => !section.title)) {
		return undefined;
	}
	const first: Span = { start: line.start, end: edit.start };
	const second: Span = { start: edit.newEnd, end: line.end + deltaOf(edit) };
	const language = previous.language;
	const whole = lineFacts(previous.text, line, language);
	const head = lineFacts(text, first, language);
	const tail = lineFacts(text, second, language);
	const carriesOn = tail.start.kind === 'text' && !tail.blank && !(head.endsParagraph && tail.startsParagraph);
	if (!sameStart(whole, head) || !carriesOn || tail.endsParagraph !== whole.endsParagraph) {
		return undefined;
	}
	return nodeTarget(previous, text, edit, line, holdsEdit(edit), (pieces, index) => pieces.flatMap((piece, at) => at === index
		? [{ start: piece.start, end: edit.start }, second]
		: [shifted(piece, edit)]));
}

/**
 * The line break between two lines of a paragraph or sub-paragraph deleted (Backspace at the start of a line), when
 * the joined line reads as the first of the two did: the node is re-read with the two pieces made one. The first
 * line must give the answers it gave alone, but for its ending, which is now the second line's; and the line after
 * them must see the ending the second line gave it.
 */
export function findLineJoinTarget(previous: Resolution, text: string, edit: TextEdit, forcedLanguage: DocumentLanguage | undefined): Target | undefined {
	// One line break deleted, perhaps replaced by spaces (the space between two words typed in its place).
	const removed = previous.text.slice(edit.start, edit.oldEnd);
	if ((removed !== '\n' && removed !== '\r\n') || hasText(text, edit.start, edit.newEnd)) {
		return undefined;
	}
	const above = lineAround(previous.text, edit.start, edit.start);
	const below = lineAround(previous.text, edit.oldEnd, edit.oldEnd);
	if (!hasText(previous.text, above.start, above.end) || !hasText(previous.text, below.start, below.end)
		|| !mayPatchBelow(previous, text, above.start, forcedLanguage) || previous.sections.some(section => !section.title)) {
		return undefined;
	}
	const language = previous.language;
	const first = lineFacts(previous.text, above, language);
	const second = lineFacts(previous.text, below, language);
	const joined = lineFacts(text, { start: above.start, end: below.end + deltaOf(edit) }, language);
	if (!sameStart(first, joined) || joined.endsParagraph !== second.endsParagraph) {
		return undefined;
	}
	// The two lines must be consecutive pieces of one node: the second then carried on the first's unit.
	const lines = { start: above.start, end: below.end };
	const joins = (pieces: readonly Span[]) => pieces.findIndex((piece, index) => piece.end === edit.start && pieces[index + 1]?.start === edit.oldEnd);
	return nodeTarget(previous, text, edit, lines, joins, (pieces, index) => pieces.flatMap((piece, at) => at === index
		? [{ start: piece.start, end: pieces[index + 1].end + deltaOf(edit) }]
		: at === index + 1 ? [] : [shifted(piece, edit)]));
}

/** Whether two lines answer alike every question but whether they end a paragraph. */
function sameStart(a: LineFacts, b: LineFacts): boolean {
	return JSON.stringify({ ...a, endsParagraph: undefined }) === JSON.stringify({ ...b, endsParagraph: undefined });
}

/** Whether `[start, end)` holds anything but spaces and tabs (a line break included). */
function hasText(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code !== 32 && code !== 9) {
			return true;
		}
	}
	return false;
}
