import type { Footnote, Resolution, Span } from '../../model/types';
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

/**
 * The edits that renumber markers and footnote texts together, each in the digits it was written in. Footnote
 * texts that stand together in one block (at the end of a draft) are also put back in numerical order, so that
 * the block reads ¹, ², ³ after the renumbering; texts that stand apart (at the bottoms of printed pages) keep
 * their places.
 */
export function footnoteNumberEdits(resolution: Resolution): OffsetEdit[] {
	const moves = footnoteMoves(resolution);
	const relabel = (span: Span, number: number) => rewriteNumber(resolution.text.slice(span.start, span.end), moves.get(number)!);
	const blocks = footnoteBlocks(resolution).filter(block => !isAscending(block.map(footnote => moves.get(footnote.number)!)));
	const reordered = new Set(blocks.flat());
	const edits: OffsetEdit[] = [
		...resolution.markers.filter(marker => moves.get(marker.number) !== marker.number)
			.map(marker => ({ span: marker.span, newText: relabel(marker.span, marker.number) })),
		...resolution.footnotes.filter(footnote => !reordered.has(footnote) && moves.get(footnote.number) !== footnote.number)
			.map(footnote => ({ span: footnote.labelSpan, newText: relabel(footnote.labelSpan, footnote.number) })),
	];
	for (const block of blocks) {
		edits.push(reorderBlock(resolution.text, block, footnote => moves.get(footnote.number)!, relabel));
	}
	return edits;
}

/** Runs of footnote texts with nothing but white space between them. */
function footnoteBlocks(resolution: Resolution): Footnote[][] {
	const blocks: Footnote[][] = [];
	for (const footnote of resolution.footnotes) {
		const block = blocks[blocks.length - 1];
		const previous = block?.[block.length - 1];
		if (previous && /^\s*$/.test(resolution.text.slice(previous.span.end, footnote.span.start))) {
			block.push(footnote);
		} else {
			blocks.push([footnote]);
		}
	}
	return blocks.filter(block => block.length > 1);
}

function isAscending(numbers: readonly number[]): boolean {
	return numbers.every((number, index) => index === 0 || numbers[index - 1] < number);
}

// One edit over the whole block: the texts in their new order, each relabelled, in the places (and with the
// separators) the block had, so that line endings and blank lines stay as the drafter wrote them.
function reorderBlock(text: string, block: readonly Footnote[], newNumber: (footnote: Footnote) => number, relabel: (span: Span, number: number) => string): OffsetEdit {
	const separators = block.slice(1).map((footnote, index) => text.slice(block[index].span.end, footnote.span.start));
	const sorted = [...block].sort((a, b) => newNumber(a) - newNumber(b));
	const written = sorted.map(footnote => text.slice(footnote.span.start, footnote.labelSpan.start)
		+ relabel(footnote.labelSpan, footnote.number) + text.slice(footnote.labelSpan.end, footnote.span.end));
	const newText = written.reduce((out, item, index) => out + (index > 0 ? separators[index - 1] : '') + item, '');
	return { span: { start: block[0].span.start, end: block[block.length - 1].span.end }, newText };
}
