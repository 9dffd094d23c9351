import type { TextEdit } from 'vscode-languageserver-types';
import type { Resolution, Span } from '../model/types';
import { parseResolution } from '../parser/parse';
import { footnotePlaceholder, newFootnoteEdit } from './fixes/newFootnote';
import { rewriteNumber } from './renumbering/digits';
import { applyTextEdits, toTextEdits, type OffsetEdit } from './sourceEdits';

/** What inserting a footnote does: the edits of the current text, and where the new marker and text stand after them. */
export interface FootnoteInsertion {
	number: number;
	edits: TextEdit[];
	/** The new marker, as offsets into the edited text. */
	marker: Span;
	/** The placeholder text of the new footnote, as offsets into the edited text, for the cursor to select. */
	text: Span;
}

/**
 * Inserts a footnote marker at `offset` and creates its footnote text, numbering it as the Editorial Manual wants:
 * one more than the last footnote cited before that place. Footnotes from that number on move up by one, markers
 * and texts together, and the new text is created after the text of the footnote before it (or where the first
 * footnote goes), written as the draft writes its footnotes (superscript "¹", "⁽¹⁾" or Markdown "[^1]").
 */
export function insertFootnote(resolution: Resolution, offset: number): FootnoteInsertion {
	const { text } = resolution;
	const at = Math.max(0, Math.min(offset, text.length));
	const number = 1 + Math.max(0, ...resolution.markers.filter(marker => marker.span.end <= at).map(marker => marker.number));
	const shifts: OffsetEdit[] = [
		...resolution.markers.map(marker => marker.span),
		...resolution.footnotes.map(footnote => footnote.labelSpan),
	].flatMap(span => {
		const written = text.slice(span.start, span.end);
		const current = numberOf(resolution, span);
		return current !== undefined && current >= number ? [{ span, newText: rewriteNumber(written, current + 1) }] : [];
	});
	const markerText = markerFor(resolution, number);
	const first: OffsetEdit[] = [...shifts, { span: { start: at, end: at }, newText: markerText }];
	const shifted = parseResolution(applyTextEdits(text, toTextEdits(text, first)));
	const footnoteEdit = newFootnoteEdit(shifted, number);
	const edits = [...first, { span: mapBack(first, footnoteEdit.span.start), newText: footnoteEdit.newText }];

	const markerStart = at + delta(shifts.filter(edit => edit.span.end <= at));
	const result = parseResolution(applyTextEdits(text, toTextEdits(text, edits)));
	const placeholder = footnotePlaceholder(resolution.language, number);
	const created = result.footnotes.find(footnote => footnote.number === number && footnote.text.text === placeholder);
	return {
		number,
		edits: toTextEdits(text, edits),
		marker: { start: markerStart, end: markerStart + markerText.length },
		text: created?.text.span ?? { start: markerStart, end: markerStart + markerText.length },
	};
}

// A marker written like the draft's other markers ("¹", "⁽¹⁾", "[^1]"), else a superscript number.
function markerFor(resolution: Resolution, number: number): string {
	const model = resolution.markers[0];
	return rewriteNumber(model ? resolution.text.slice(model.span.start, model.span.end) : '¹', number);
}

function numberOf(resolution: Resolution, span: Span): number | undefined {
	return resolution.markers.find(marker => marker.span === span)?.number
		?? resolution.footnotes.find(footnote => footnote.labelSpan === span)?.number;
}

/** How much the edits lengthen the text. */
function delta(edits: readonly OffsetEdit[]): number {
	return edits.reduce((sum, edit) => sum + edit.newText.length - (edit.span.end - edit.span.start), 0);
}

// The new footnote text is placed in the text with the marker already in; its place in the original text is found by
// undoing the length changes of the earlier edits that stand before it.
function mapBack(edits: readonly OffsetEdit[], offset: number): Span {
	let original = offset;
	let shift = 0;
	for (const edit of [...edits].sort((a, b) => a.span.start - b.span.start)) {
		const newStart = edit.span.start + shift;
		const change = edit.newText.length - (edit.span.end - edit.span.start);
		if (newStart + edit.newText.length <= offset) {
			original -= change;
			shift += change;
		}
	}
	return { start: original, end: original };
}
