import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver-types';
import type { Footnote, ParagraphBase, Resolution, Span, SubParagraph } from '../model/types';
import { extentOf } from './structure';

/**
 * Folding ranges: the heading, the preamble, the operative part and each lettered part or section, every
 * paragraph or sub-paragraph that runs over several lines (so a paragraph folds with its sub-paragraphs), and
 * each block of footnote texts, which fold as comments so that "Fold All Block Comments" hides them.
 */
export function getFoldingRanges(resolution: Resolution, document: TextDocument): FoldingRange[] {
	const lineOf = (offset: number) => document.positionAt(offset).line;
	const ranges: FoldingRange[] = [];
	const add = (span: Span | undefined, kind?: FoldingRangeKind) => {
		if (!span) {
			return;
		}
		const start = lineOf(span.start);
		const end = lineOf(Math.max(span.start, span.end));
		if (end > start && !ranges.some(range => range.startLine === start && range.endLine === end)) {
			ranges.push(FoldingRange.create(start, end, undefined, undefined, kind));
		}
	};

	const { header } = resolution;
	if (header.span && header.organLine) {
		add({ start: header.span.start, end: lastHeadingLineEnd(resolution) }, FoldingRangeKind.Imports);
	}
	add(partSpan(resolution.preamble));
	add(partSpan(resolution.operative));
	sectionSpans(resolution).forEach(span => add(span));
	const addNode = (node: ParagraphBase | SubParagraph) => {
		add(extentOf(node));
		('children' in node ? node.children : node.subParagraphs).forEach(addNode);
	};
	[...resolution.preamble, ...resolution.operative].forEach(addNode);
	for (const block of footnoteBlocks(resolution)) {
		add({ start: block[0].span.start, end: block[block.length - 1].span.end }, FoldingRangeKind.Comment);
		block.forEach(footnote => add(footnote.span, FoldingRangeKind.Comment));
	}
	add(resolution.closing?.span);
	return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/** From the first paragraph of a part to the end of its last paragraph with all its sub-paragraphs. */
export function partSpan(paragraphs: readonly ParagraphBase[]): Span | undefined {
	if (paragraphs.length === 0) {
		return undefined;
	}
	return { start: paragraphs[0].span.start, end: Math.max(...paragraphs.map(paragraph => extentOf(paragraph).end)) };
}

/** Each lettered part or section from its heading to the end of its last paragraph; undefined when it has none. */
export function sectionSpans(resolution: Resolution): Array<Span | undefined> {
	return resolution.sections.map((section, index) => {
		const part = partSpan(resolution.operative.filter(paragraph => paragraph.section === index));
		return part && { start: section.span.start, end: part.end };
	});
}

// The heading folds up to the line before the organ line, so that "The General Assembly," stays visible.
function lastHeadingLineEnd(resolution: Resolution): number {
	const organStart = resolution.header.organLine!.span.start;
	const before = resolution.text.slice(0, organStart).replace(/[\s\u00a0\u3000]+$/, '');
	return before.length;
}

/** Footnote texts that follow one another with nothing but blank lines between them. */
export function footnoteBlocks(resolution: Resolution): Footnote[][] {
	const blocks: Footnote[][] = [];
	const sorted = [...resolution.footnotes].sort((a, b) => a.span.start - b.span.start);
	for (const footnote of sorted) {
		const block = blocks[blocks.length - 1];
		const previous = block?.[block.length - 1];
		if (previous && resolution.text.slice(previous.span.end, footnote.span.start).trim() === '') {
			block.push(footnote);
		} else {
			blocks.push([footnote]);
		}
	}
	return blocks;
}
