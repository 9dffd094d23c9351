import type { Citation, Closing, Footnote, ParagraphBase, Resolution, Section, Span, SubParagraph } from '../model/types';
import { relocateView } from '../text/views';

/**
 * Moves, in place, every span of a model that lies after an edit: a span that starts at or after `from` moves by
 * `delta`, one that starts before it and ends at or after it (a container of the edit) grows by `delta`. The
 * header is left alone (the caller only relocates models whose header ends before the edit), and so is `skip`,
 * the paragraph the caller re-reads itself.
 */
export class Relocation {
	constructor(private readonly from: number, private readonly delta: number) {}

	span(span: Span): void {
		if (span.start >= this.from) {
			span.start += this.delta;
			span.end += this.delta;
		} else if (span.end >= this.from) {
			span.end += this.delta;
		}
	}

	optional(span: Span | undefined): void {
		if (span) {
			this.span(span);
		}
	}

	/** A paragraph or sub-paragraph and the clean view remembered for its pieces. */
	node(node: ParagraphBase | SubParagraph): void {
		// Read before anything moves: the body of one piece shares the piece's span object.
		const moves = node.pieces.length > 0 && node.pieces[0].start >= this.from;
		this.span(node.span);
		this.span(node.body.span);
		if ('opener' in node) {
			this.optional(node.opener?.span);
		}
		if ('numberSpan' in node) {
			this.optional((node as { numberSpan?: Span }).numberSpan);
		}
		if ('labelSpan' in node) {
			this.span(node.labelSpan);
		}
		for (const piece of node.pieces) {
			if (piece !== node.body.span) {
				this.span(piece);
			}
		}
		if (moves) {
			relocateView(node.pieces, this.delta);
		}
	}

	footnote(footnote: Footnote): void {
		this.span(footnote.span);
		this.span(footnote.labelSpan);
		this.span(footnote.text.span);
	}

	citation(citation: Citation): void {
		this.span(citation.span);
		this.optional(citation.date?.span);
	}

	section(section: Section): void {
		this.span(section.span);
		this.optional(section.title?.span);
	}

	closing(closing: Closing): void {
		this.span(closing.span);
		this.optional(closing.meeting?.span);
		this.optional(closing.date?.span);
	}

	/**
	 * Every span of the body except those of `skip`. Footnote markers are moved through the resolution's list
	 * only (footnote texts list the same marker objects), and a problem shares its span with the unclassified
	 * block or field error it reports, so each span object moves once.
	 */
	resolution(resolution: Resolution, skip: ParagraphBase | SubParagraph): void {
		const visit = (node: ParagraphBase | SubParagraph) => {
			if (node !== skip) {
				this.node(node);
			}
			const children = 'children' in node ? node.children : node.subParagraphs;
			children.forEach(visit);
		};
		resolution.preamble.forEach(visit);
		resolution.operative.forEach(visit);
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
