import { detectLanguage } from '../language';
import type { DocumentLanguage, ParagraphBase, Resolution, Span, SubParagraph } from '../model/types';
import { citationsOfNode, paragraphBody, paragraphContent } from '../parser/content';
import { artefactProblem, findArtefacts, findMarkers, linkFootnotes } from '../parser/parse';
import { endsParagraph } from '../parser/units';
import { changesBlankLinesOnly, deltaOf, findEdit, hasLineBreak, lineAround, type TextEdit } from './edit';
import { lineSignature } from './lineSignature';
import { ParagraphNode, type ParsedNode } from '../parser/nodes';
import { bodyNode, Relocation } from './relocate';


/**
 * How a model was made from the model of the previous version, for the checker to reuse the findings of what
 * did not change (diagnostics/incremental.ts).
 */
export interface Patch {
	/** The model of the previous version, as the checker last saw it. */
	previous: Resolution;
	/** The edit replaced `[start, from)` of the previous text; what followed moved by `delta`. */
	start: number;
	from: number;
	delta: number;
	/**
	 * The re-read paragraph or sub-paragraph, and its pieces before and after the edit; none (and no pieces) when
	 * the edit only added or removed blank lines, and everything after it just moved.
	 */
	node: ParsedNode | undefined;
	oldPieces: readonly Span[];
	newPieces: readonly Span[];
	/** True when the footnote markers of the changed line, by number and order, are the same as before. */
	sameMarkers: boolean;
}

const patches = new WeakMap<Resolution, Patch>();

/** How `resolution` was patched from its previous version, if it was. */
export function patchOf(resolution: Resolution): Patch | undefined {
	return patches.get(resolution);
}

/** The paragraph a keystroke changed, and the piece of it (by index) that holds the changed line. */
interface Target {
	node: ParsedNode;
	index: number;
	piece: Span;
	line: Span;
}

/**
 * The model of `text` made from the model of the previous version when the change between them stays inside one
 * line of one paragraph or sub-paragraph of the body and leaves the line's structural signature unchanged
 * (see lineSignature.ts): the paragraph is re-read, its citations, markers and field errors are found again and
 * every later span moves. An edit that only adds or removes blank lines between paragraphs moves the later spans. Returns undefined, having changed nothing, whenever that is not certain to give what a
 * full parse gives; the caller then parses in full. `previous` itself is updated in place and must not be used
 * afterwards.
 */
export function patchResolution(previous: Resolution, text: string, forcedLanguage: DocumentLanguage | undefined): Resolution | undefined {
	const edit = findEdit(previous.text, text);
	if (changesBlankLinesOnly(previous.text, text, edit)) {
		return shiftResolution(previous, text, edit, forcedLanguage);
	}
	const target = findTarget(previous, text, edit, forcedLanguage);
	if (!target) {
		return undefined;
	}
	const delta = deltaOf(edit);
	const { node, line } = target;
	const oldPieces = node.pieces;
	const oldCitations = new Set(previous.citations.filter(citation => oldPieces.some(p => within(citation.span, p))));
	const relocation = new Relocation(edit.oldEnd, delta);
	// The paragraph's own offsets: its unit grows or shrinks with the edit, the changed piece ends later or sooner,
	// and pieces after it (a paragraph joined across a page break) move. Its body is read again below.
	node.end += delta;
	const newPieces = shiftedPieces(target, edit);
	const keptCitations = previous.citations.filter(citation => !oldCitations.has(citation));
	const lineEnd = line.end + delta;
	const onLine = (item: { span: Span }) => item.span.start >= line.start && item.span.start < line.end;
	const keptMarkers = previous.markers.filter(marker => !onLine(marker));
	const oldLineMarkers = previous.markers.filter(onLine).map(marker => marker.number);
	const keptArtefacts = previous.artefacts.filter(artefact => !onLine(artefact));
	const resolution: Resolution = { ...previous, text, citations: keptCitations, markers: keptMarkers, artefacts: keptArtefacts };
	relocation.resolution(resolution, node);

	// Sub-paragraphs have no opener of their own.
	if (node instanceof ParagraphNode) {
		const content = paragraphContent(text, newPieces, resolution.language);
		node.setBody(newPieces, content.body);
		node.opener = content.opener;
	} else {
		node.setBody(newPieces, paragraphBody(text, newPieces));
	}
	resolution.citations = insertSorted(keptCitations, citationsOfNode(text, node, resolution.language, resolution.organ));
	const lineMarkers = findMarkers(text, [], line.start, lineEnd);
	resolution.markers = insertSorted(keptMarkers, lineMarkers);
	resolution.artefacts = insertSorted(keptArtefacts, findArtefacts(text, line.start, lineEnd));
	resolution.problems = [
		...previous.problems.filter(problem => problem.code !== 'parse.artefact'),
		...resolution.artefacts.map(artefactProblem),
	];
	linkFootnotes(resolution);
	return remember(resolution, {
		previous,
		node,
		start: edit.start,
		from: edit.oldEnd,
		delta,
		oldPieces,
		newPieces: node.pieces,
		sameMarkers: lineMarkers.map(marker => marker.number).join() === oldLineMarkers.join(),
	});
}

