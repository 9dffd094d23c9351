import { ParsedCitation, ParsedDate } from '../citations/parsedCitation';
import type { Citation, Closing, DateNode, Footnote, ParagraphBase, Resolution, Section, Span, SubParagraph } from '../model/types';
import { BodyNode, type ParsedNode } from '../parser/nodes';
import { forEachBodyNode } from '../parser/walk';

/**
 * Moves, in place, every span of a model that lies after an edit: a span that starts at or after `from` moves by
 * `delta`, one that starts before it and ends at or after it (a container of the edit) grows by `delta`. The
 * header is left alone (the caller only relocates models whose header ends before the edit), and so is `skip`,
 * the paragraph the caller re-reads itself, if any.
 */
export class Relocation {
	/** The date of the citation moved last. */
	private lastDate: DateNode | undefined;

	constructor(readonly from: number, readonly delta: number) {}

	/** Where an offset that starts a range lies after the edit. */
	start(start: number): number {
		return start >= this.from ? start + this.delta : start;
	}

	/** Where the end of the range `[start, end)` lies after the edit: it moves if the range starts after the edit or contains it. */
	end(start: number, end: number): number {
		return start >= this.from || end >= this.from ? end + this.delta : end;
	}

	span(span: Span): void {
		const start = span.start;
		span.start = this.start(start);
		span.end = this.end(start, span.end);
	}

	optional(span: Span | undefined): void {
		if (span) {
			this.span(span);
		}
	}

	footnote(footnote: Footnote): void {
		this.span(footnote.span);
		this.span(footnote.labelSpan);
		this.span(footnote.text.span);
	}

	/** A citation of the parser's, whose offsets (and its date's) are fields of its own: its span is read, not kept. */
	citation(citation: Citation): void {
		this.span(positioned(citation));
		// Neighbouring citations may share their date (parser/content.ts), which must move once.
		if (citation.date && citation.date !== this.lastDate) {
			this.span(positioned(citation.date));
			this.lastDate = citation.date;
		}
	}

	section(section: Section): void {
		this.span(section.span);
		this.optional(section.title?.span);
	}

	closing(closing: Closing): void {
		this.span(closing.span);
		this.optional(closing.meeting?.span);
		if (closing.date) {
			this.span(positioned(closing.date));
		}
	}

	/**
	 * Every span of the body except those of `skip`. Footnote markers are moved through the resolution's list
	 * only (footnote texts list the same marker objects), and a problem shares its span with the unclassified
	 * block or field error it reports, so each span object moves once.
	 */
	resolution(resolution: Resolution, skip?: ParagraphBase | SubParagraph): void {
		forEachBodyNode(resolution, node => {
			if (node !== skip) {
				bodyNode(node).relocate(this);
			}
		});
		resolution.sections.forEach(section => this.section(section));
		resolution.footnotes.forEach(footnote => this.footnote(footnote));
		resolution.markers.forEach(marker => this.span(marker.span));
		resolution.citations.forEach(citation => this.citation(citation));
		if (resolution.closing) {
			this.closing(resolution.closing);
		}
		const moved = new Set<Span>();
		for (const node of [...resolution.unclassified, ...resolution.artefacts]) {
			this.span(node.span);
			moved.add(node.span);
		}
		for (const problem of resolution.problems) {
			if (!moved.has(problem.span)) {
				this.span(problem.span);
			}
		}
	}
}

/** A node of a model the parser built: only those hold their offsets in the form relocation moves. */
export function bodyNode(node: ParagraphBase | SubParagraph): ParsedNode {
	if (!(node instanceof BodyNode)) {
		throw new TypeError('Only a model read by the parser can be patched.');
	}
	return node as ParsedNode;
}

/** A citation or date of the parser's: its own `start` and `end` are the offsets to move. */
function positioned(item: Citation | DateNode): Span {
	if (!(item instanceof ParsedCitation || item instanceof ParsedDate)) {
		throw new TypeError('Only a model read by the parser can be patched.');
	}
	return item;
}
