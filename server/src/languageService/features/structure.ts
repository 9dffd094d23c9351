import type { ParagraphBase, Resolution, Span, SubParagraph } from '../model/types';

/** The deepest nesting of sub-paragraphs: 0 none, 1 an (a)-level list, 2 an (i)-level list under an (a) item. */
export function subParagraphDepth(resolution: Resolution): number {
	const depth = (list: readonly SubParagraph[]): number =>
		list.reduce((deepest, sub) => Math.max(deepest, 1 + depth(sub.children)), 0);
	return [...resolution.preamble, ...resolution.operative]
		.reduce((deepest, paragraph) => Math.max(deepest, depth(paragraph.subParagraphs)), 0);
}

/** The whole extent of a paragraph or sub-paragraph: its first line to the end of its last piece or descendant. */
export function extentOf(node: ParagraphBase | SubParagraph): Span {
	let end = node.span.end;
	for (const piece of node.pieces) {
		end = Math.max(end, piece.end);
	}
	for (const child of 'children' in node ? node.children : node.subParagraphs) {
		end = Math.max(end, extentOf(child).end);
	}
	return { start: node.span.start, end };
}

/** `inner` moved inside `outer`, so that a selection range always lies within its symbol's range as LSP requires. */
export function clampInside(inner: Span, outer: Span): Span {
	const start = Math.min(Math.max(inner.start, outer.start), outer.end);
	return { start, end: Math.max(start, Math.min(inner.end, outer.end)) };
}