/**
 * The model of `text` when the edit only added or removed blank lines between two lines (edit.ts,
 * changesBlankLinesOnly): no line changed, and the parser reads a run of blank lines the same whatever its length,
 * so the structure stays and what follows the edit moves. This is the Enter a drafter types at the end of a
 * paragraph, before typing the next one.
 */
function shiftResolution(previous: Resolution, text: string, edit: TextEdit, forcedLanguage: DocumentLanguage | undefined): Resolution | undefined {
	if (!mayPatchBelow(previous, text, lineAround(previous.text, edit.start, edit.start).start, forcedLanguage)) {
		return undefined;
	}
	const delta = deltaOf(edit);
	const resolution: Resolution = { ...previous, text };
	new Relocation(edit.oldEnd, delta).resolution(resolution);
	return remember(resolution, { previous, node: undefined, start: edit.start, from: edit.oldEnd, delta, oldPieces: [], newPieces: [], sameMarkers: true });
}

/**
 * Keeps how `resolution` was made, and forgets how the previous version was made. Each patch holds the version
 * before it, so a chain of them kept every version of the document, its text and its lists, alive for as long as
 * the newest: some 2 MB a keystroke in a 1 MB draft, until the server ran out of memory. Only the checker reads a
 * patch, once, to reuse the findings of the version just before.
 */
function remember(resolution: Resolution, patch: Patch): Resolution {
	patches.delete(patch.previous);
	patches.set(resolution, patch);
	return resolution;
}

/**
 * Whether an edit on the line that starts at `lineStart` may be patched at all: it lies below the organ line, it
 * leaves the detected language alone, and the operative part is numbered.
 */
function mayPatchBelow(previous: Resolution, text: string, lineStart: number, forcedLanguage: DocumentLanguage | undefined): boolean {
	const header = previous.header;
	// The heading ends with the organ line, and the language is read from the first few thousand characters and
	// the organ line; an edit below the organ line that leaves the detected language alone changes neither.
	if (!header.organLine || !header.span || lineStart <= header.span.end
		|| (!forcedLanguage && detectLanguage(previous.text) !== detectLanguage(text))) {
		return false;
	}
	// A resolution with a single, unnumbered operative paragraph is recognised from its wording; leave it to the parser.
	return previous.operative.some(paragraph => paragraph.number !== undefined);
}

/**
 * Decides, without changing anything, whether the edit can be applied to the previous model, and finds the
 * paragraph it falls in.
 */
