import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { Span } from '../model/types';

/**
 * Turns offsets into the source of a resolution into LSP ranges and text edits. The model holds offsets into the
 * text exactly as the editor holds it, so a document built from that text answers positions the editor agrees
 * with; features that are given no document (the renumbering the quick fixes call) build one here.
 */
export class SourcePositions {
	private readonly document: TextDocument;

	constructor(readonly text: string) {
		this.document = TextDocument.create('untitled:resolution', 'un-resolution', 0, text);
	}

	range(span: Span): Range {
		return { start: this.document.positionAt(span.start), end: this.document.positionAt(span.end) };
	}

	replace(span: Span, newText: string): TextEdit {
		return { range: this.range(span), newText };
	}
}

/** An edit by offsets, kept until all edits of one operation are known and can be checked for overlaps. */
export interface OffsetEdit {
	span: Span;
	newText: string;
}

/**
 * Sorts edits, drops those that change nothing and those that overlap an earlier one (two parts of one operation
 * disagreeing must never corrupt the text), and converts them into LSP text edits.
 */
export function toTextEdits(text: string, edits: readonly OffsetEdit[]): TextEdit[] {
	const positions = new SourcePositions(text);
	const sorted = edits
		.filter(edit => text.slice(edit.span.start, edit.span.end) !== edit.newText)
		.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
	const kept: OffsetEdit[] = [];
	for (const edit of sorted) {
		const previous = kept[kept.length - 1];
		if (!previous || edit.span.start >= previous.span.end) {
			kept.push(edit);
		}
	}
	return kept.map(edit => positions.replace(edit.span, edit.newText));
}

/** Applies text edits to a text, for tests and for callers that work on strings rather than documents. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
	const document = TextDocument.create('untitled:resolution', 'un-resolution', 0, text);
	return TextDocument.applyEdits(document, [...edits]);
}
