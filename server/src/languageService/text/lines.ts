import type { Span } from '../model/types';
import { lastIndexAtOrBefore } from './search';

/** One physical line of the source, without its terminator. */
export interface SourceLine {
	/** Zero-based line number, as an editor counts lines. */
	index: number;
	span: Span;
	/** True when the line holds nothing but white space (including no-break and ideographic spaces). */
	blank: boolean;
}

/**
 * Splits the source into lines, accepting LF, CRLF and lone CR, and steps over a leading byte-order mark so
 * that it never becomes part of the first line's text. Offsets stay offsets into the untouched source.
 */
export function splitLines(text: string): SourceLine[] {
	const lines: SourceLine[] = [];
	let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	// The native searches for the two terminators skip a line's characters far faster than a loop over them.
	let nextLF = text.indexOf('\n', start);
	let nextCR = text.indexOf('\r', start);
	for (let index = 0; ; index++) {
		const end = nextLF < 0 ? (nextCR < 0 ? text.length : nextCR) : (nextCR < 0 || nextLF < nextCR ? nextLF : nextCR);
		lines.push({ index, span: { start, end }, blank: isBlank(text, start, end) });
		if (end >= text.length) {
			return lines;
		}
		start = end === nextCR && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
		if (nextLF >= 0 && nextLF < start) {
			nextLF = text.indexOf('\n', start);
		}
		if (nextCR >= 0 && nextCR < start) {
			nextCR = text.indexOf('\r', start);
		}
	}
}

function isBlank(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		// Spaces, tabs, no-break and ideographic spaces, zero-width space and a stray byte-order mark.
		if (code !== 32 && code !== 9 && code !== 0xa0 && code !== 0x3000 && code !== 0x200b && code !== 0xfeff && code !== 0x0b && code !== 0x0c) {
			return false;
		}
	}
	return true;
}

/** Finds the zero-based line that contains `offset` by binary search over line starts. */
export class LineIndex {
	private readonly starts: number[];

	constructor(lines: readonly SourceLine[]) {
		this.starts = lines.map(line => line.span.start);
		if (this.starts.length === 0) {
			this.starts.push(0);
		}
	}

	lineAt(offset: number): number {
		return lastIndexAtOrBefore(this.starts, offset);
	}
}
