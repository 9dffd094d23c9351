import type { DocumentLanguage, Resolution, Span } from '../model/types';
import { citationsOfNode, paragraphBody, paragraphContent } from '../parser/content';
import { artefactProblem, findArtefacts, findMarkers, linkFootnotes } from '../parser/parse';
import { changesBlankLinesOnly, deltaOf, findEdit, lineAround, type TextEdit } from './edit';
import { findLineBreakTarget, findLineJoinTarget } from './lineBreak';
import { patchBlock } from './newBlock';
import { ParagraphNode, type ParsedNode } from '../parser/nodes';
import { Relocation } from './relocate';
import { findTarget, mayPatchBelow } from './target';


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
	/**
	 * True when the edit added, removed or replaced a paragraph or an unclassified block (newBlock.ts): numbering
	 * and every other family may then judge differently, and the checker runs them all again.
	 */
	structural?: boolean;
}

const patches = new WeakMap<Resolution, Patch>();

/** How `resolution` was patched from its previous version, if it was. */
export function patchOf(resolution: Resolution): Patch | undefined {
	return patches.get(resolution);
}

/**
 * The model of `text` made from the model of the previous version when the change between them stays inside one
 * line of one paragraph or sub-paragraph of the body and leaves the line's structural signature unchanged
 * (see lineSignature.ts), or that types or deletes a line break inside one paragraph and keeps its lines in it (see
 * lineBreak.ts): the paragraph is re-read, its citations, markers and field errors are found again and every later
 * span moves. An edit that only adds or removes blank lines between paragraphs moves the later spans, and one inside
 * a line that is a block of its own replaces what that block was read as (newBlock.ts). Returns undefined, having
 * changed nothing, whenever that is not certain to give what a full parse gives; the caller then parses in full.
 * `previous` itself is updated in place and must not be used afterwards.
 */
export function patchResolution(previous: Resolution, text: string, forcedLanguage: DocumentLanguage | undefined): Resolution | undefined {
	const edit = findEdit(previous.text, text);
	if (changesBlankLinesOnly(previous.text, text, edit)) {
		return shiftResolution(previous, text, edit, forcedLanguage);
	}
	const target = findTarget(previous, text, edit, forcedLanguage)
		?? findLineBreakTarget(previous, text, edit, forcedLanguage) ?? findLineJoinTarget(previous, text, edit, forcedLanguage);
	if (!target) {
		// The shortcuts above re-read one paragraph and keep the structure; this one replaces a one-line block.
		const block = patchBlock(previous, text, edit, forcedLanguage);
		return block && remember(block.resolution, {
			previous, node: block.node, start: edit.start, from: edit.oldEnd, delta: deltaOf(edit), oldPieces: [], newPieces: [], sameMarkers: false, structural: true,
		});
	}
	const delta = deltaOf(edit);
	const { node, line } = target;
	const oldPieces = node.pieces;
	const oldCitations = new Set(previous.citations.filter(citation => oldPieces.some(p => within(citation.span, p))));
	const relocation = new Relocation(edit.oldEnd, delta);
	// The paragraph's own offsets: its unit grows or shrinks with the edit, the changed piece ends later or sooner,
	// and pieces after it (a paragraph joined across a page break) move. Its body is read again below.
	node.end += delta;
	const newPieces = target.newPieces;
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
