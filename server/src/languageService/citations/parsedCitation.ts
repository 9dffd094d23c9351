import type { Citation, CitationKind, DateNode, Organ, Span } from '../model/types';

// Citations and their dates as the finder builds them. As with paragraphs (parser/nodes.ts), the offsets are held
// as numbers and the span is built when read: a 5 MB draft keeps about 24,000 citations, most of them dated, and a
// span object is 40 bytes where two numbers in the object that owns them are 16. Assigning a span copies its
// offsets, so the finder maps spans to the source as before.

/** Something with a place in the source held as two numbers: its span is built when read and copied when assigned. */
abstract class Placed {
	constructor(public start: number, public end: number) {}

	get span(): Span {
		return { start: this.start, end: this.end };
	}

	set span(span: Span) {
		this.start = span.start;
		this.end = span.end;
	}
}

/** A date found in running text. */
export class ParsedDate extends Placed implements DateNode {
	constructor(readonly text: string, start: number, end: number, readonly iso: string) {
		super(start, end);
	}

	/** The plain model of types.ts, field for field in its order. */
	toJSON(): object {
		return { text: this.text, span: this.span, iso: this.iso };
	}
}

/** A cited symbol or resolution number. */
export class ParsedCitation extends Placed implements Citation {
	constructor(
		readonly kind: CitationKind,
		start: number,
		end: number,
		readonly text: string,
		readonly number: string | undefined,
		readonly organ: Organ | undefined,
		readonly symbol: string | undefined,
		readonly date: ParsedDate | undefined,
	) {
		super(start, end);
	}

	/** The plain model of types.ts, field for field in its order; fields without a value are left out. */
	toJSON(): object {
		const { kind, span, text, number, organ, symbol, date } = this;
		return { kind, span, text, number, organ, symbol, date };
	}
}
