import { ownSymbol } from '../catalogue/fromResolution';
import type {
	Citation, Footnote, FootnoteMarker, Opener, OperativeParagraph, ParagraphBase, Resolution, Span, SubParagraph,
} from '../model/types';
import { TextView } from '../text/textView';
import { findParagraphReferences, nodesOf } from './renumbering/references';

/**
 * What stands at a place in a resolution, for hover, definition, references, highlight and rename: a citation,
 * a footnote marker or footnote, an in-text reference to another paragraph, an operative number or an opening
 * verb. Computed on demand from the cached model; only the paragraph under the cursor is read again.
 */
export type Target =
	| { kind: 'citation'; span: Span; citation: Citation }
	| { kind: 'marker'; span: Span; marker: FootnoteMarker; footnotes: Footnote[] }
	| { kind: 'footnote'; span: Span; footnote: Footnote }
	| { kind: 'paragraph-reference'; span: Span; value: number; paragraph?: OperativeParagraph }
	| { kind: 'operative-number'; span: Span; paragraph: OperativeParagraph }
	| { kind: 'opener'; span: Span; opener: Opener; paragraph: ParagraphBase; part: 'preambular' | 'operative' };

/** A span contains an offset when the offset is inside it or at its end (the cursor just after a word). */
export function contains(span: Span, offset: number): boolean {
	return span.start <= offset && offset <= span.end;
}

/** The most specific target at `offset`, or undefined. Never throws on an offset outside the text. */
export function targetAt(resolution: Resolution, offset: number): Target | undefined {
	if (!Number.isFinite(offset)) {
		return undefined;
	}
	const citation = citationAt(resolution, offset);
	if (citation) {
		return { kind: 'citation', span: citation.span, citation };
	}
	const marker = resolution.markers.find(candidate => contains(candidate.span, offset));
	if (marker) {
		return { kind: 'marker', span: marker.span, marker, footnotes: footnotesNumbered(resolution, marker.number) };
	}
	const footnote = resolution.footnotes.find(candidate => contains(candidate.span, offset));
	if (footnote) {
		return { kind: 'footnote', span: footnote.labelSpan, footnote };
	}
	return paragraphTargetAt(resolution, offset);
}

export function footnotesNumbered(resolution: Resolution, number: number): Footnote[] {
	return resolution.footnotes.filter(footnote => footnote.number === number);
}

/**
 * The citation at `offset`, including the two the heading carries without citing them: the masthead symbol
 * and the resolution's own number on its number-and-title line.
 */
export function citationAt(resolution: Resolution, offset: number): Citation | undefined {
	return resolution.citations.find(candidate => contains(candidate.span, offset))
		?? headingCitations(resolution).find(candidate => contains(candidate.span, offset));
}

/** The masthead symbol and the number line of the heading, as citations of the resolution itself. */
export function headingCitations(resolution: Resolution): Citation[] {
	const citations: Citation[] = [];
	const { masthead, number } = resolution.header;
	const own = ownSymbol(resolution);
	if (masthead?.symbol) {
		citations.push({ kind: 'symbol', span: masthead.symbol.span, text: masthead.symbol.text, symbol: own?.symbol ?? masthead.symbol.text });
	}
	if (number && own) {
		citations.push({ kind: 'resolution', span: number.span, text: number.text, number: number.text, symbol: own.symbol, organ: resolution.organ });
	}
	return citations;
}

/** A top-level paragraph with every node of its text (itself and its sub-paragraphs, depth first). */
export interface ParagraphNodes {
	paragraph: ParagraphBase;
	part: 'preambular' | 'operative';
	nodes: Array<ParagraphBase | SubParagraph>;
}

function paragraphTargetAt(resolution: Resolution, offset: number): Target | undefined {
	const found = paragraphAt(resolution, offset);
	if (!found) {
		return undefined;
	}
	const { paragraph, part } = found;
	if (part === 'operative') {
		const operative = paragraph as OperativeParagraph;
		if (operative.numberSpan && contains(operative.numberSpan, offset)) {
			return { kind: 'operative-number', span: operative.numberSpan, paragraph: operative };
		}
	}
	if (paragraph.opener && contains(paragraph.opener.span, offset)) {
		return { kind: 'opener', span: paragraph.opener.span, opener: paragraph.opener, paragraph, part };
	}
	const reference = paragraphReferencesIn(resolution, found).find(candidate => contains(candidate.span, offset));
	return reference && { kind: 'paragraph-reference', ...reference };
}

/** The top-level paragraph whose text (or whose sub-paragraphs' text) holds `offset`. */
export function paragraphAt(resolution: Resolution, offset: number): ParagraphNodes | undefined {
	const parts: Array<['preambular' | 'operative', readonly ParagraphBase[]]> = [['preambular', resolution.preamble], ['operative', resolution.operative]];
	for (const [part, paragraphs] of parts) {
		for (const paragraph of paragraphs) {
			const found = paragraphNodes(paragraph, part);
			if (found.nodes.some(node => contains(node.span, offset) || node.pieces.some(piece => contains(piece, offset)))) {
				return found;
			}
		}
	}
	return undefined;
}

export function paragraphNodes(paragraph: ParagraphBase, part: 'preambular' | 'operative'): ParagraphNodes {
	return { paragraph, part, nodes: nodesOf(paragraph) };
}

export interface ParagraphReference {
	span: Span;
	value: number;
	paragraph?: OperativeParagraph;
}

/** The in-text references ("paragraph 5 above", "第 5 段") in one paragraph, each with the paragraph it names. */
export function paragraphReferencesIn(resolution: Resolution, found: ParagraphNodes): ParagraphReference[] {
	const references: ParagraphReference[] = [];
	for (const node of found.nodes) {
		const view = TextView.of(resolution.text, node.pieces.length > 0 ? node.pieces : [node.span]);
		for (const reference of findParagraphReferences(view.text, resolution.language)) {
			const span = view.sourceSpan(reference.span.start, reference.span.end);
			const paragraph = referencedParagraph(resolution, reference.value, found.paragraph.section);
			references.push(paragraph ? { span, value: reference.value, paragraph } : { span, value: reference.value });
		}
	}
	return references;
}

/** The operative paragraph numbered `value`, in the same part or section as the reference when numbering restarts. */
export function referencedParagraph(resolution: Resolution, value: number, section: number | undefined): OperativeParagraph | undefined {
	const numbered = resolution.operative.filter(paragraph => paragraph.number === value && paragraph.suffix === undefined);
	return numbered.find(paragraph => paragraph.section === section) ?? numbered[0];
}
