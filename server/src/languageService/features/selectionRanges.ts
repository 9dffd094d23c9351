import type { Position, TextDocument } from 'vscode-languageserver-textdocument';
import { SelectionRange, type Range } from 'vscode-languageserver-types';
import type { ParagraphBase, Resolution, Span, SubParagraph } from '../model/types';
import { footnoteBlocks, partSpan, sectionSpans } from './folding';
import { extentOf } from './structure';

// A document symbol ("A/RES/70/1", "S/RES/2334 (2016)") or a resolution number is one word; so is a run of
// letters with inner apostrophes and hyphens, and, in Chinese, a run of ideographs.
const WORD = /[A-Z]{1,8}(?:\/[A-Za-z0-9.\-]+)+(?: \(\d{4}\))?|\d+\/\d+|\p{sc=Han}+|[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;
// Clauses end at commas, semicolons and colons of every script, and at a full stop that ends a sentence (not the
// one inside "vol. 9" or "A/C.2/73/L.5").
const CLAUSE_END = /[,;:，；：、。،؛]|\.(?=\s|$)/g;

/**
 * Selection ranges for Expand Selection: word → clause → sub-paragraph(s) → paragraph → part (heading, preamble,
 * operative part, lettered part, footnote block) → whole document.
 */
export function getSelectionRanges(resolution: Resolution, document: TextDocument, positions: readonly Position[]): SelectionRange[] {
	const range = (span: Span): Range => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) });
	return positions.map(position => {
		const offset = document.offsetAt(position);
		const spans = enclosingSpans(resolution, offset);
		let parent: SelectionRange | undefined;
		for (const span of spans.reverse()) {
			parent = SelectionRange.create(range(span), parent);
		}
		return parent ?? SelectionRange.create(range({ start: offset, end: offset }));
	});
}

/** The spans around `offset`, innermost first, each strictly larger than the one before. */
function enclosingSpans(resolution: Resolution, offset: number): Span[] {
	const text = resolution.text;
	const candidates: Array<Span | undefined> = [];
	const chain = nodeChain(resolution, offset);
	const innermost = chain[chain.length - 1];
	const lineSpan = innermost ? undefined : lineAround(text, offset);
	const container = innermost ? innermost.pieces.find(piece => piece.start <= offset && offset <= piece.end) : lineSpan;
	if (container) {
		candidates.push(matchAround(text, container, offset, WORD), clauseAround(text, container, offset));
	}
	for (const node of [...chain].reverse()) {
		candidates.push(extentOf(node));
	}
	candidates.push(...partsAround(resolution, offset), { start: 0, end: text.length });
	const spans: Span[] = [];
	for (const span of candidates) {
		const last = spans[spans.length - 1];
		if (span && span.start <= offset && offset <= span.end && (!last || (span.start <= last.start && span.end >= last.end
			&& span.end - span.start > last.end - last.start))) {
			spans.push(span);
		}
	}
	return spans;
}

/** The paragraph and sub-paragraphs that contain `offset`, outermost first. */
function nodeChain(resolution: Resolution, offset: number): Array<ParagraphBase | SubParagraph> {
	const inside = (node: ParagraphBase | SubParagraph) => { const extent = extentOf(node); return extent.start <= offset && offset <= extent.end; };
	const paragraph = [...resolution.preamble, ...resolution.operative].find(inside);
	if (!paragraph) {
		return [];
	}
	const chain: Array<ParagraphBase | SubParagraph> = [paragraph];
	let list: readonly SubParagraph[] = paragraph.subParagraphs;
	for (let found = list.find(inside); found; found = list.find(inside)) {
		chain.push(found);
		list = found.children;
	}
	return chain;
}

function partsAround(resolution: Resolution, offset: number): Array<Span | undefined> {
	const { header } = resolution;
	const section = sectionSpans(resolution).find(span => span !== undefined && span.start <= offset && offset <= span.end);
	const footnotes = footnoteBlocks(resolution).find(block => block[0].span.start <= offset && offset <= block[block.length - 1].span.end);
	return [
		header.span,
		partSpan(resolution.preamble),
		section,
		partSpan(resolution.operative),
		footnotes && { start: footnotes[0].span.start, end: footnotes[footnotes.length - 1].span.end },
		resolution.closing?.span,
	];
}

function matchAround(text: string, container: Span, offset: number, pattern: RegExp): Span | undefined {
	const slice = text.slice(container.start, container.end);
	for (const match of slice.matchAll(pattern)) {
		const start = container.start + (match.index ?? 0);
		if (start <= offset && offset <= start + match[0].length) {
			return { start, end: start + match[0].length };
		}
	}
	return undefined;
}

function clauseAround(text: string, container: Span, offset: number): Span {
	const slice = text.slice(container.start, container.end);
	let start = container.start;
	for (const match of slice.matchAll(CLAUSE_END)) {
		const end = container.start + (match.index ?? 0) + 1;
		if (offset < end) {
			return trimmed(text, { start, end });
		}
		start = end;
	}
	return trimmed(text, { start, end: container.end });
}

function trimmed(text: string, span: Span): Span {
	const raw = text.slice(span.start, span.end);
	const leading = raw.length - raw.trimStart().length;
	return { start: span.start + leading, end: span.start + raw.trimEnd().length };
}

function lineAround(text: string, offset: number): Span {
	const start = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
	const breakAt = text.slice(offset).search(/[\r\n]/);
	return { start, end: breakAt < 0 ? text.length : offset + breakAt };
}
