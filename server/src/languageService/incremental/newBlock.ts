import type { DocumentLanguage, Footnote, ParagraphBase, ParseProblem, Resolution, Span, SubParagraph, UnclassifiedBlock } from '../model/types';
import { citationsOfNode } from '../parser/content';
import { ParseContext } from '../parser/context';
import { readBody, type ReadingPhase } from '../parser/body';
import { OperativeNode, ParagraphNode } from '../parser/nodes';
import { artefactProblem, findArtefacts, findMarkers, linkFootnotes } from '../parser/parse';
import { classifyLine } from '../parser/lineKinds';
import { endsParagraph } from '../parser/units';
import { skipWhiteSpace, skipWhiteSpaceBack } from '../text/whitespace';
import { matchOrganLine } from '../vocabulary/organs';
import { deltaOf, hasLineBreak, lineAround, type TextEdit } from './edit';
import { lineFacts, type LineFacts } from './lineSignature';
import { Relocation } from './relocate';
import { lastStartingBefore, mayPatchBelow } from './target';

/**
 * An edit inside a line that is a block of its own, with a blank line above and below it: the first characters of
 * a new paragraph typed on a blank line between two paragraphs, the number of a new operative paragraph as it is
 * typed ("5", "5.", "5. W"), or the last characters of such a paragraph deleted. The line is read again as the body
 * reader reads a block in the part it stands in, and what it was is replaced by what it is now: nothing, a
 * paragraph, an operative paragraph or an unclassified block. Everything after it moves.
 *
 * The reader carries a little state from block to block, so the edit is refused (and the caller parses in full)
 * whenever that state could read the block, or the block after it, otherwise: when the block could continue the
 * paragraph before it across a page break, when the block after it (past any footnote texts) could continue this
 * one or is a sub-paragraph or a heading, when a meeting line right after it could pair with a date above it, when
 * the edit opens or closes the operative part, after a meeting line, and right after a section heading (whose title
 * the block could be).
 */
export function patchBlock(previous: Resolution, text: string, edit: TextEdit, forcedLanguage: DocumentLanguage | undefined): { resolution: Resolution; node?: ParagraphNode } | undefined {
	if (hasLineBreak(previous.text, edit.start, edit.oldEnd) || hasLineBreak(text, edit.start, edit.newEnd)) {
		return undefined;
	}
	const line = lineAround(previous.text, edit.start, edit.oldEnd);
	const newLine = { start: line.start, end: line.end + deltaOf(edit) };
	if (!mayPatchBelow(previous, text, line.start, forcedLanguage) || !standsAlone(previous.text, line)) {
		return undefined;
	}
	const language = previous.language;
	// After a section heading without a title, the first plain block is read as its title: a block there is left to
	// the parser.
	const above = lineAbove(previous.text, line, language);
	if (above?.start.kind === 'section') {
		return undefined;
	}
	const before = lineFacts(previous.text, line, language);
	const after = lineFacts(text, newLine, language);
	const old = before.blank ? {} : oldBlock(previous, line);
	if ((before.blank && after.blank) || !old || !readsAlone(before) || !readsAlone(after)) {
		return undefined;
	}
	// A numbered paragraph added or taken away changes how the plain paragraphs after it are read, unless the
	// operative part is open already and no organ line of a lettered part has opened a preamble since.
	const part = partAt(previous, line);
	if (!part || (part !== 'operative' && (after.start.kind === 'operative' || old.node instanceof OperativeNode))) {
		return undefined;
	}
	const read = after.blank ? {} : readBlock(text, newLine, language, part === 'operative' ? 'operative' : 'preamble');
	if (!read || continuesAbove(previous, line, after) || !nextReadsAlike(previous, line, above, language)) {
		return undefined;
	}
	if (read.node) {
		// The fresh reader saw no section heading; the paragraph belongs to the section it stands in.
		const section = previous.sections.filter(heading => heading.span.start < line.start).length - 1;
		read.node.section = section >= 0 ? section : undefined;
	}
	return { resolution: replaced(previous, text, edit, line, newLine, old, read), node: read.node };
}

/** What the last line with text above `line` answers (lineSignature.ts), if there is one. */
function lineAbove(text: string, line: Span, language: DocumentLanguage): LineFacts | undefined {
	const end = skipWhiteSpaceBack(text, line.start);
	return end > 0 ? lineFacts(text, lineAround(text, end - 1, end - 1), language) : undefined;
}

/** What stands for a one-line block in a model: a paragraph, an unclassified block, or nothing for a blank line. */
interface Block {
	node?: ParagraphNode;
	unclassified?: UnclassifiedBlock;
	/** The problem that reports the unclassified block, for a block read anew. */
	problem?: ParseProblem;
}