function findTarget(previous: Resolution, text: string, edit: TextEdit, forcedLanguage: DocumentLanguage | undefined): Target | undefined {
	if (hasLineBreak(previous.text, edit.start, edit.oldEnd) || hasLineBreak(text, edit.start, edit.newEnd)) {
		return undefined;
	}
	const line = lineAround(previous.text, edit.start, edit.oldEnd);
	if (!mayPatchBelow(previous, text, line.start, forcedLanguage)) {
		return undefined;
	}
	const newLine = { start: line.start, end: line.end + deltaOf(edit) };
	if (lineSignature(previous.text, line, previous.language) !== lineSignature(text, newLine, previous.language)) {
		return undefined;
	}
	// Only the last paragraph that starts before the edit, or one of its sub-paragraphs, can hold it: a paragraph's
	// lines, its sub-paragraphs and the blocks that continue it after a page break all come before the next one.
	const paragraph = lastStartingBefore(previous, edit.start);
	let target: Target | undefined;
	let straddles = false;
	const visit = (node: ParagraphBase | SubParagraph) => {
		const pieces = node.pieces;
		const index = pieces.findIndex(p => p.start <= edit.start && edit.oldEnd <= p.end);
		if (index >= 0) {
			target = { node: bodyNode(node), index, piece: pieces[index], line };
		} else if (pieces.some(p => p.start < edit.oldEnd) && pieces.some(p => p.end >= edit.start)) {
			straddles = true;
		}
		('children' in node ? node.children : node.subParagraphs).forEach(visit);
	};
	if (paragraph) {
		visit(paragraph);
	}
	if (!target || straddles || !lineInside(target)) {
		return undefined;
	}
	// Whether a paragraph ends decides whether the block after it continues it (a page break).
	const before = endsParagraph(target.node.body.text);
	const after = endsParagraph(paragraphBody(text, shiftedPieces(target, edit)).text);
	return before === after ? target : undefined;
}

function lastStartingBefore(resolution: Resolution, offset: number): ParagraphBase | undefined {
	const last = (paragraphs: readonly ParagraphBase[]) => {
		let low = 0;
		let high = paragraphs.length - 1;
		let found: ParagraphBase | undefined;
		while (low <= high) {
			const middle = (low + high) >> 1;
			if (paragraphs[middle].span.start <= offset) {
				found = paragraphs[middle];
				low = middle + 1;
			} else {
				high = middle - 1;
			}
		}
		return found;
	};
	const preambular = last(resolution.preamble);
	const operative = last(resolution.operative);
	return !preambular || (operative && operative.span.start > preambular.span.start) ? operative : preambular;
}

/** The changed line must lie inside the paragraph's own lines (not a label line it merely touches). */
function lineInside(target: Target): boolean {
	return target.piece.end <= target.line.end && target.node.span.start <= target.line.start && target.line.end <= target.node.span.end;
}

function shiftedPieces(target: Target, edit: TextEdit): Span[] {
	const delta = deltaOf(edit);
	return target.node.pieces.map((piece, index) => index === target.index
		? { start: piece.start, end: piece.end + delta }
		: piece.start >= edit.oldEnd ? { start: piece.start + delta, end: piece.end + delta } : { start: piece.start, end: piece.end });
}

function within(span: Span, piece: Span): boolean {
	return span.start >= piece.start && span.start < piece.end;
}

/**
 * Merges items found again in one paragraph into a list sorted by position, keeping the finder's order among
 * equal positions. A paragraph joined across a page break may have footnote texts between its pieces, so its
 * items do not always sit together.
 */
function insertSorted<T extends { span: Span }>(sorted: readonly T[], found: readonly T[]): T[] {
	if (found.length === 0) {
		return sorted as T[];
	}
	const ordered = [...found].sort((a, b) => a.span.start - b.span.start);
	const merged: T[] = [];
	let next = 0;
	for (const item of sorted) {
		while (next < ordered.length && ordered[next].span.start < item.span.start) {
			merged.push(ordered[next++]);
		}
		merged.push(item);
	}
	merged.push(...ordered.slice(next));
	return merged;
}
