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
	const reader = new LineReader(text);
	for (let line = reader.next(); line !== undefined; line = reader.next()) {
		lines.push(line);
	}
	return lines;
}

/**
 * Reads the lines of a source one at a time, as splitLines splits them. The parser reads a long draft's body this
 * way, so that each line object dies soon after its paragraph is read: a list of all the lines of a 5 MB draft is
 * about 57,000 objects and 5.6 MB that outlived the young generation, which the collector copied for nothing.
 */
export class LineReader {
	private index = 0;
	/** Where the next line starts, or -1 after the last line. */
	private start: number;
	private nextLF: number;
	private nextCR: number;

	constructor(private readonly text: string) {
		this.start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
		// The native searches for the two terminators skip a line's characters far faster than a loop over them.
		this.nextLF = text.indexOf('\n', this.start);
		this.nextCR = text.indexOf('\r', this.start);
	}

	/** The next line, or undefined after the last one (a text always has at least one line, maybe empty). */
	next(): SourceLine | undefined {
		const { text, start, nextLF, nextCR } = this;
		if (start < 0) {
			return undefined;
		}
		const end = nextLF < 0 ? (nextCR < 0 ? text.length : nextCR) : (nextCR < 0 || nextLF < nextCR ? nextLF : nextCR);
		const line = { index: this.index++, span: { start, end }, blank: isBlank(text, start, end) };
		if (end >= text.length) {
			this.start = -1;
			return line;
		}
		const after = end === nextCR && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
		this.start = after;
		if (nextLF >= 0 && nextLF < after) {
			this.nextLF = text.indexOf('\n', after);
		}
		if (nextCR >= 0 && nextCR < after) {
			this.nextCR = text.indexOf('\r', after);
		}
		return line;
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
