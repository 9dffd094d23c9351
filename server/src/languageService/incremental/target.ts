import { detectLanguage } from '../language';
import type { DocumentLanguage, ParagraphBase, Resolution, Span, SubParagraph } from '../model/types';
import { paragraphBody } from '../parser/content';
import type { ParsedNode } from '../parser/nodes';
import { endsParagraph } from '../parser/units';
import { deltaOf, hasLineBreak, lineAround, type TextEdit } from './edit';
import { lineSignature } from './lineSignature';
import { bodyNode } from './relocate';

/**
 * The paragraph or sub-paragraph a keystroke changed: the piece of it (by index) that holds the changed line, that
 * line as it was, and the node's pieces once the edit is made.
 */
export interface Target {
	node: ParsedNode;
	index: number;
	piece: Span;
	line: Span;
	newPieces: Span[];
}

/**
 * Whether an edit on the line that starts at `lineStart` may be patched at all: it lies below the organ line, it
 * leaves the detected language alone, and the operative part is numbered.
 */
export function mayPatchBelow(previous: Resolution, text: string, lineStart: number, forcedLanguage: DocumentLanguage | undefined): boolean {
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
 * Decides, without changing anything, whether an edit inside one line can be applied to the previous model: the
 * line keeps its structural signature (see lineSignature.ts). Finds the paragraph it falls in.
 */
export function findTarget(previous: Resolution, text: string, edit: TextEdit, forcedLanguage: DocumentLanguage | undefined): Target | undefined {
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
	const delta = deltaOf(edit);
	return nodeTarget(previous, text, edit, line, holdsEdit(edit), (pieces, index) => pieces.map((piece, at) => at === index
		? { start: piece.start, end: piece.end + delta }
		: shifted(piece, edit)));
}

/** Finds the piece that holds the whole edit. */
export function holdsEdit(edit: TextEdit): (pieces: readonly Span[]) => number {
	return pieces => pieces.findIndex(p => p.start <= edit.start && edit.oldEnd <= p.end);
}

/**
 * The node with a piece that `pieceAt` finds for the edit (its index, or -1), on `line`, with its pieces after the
 * edit as `newPieces` makes them; undefined when no node has such a piece or another node's pieces reach the edit,
 * or when the edit changes whether the node's body ends the way a paragraph ends (which decides whether the block
 * after it continues it across a page break).
 */
export function nodeTarget(
	previous: Resolution, text: string, edit: TextEdit, line: Span,
	pieceAt: (pieces: readonly Span[]) => number, newPieces: (pieces: readonly Span[], index: number) => Span[],
): Target | undefined {
	// Only the last paragraph that starts before the edit, or one of its sub-paragraphs, can hold it: a paragraph's
	// lines, its sub-paragraphs and the blocks that continue it after a page break all come before the next one.
	const paragraph = lastStartingBefore(previous, edit.start);
	let found: { node: ParsedNode; index: number; piece: Span } | undefined;
	let straddles = false;
	const visit = (node: ParagraphBase | SubParagraph) => {
		const pieces = node.pieces;
		const index = pieceAt(pieces);
		if (index >= 0) {
			found = { node: bodyNode(node), index, piece: pieces[index] };
		} else if (pieces.some(p => p.start < edit.oldEnd) && pieces.some(p => p.end >= edit.start)) {
			straddles = true;
		}
		('children' in node ? node.children : node.subParagraphs).forEach(visit);
	};
	if (paragraph) {
		visit(paragraph);
	}
	if (!found || straddles || !lineInside(found.node, found.piece, line)) {
		return undefined;
	}
	const target = { ...found, line, newPieces: newPieces(found.node.pieces, found.index) };
	const before = endsParagraph(target.node.body.text);
	const after = endsParagraph(paragraphBody(text, target.newPieces).text);
	return before === after ? target : undefined;
}

/** A piece of the node other than the changed one, as it stands after the edit: moved when it lies after it. */
export function shifted(piece: Span, edit: TextEdit): Span {
	const delta = deltaOf(edit);
	return piece.start >= edit.oldEnd ? { start: piece.start + delta, end: piece.end + delta } : { start: piece.start, end: piece.end };
}

/** The last paragraph, preambular or operative, that starts at or before `offset`. */
export function lastStartingBefore(resolution: Resolution, offset: number): ParagraphBase | undefined {
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
function lineInside(node: ParsedNode, piece: Span, line: Span): boolean {
	return piece.end <= line.end && node.span.start <= line.start && line.end <= node.span.end;
}
