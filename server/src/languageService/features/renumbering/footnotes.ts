import type { Resolution } from '../../model/types';
import type { OffsetEdit } from '../sourceEdits';
import { rewriteNumber } from './digits';

/**
 * Old footnote number → new number, in order of first appearance of the markers in the text (Editorial Manual,
 * R45): the first number cited becomes 1, the next new one 2, and so on. A repeated marker (the older practice of
 * citing one footnote twice) keeps pointing at the same footnote. Texts that no marker cites follow, in the order
 * they stand.
 */
export function footnoteMoves(resolution: Resolution): Map<number, number> {
	const moves = new Map<number, number>();
	const assign = (number: number) => {
		if (!moves.has(number)) {
			moves.set(number, moves.size + 1);
		}
	};
	resolution.markers.forEach(marker => assign(marker.number));
	resolution.footnotes.forEach(footnote => assign(footnote.number));
	return moves;
}

/** The edits that renumber markers and footnote texts together, each in the digits it was written in. */
export function footnoteNumberEdits(resolution: Resolution): OffsetEdit[] {
	const moves = footnoteMoves(resolution);
	const spans = [
		...resolution.markers.map(marker => ({ number: marker.number, span: marker.span })),
		...resolution.footnotes.map(footnote => ({ number: footnote.number, span: footnote.labelSpan })),
	];
	return spans
		.filter(({ number }) => moves.get(number) !== number)
		.map(({ number, span }) => ({ span, newText: rewriteNumber(resolution.text.slice(span.start, span.end), moves.get(number)!) }));
}