/**
 * The part the body reader is in when it reaches `line`, as the lines since the last numbered paragraph before it
 * tell: 'operative' after one, unless an organ line ("The General Assembly,") of a lettered part of a composite
 * resolution or a section heading has opened a preamble since ('part-preamble'); 'preamble' before any; undefined
 * after a meeting line,
 * which closes the resolution until the next numbered paragraph.
 */
function partAt(previous: Resolution, line: Span): 'preamble' | 'part-preamble' | 'operative' | undefined {
	let last: ParagraphBase | undefined;
	for (const paragraph of previous.operative) {
		if (paragraph.span.end <= line.start) {
			last = paragraph;
		}
	}
	const context = new ParseContext(previous.text, [], previous.language);
	let preambleOpened = false;
	for (let start = last ? last.span.end : previous.header.span?.end ?? 0; start < line.start;) {
		const found = lineAround(previous.text, start, start);
		const text = context.clean(found).text.trim();
		const kind = classifyLine(text).kind;
		if (kind === 'meeting') {
			return undefined;
		}
		// An organ line and a section heading both open a preamble, until the next numbered paragraph.
		preambleOpened = preambleOpened || kind === 'section' || matchOrganLine(text) !== undefined;
		start = found.end + 1;
	}
	return !last ? 'preamble' : preambleOpened ? 'part-preamble' : 'operative';
}

/** Whether the lines above and below `line` are blank (or the text ends): the line is then a block of its own. */
function standsAlone(text: string, line: Span): boolean {
	const above = line.start > 0 ? lineAround(text, line.start - 1 - (text[line.start - 2] === '\r' && text[line.start - 1] === '\n' ? 1 : 0), line.start - 1) : undefined;
	const belowStart = line.end + (text[line.end] === '\r' && text[line.end + 1] === '\n' ? 2 : 1);
	const below = line.end < text.length ? lineAround(text, belowStart, belowStart) : undefined;
	return above !== undefined && isBlank(text, above) && (below === undefined || isBlank(text, below));
}

function isBlank(text: string, span: Span): boolean {
	return skipWhiteSpace(text, span.start, span.end) === span.end;
}

/** A line the body reader reads as a plain or numbered paragraph of its own (or a blank one), and not as a heading, date or organ line. */
function readsAlone(facts: LineFacts): boolean {
	return facts.blank === true
		|| ((facts.start.kind === 'text' || facts.start.kind === 'operative') && !facts.date && !facts.organLine && !facts.trimmedOrganLine);
}

/** The paragraph or unclassified block the old line was read as, when it was one line and nothing else. */
function oldBlock(previous: Resolution, line: Span): Block | undefined {
	const within = (span: Span) => span.start >= line.start && span.end <= line.end;
	const node = [...previous.preamble, ...previous.operative].find(paragraph => within(paragraph.span));
	if (node) {
		const alone = node instanceof ParagraphNode && node.subParagraphs.length === 0 && node.pieces.every(within);
		return alone ? { node } : undefined;
	}
	const unclassified = previous.unclassified.find(block => within(block.span));
	return unclassified ? { unclassified } : undefined;
}

/** The block read by the body reader in the part it stands in, from a fresh reader with nothing before it. */
function readBlock(text: string, line: Span, language: DocumentLanguage, phase: ReadingPhase): Block | undefined {
	const context = new ParseContext(text, [{ index: 0, span: line, blank: false }], language);
	const body = readBody(context, 0, { next: () => undefined }, phase);
	const nodes = [...body.preamble, ...body.operative];
	const unclassified = context.unclassifiedBlocks;
	// The reader moves a lone plain paragraph to the operative part when a resolution has no numbered one: not so here.
	const moved = phase === 'preamble' && body.operative.length > 0 && body.operative[0].number === undefined;
	if (moved || nodes.length + unclassified.length !== 1 || body.footnotes.length > 0) {
		return undefined;
	}
	if (nodes.length === 1) {
		return nodes[0] instanceof ParagraphNode ? { node: nodes[0] } : undefined;
	}
	return { unclassified: unclassified[0], problem: context.problems[0] };
}

/**
 * Whether the body reader could read the new block as the rest of the paragraph before it, cut by a page break:
 * a plain block that does not open like a paragraph, after one whose text does not end like one.
 */
function continuesAbove(previous: Resolution, line: Span, after: LineFacts): boolean {
	if (after.blank || after.start.kind !== 'text' || after.trimmedStartsParagraph) {
		return false;
	}
	const last = lastNodeBefore(previous, line.start);
	return last !== undefined && !endsParagraph(last.body.text);
}

/**
 * The paragraph or sub-paragraph that starts last before `offset`, the last the body reader made before it: in the
 * last paragraph that starts there, its last sub-paragraph that does, and so down.
 */
