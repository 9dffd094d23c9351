import type { Resolution, Span, TextNode } from '../../model/types';
import type { TextView } from '../../text/textView';
import { lastIndexAtOrBefore } from '../../text/search';
import { viewOfNode, viewOfPieces } from '../../text/views';
import { undocsUrl } from '../views/citationIndex';

/** Text becomes HTML only through this function: the draft is untrusted, whoever wrote it. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, character => ENTITIES[character]);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' };

type MarkKind = 'opener' | 'citation' | 'marker' | 'artefact';

/** A stretch of the source that the preview shows differently from plain text. */
interface Mark {
	kind: MarkKind;
	span: Span;
	/** The footnote number of a marker, the undocs.org address of a citation. */
	value?: string;
	title?: string;
}

/**
 * Renders runs of the draft's text as inline HTML: the clean text (Markdown removed) with the opening phrase in
 * italics, cited documents as links to undocs.org, footnote markers as superscript links to their footnote and Word
 * field errors flagged. The marks are found in the model by source offsets and placed in the clean text through
 * the view's offset map, so that they land right even across a page break or removed Markdown.
 */
export class InlineRenderer {
	private readonly marks: Mark[];
	private readonly markStarts: number[];

	constructor(private readonly resolution: Resolution) {
		const language = resolution.language;
		this.marks = [
			...resolution.citations.map((citation): Mark => ({
				kind: 'citation',
				span: citation.span,
				...(citation.symbol ? { value: undocsUrl(citation.symbol, language), title: citation.symbol } : {}),
			})),
			...resolution.markers.map((marker): Mark => ({ kind: 'marker', span: marker.span, value: String(marker.number) })),
			...resolution.artefacts.map((artefact): Mark => ({ kind: 'artefact', span: artefact.span })),
		].sort((a, b) => a.span.start - b.span.start);
		this.markStarts = this.marks.map(mark => mark.span.start);
	}

	/**
	 * The marks inside [from, to], found by binary search in the sorted marks: filtering all of them for every
	 * paragraph made a draft with 10,000 footnotes take seconds to preview, on every keystroke.
	 */
	private marksWithin(from: number, to: number): Mark[] {
		let index = lastIndexAtOrBefore(this.markStarts, from - 1);
		if (this.markStarts[index] < from) {
			index++;
		}
		const found: Mark[] = [];
		for (; index < this.marks.length && this.marks[index].span.start <= to; index++) {
			if (this.marks[index].span.end <= to) {
				found.push(this.marks[index]);
			}
		}
		return found;
	}

	/**
	 * The HTML of `pieces`, with the paragraph's opening phrase, if given, in italics. `body` is the body of the node
	 * whose pieces they are, which spares building a view of a verbatim paragraph (text/views.ts).
	 */
	render(pieces: readonly Span[], opener?: Span, body?: TextNode): string {
		if (pieces.length === 0) {
			return '';
		}
		const view = body ? viewOfNode(this.resolution.text, { pieces, body }) : viewOfPieces(this.resolution.text, pieces);
		const from = pieces[0].start;
		const to = pieces[pieces.length - 1].end;
		const marks = [...(opener ? [{ kind: 'opener' as const, span: opener }] : []), ...this.marksWithin(from, to)]
			.filter(mark => mark.span.start >= from && mark.span.end <= to)
			.map(mark => ({ mark, start: cleanIndex(view, mark.span.start), end: cleanIndex(view, mark.span.end) }))
			.sort((a, b) => a.start - b.start || b.end - a.end);
		let html = '';
		let position = 0;
		for (const { mark, start, end } of marks) {
			// A mark that overlaps one already written (a citation inside the opening phrase) is left as plain text.
			if (start < position) {
				continue;
			}
			html += escapeHtml(view.text.slice(position, start)) + markHtml(mark, escapeHtml(view.text.slice(start, end)));
			position = Math.max(position, end);
		}
		return html + escapeHtml(view.text.slice(position));
	}
}

function markHtml(mark: Mark, inner: string): string {
	switch (mark.kind) {
		case 'opener':
			return `<em class="opener">${inner}</em>`;
		case 'citation':
			return mark.value
				? `<a class="symbol" href="${escapeHtml(mark.value)}" title="${escapeHtml(mark.title ?? '')}">${inner}</a>`
				: `<span class="citation">${inner}</span>`;
		case 'marker':
			// The marker's own characters ("¹", "[^1]") give way to a plain number, which the style sheet raises.
			return `<sup class="footnote-ref"><a href="#fn-${mark.value}">${mark.value}</a></sup>`;
		case 'artefact':
			return `<mark class="artefact">${inner}</mark>`;
	}
}

/** The first clean offset at or after a source offset; source offsets inside removed Markdown map to the next text. */
function cleanIndex(view: TextView, offset: number): number {
	let low = 0;
	let high = view.text.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (view.sourceOffset(middle) >= offset) {
			high = middle;
		} else {
			low = middle + 1;
		}
	}
	return low;
}
