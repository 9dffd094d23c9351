import type { TextEdit } from 'vscode-languageserver-types';
import type { Resolution, Span } from '../model/types';
import { forEachBodyNode } from '../parser/walk';
import { LineIndex, splitLines } from '../text/lines';
import { footnoteBlocks } from './folding';
import { toTextEdits, type OffsetEdit } from './sourceEdits';

/**
 * Document formatting that only ever changes white space: one space after paragraph numbers, sub-paragraph
 * labels and footnote numbers; exactly one blank line between the paragraphs, headings, footnote blocks and
 * closing of the body; at most one blank line anywhere else; no blank lines at the top and one line break at
 * the end. Lines that belong together (a footnote block, the closing formula, the heading) keep their layout,
 * and the text is never re-wrapped, so a formatted draft still diffs line by line against the original.
 */
export function formatResolution(resolution: Resolution): TextEdit[] {
	return toTextEdits(resolution.text, [...spacingEdits(resolution), ...blankLineEdits(resolution)]);
}

const SINGLE_SPACE = /^[ \u00a0\u3000]$/;
const INLINE_SPACE = /^[ \t\u00a0\u3000]*$/;

/** One space between a number or label and the text it introduces, when only spaces (or nothing) stand there. */
function spacingEdits(resolution: Resolution): OffsetEdit[] {
	const text = resolution.text;
	const edits: OffsetEdit[] = [];
	// Only a run of inline spaces, or nothing at all, is replaced: anything else there (Markdown emphasis, a line
	// break) is left as the drafter wrote it.
	const oneSpace = (from: number, to: number) => {
		const gap = text.slice(from, to);
		if (to >= from && INLINE_SPACE.test(gap) && !SINGLE_SPACE.test(gap)) {
			edits.push({ span: { start: from, end: to }, newText: ' ' });
		}
	};
	for (const paragraph of resolution.operative) {
		const body = paragraph.pieces[0]?.start;
		if (paragraph.numberSpan && body !== undefined && body > paragraph.numberSpan.end) {
			const gap = text.slice(paragraph.numberSpan.end, body);
			const dash = /^([ \u00a0]+)([-–‐‑])/.exec(gap);
			if (dash) {
				oneSpace(paragraph.numberSpan.end, paragraph.numberSpan.end + dash[1].length);
				oneSpace(paragraph.numberSpan.end + dash[0].length, body);
			} else if (gap.startsWith('.')) {
				oneSpace(paragraph.numberSpan.end + 1, body);
			}
		}
	}
	forEachBodyNode(resolution, node => {
		if ('labelSpan' in node && node.pieces[0]) {
			oneSpace(node.labelSpan.end, Math.max(node.labelSpan.end, node.pieces[0].start));
		}
	});
	for (const footnote of resolution.footnotes) {
		oneSpace(footnote.labelSpan.end, Math.max(footnote.labelSpan.end, footnote.text.span.start));
	}
	return edits;
}

/** Normalises the blank lines between non-blank lines, and at the start and end of the text. */
function blankLineEdits(resolution: Resolution): OffsetEdit[] {
	const text = resolution.text;
	const lines = splitLines(text).filter(line => !line.blank);
	if (lines.length === 0) {
		return [];
	}
	const blocks = blockKeys(resolution);
	const organLine = resolution.header.organLine;
	const bodyStart = organLine ? organLine.span.start : 0;
	const edits: OffsetEdit[] = [];
	const documentEol = /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
	const replaceGap = (span: Span, lineBreaks: number) => {
		const eol = /\r\n|\n|\r/.exec(text.slice(span.start, span.end))?.[0] ?? documentEol;
		edits.push({ span, newText: eol.repeat(lineBreaks) });
	};
	const textStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	replaceGap({ start: textStart, end: lines[0].span.start }, 0);
	lines.slice(1).forEach((line, index) => {
		const above = lines[index];
		const gap = { start: above.span.end, end: line.span.start };
		const blankLines = splitLines(text.slice(gap.start, gap.end)).length - 2;
		const [first, second] = [blocks.get(above.index), blocks.get(line.index)];
		const separate = above.span.start >= bodyStart && first !== undefined && second !== undefined && first !== second;
		replaceGap(gap, (separate ? 1 : Math.min(blankLines, 1)) + 1);
	});
	replaceGap({ start: lines[lines.length - 1].span.end, end: text.length }, 1);
	return edits;
}

/**
 * Which element each line belongs to: the organ line, a paragraph or sub-paragraph (all its pieces), a section
 * heading, a block of footnote texts, the closing formula. Lines of different elements are kept apart by one
 * blank line; lines of one element keep their layout.
 */
function blockKeys(resolution: Resolution): Map<number, string> {
	const lines = splitLines(resolution.text);
	const index = new LineIndex(lines);
	const keys = new Map<number, string>();
	const mark = (span: Span, key: string) => {
		for (let line = index.lineAt(span.start); line <= index.lineAt(span.end); line++) {
			keys.set(line, key);
		}
	};
	if (resolution.header.organLine) {
		mark(resolution.header.organLine.span, 'organ');
	}
	let node = 0;
	forEachBodyNode(resolution, paragraph => {
		const key = `node ${node++}`;
		mark({ start: paragraph.span.start, end: paragraph.span.start }, key);
		paragraph.pieces.forEach(piece => mark(piece, key));
	});
	resolution.sections.forEach((section, position) => mark(section.span, `section ${position}`));
	footnoteBlocks(resolution).forEach((block, position) => block.forEach(footnote => mark(footnote.span, `footnotes ${position}`)));
	if (resolution.closing) {
		mark(resolution.closing.span, 'closing');
	}
	return keys;
}