function lastNodeBefore(previous: Resolution, offset: number): ParagraphBase | SubParagraph | undefined {
	let last: ParagraphBase | SubParagraph | undefined = lastStartingBefore(previous, offset - 1);
	for (let children = last?.subParagraphs; children;) {
		const child = lastBefore(children, offset);
		if (!child) {
			break;
		}
		last = child;
		children = child.children;
	}
	return last;
}

/** The last of `nodes` (in order of position) that starts before `offset`. */
function lastBefore(nodes: readonly SubParagraph[], offset: number): SubParagraph | undefined {
	for (let i = nodes.length - 1; i >= 0; i--) {
		if (nodes[i].span.start < offset) {
			return nodes[i];
		}
	}
	return undefined;
}

/**
 * Whether the block after the line reads the same whatever the line holds. Footnote texts after it are read as
 * footnotes whatever stands before them, so the question goes to the first block after them: a numbered paragraph,
 * a plain one that opens like a paragraph (so that it continues none), the meeting line of the closing formula, or
 * nothing. A sub-paragraph would belong to the paragraph before it. A meeting line right after the line pairs with
 * the line before it when that is a date and no date follows it; the line must then not come between them. `above`
 * is what the last line with text above the line answers.
 */
function nextReadsAlike(previous: Resolution, line: Span, above: LineFacts | undefined, language: DocumentLanguage): boolean {
	const text = previous.text;
	let start = skipWhiteSpace(text, line.end);
	let afterFootnotes = false;
	for (let footnote = footnoteAt(previous, start); footnote; footnote = footnoteAt(previous, start)) {
		start = skipWhiteSpace(text, footnote.span.end);
		afterFootnotes = true;
	}
	if (start >= text.length) {
		return true;
	}
	const next = lineFacts(text, lineAround(text, start, start), language);
	if (next.start.kind === 'meeting') {
		return afterFootnotes || above?.date !== true;
	}
	return next.start.kind === 'operative' || (next.start.kind === 'text' && next.trimmedStartsParagraph && !next.date);
}

/** The footnote text whose first line holds `offset`, if one does. */
function footnoteAt(previous: Resolution, offset: number): Footnote | undefined {
	return previous.footnotes.find(footnote => footnote.span.start <= offset && offset < footnote.span.end);
}

/** The model with the old block replaced by the new one, everything after the edit moved. */
function replaced(previous: Resolution, text: string, edit: TextEdit, line: Span, newLine: Span, old: Block, read: Block): Resolution {
	const onLine = (span: Span) => span.start >= line.start && span.start < line.end;
	const resolution: Resolution = {
		...previous,
		text,
		preamble: previous.preamble.filter(paragraph => paragraph !== old.node),
		operative: previous.operative.filter(paragraph => paragraph !== old.node),
		citations: previous.citations.filter(citation => !onLine(citation.span)),
		markers: previous.markers.filter(marker => !onLine(marker.span)),
		artefacts: previous.artefacts.filter(artefact => !onLine(artefact.span)),
		unclassified: previous.unclassified.filter(block => block !== old.unclassified),
		problems: previous.problems.filter(problem => problem.code !== 'parse.artefact' && problem.span !== old.unclassified?.span),
	};
	new Relocation(edit.oldEnd, deltaOf(edit)).resolution(resolution);
	const { node, unclassified, problem } = read;
	if (node) {
		const part = node instanceof OperativeNode ? resolution.operative : resolution.preamble;
		part.splice(indexAfter(part, newLine.start), 0, node);
		resolution.citations = sortedInsert(resolution.citations, citationsOfNode(text, node, resolution.language, resolution.organ));
	}
	if (unclassified && problem) {
		resolution.unclassified.splice(indexAfter(resolution.unclassified, newLine.start), 0, unclassified);
		// The parser's problems list its unclassified blocks in the order of the text, after the heading's problems.
		const problems = resolution.problems;
		const at = problems.findIndex(other => other.code === 'parse.unclassified' && other.span.start > newLine.start);
		problems.splice(at < 0 ? problems.length : at, 0, problem);
	}
	resolution.markers = sortedInsert(resolution.markers, findMarkers(text, [], newLine.start, newLine.end));
	resolution.artefacts = sortedInsert(resolution.artefacts, findArtefacts(text, newLine.start, newLine.end));
	resolution.problems.push(...resolution.artefacts.map(artefactProblem));
	linkFootnotes(resolution);
	return resolution;
}

/** Where an item that starts at `start` goes in a list sorted by start. */
function indexAfter(items: ReadonlyArray<{ span: Span }>, start: number): number {
	const index = items.findIndex(item => item.span.start > start);
	return index < 0 ? items.length : index;
}

/** `found` (in order) merged into `sorted`, each placed before the first item that starts after it. */
function sortedInsert<T extends { span: Span }>(sorted: readonly T[], found: readonly T[]): T[] {
	const merged = [...sorted];
	for (const item of found) {
		merged.splice(indexAfter(merged, item.span.start), 0, item);
	}
	return merged;
}
