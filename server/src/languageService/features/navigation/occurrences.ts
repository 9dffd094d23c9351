import { catalogueKey } from '../../catalogue/catalogue';
import type { OperativeParagraph, Resolution, Span } from '../../model/types';
import { headingCitations, paragraphNodes, paragraphReferencesIn, type Target } from '../targets';

/** One place in the document that belongs to the same thing as the target, and whether it defines it. */
export interface Occurrence {
	span: Span;
	/** The footnote's label, the paragraph's number, the heading's own symbol: where the thing is defined. */
	declaration: boolean;
}

/**
 * Every place in this document that stands for the same thing as `target`: all markers and texts of a footnote,
 * every citation of a document, an operative paragraph's number and each in-text reference to it. Shared by find
 * references, document highlight and rename.
 */
export function occurrencesInDocument(resolution: Resolution, target: Target): Occurrence[] {
	switch (target.kind) {
		case 'marker':
		case 'footnote': {
			const number = target.kind === 'marker' ? target.marker.number : target.footnote.number;
			return footnoteOccurrences(resolution, number);
		}
		case 'citation': {
			const symbol = target.citation.symbol;
			if (!symbol) {
				return [{ span: target.span, declaration: false }];
			}
			const key = catalogueKey(symbol);
			const heading = headingCitations(resolution);
			return [...heading, ...resolution.citations]
				.filter(citation => citation.symbol !== undefined && catalogueKey(citation.symbol) === key)
				.map(citation => ({ span: citation.span, declaration: heading.includes(citation) }))
				.sort((a, b) => a.span.start - b.span.start);
		}
		case 'operative-number':
		case 'paragraph-reference': {
			const paragraph = target.paragraph;
			return paragraph ? paragraphOccurrences(resolution, paragraph) : [{ span: target.span, declaration: false }];
		}
		default:
			return [];
	}
}

export function footnoteOccurrences(resolution: Resolution, number: number): Occurrence[] {
	return [
		...resolution.markers.filter(marker => marker.number === number).map(marker => ({ span: marker.span, declaration: false })),
		...resolution.footnotes.filter(footnote => footnote.number === number).map(footnote => ({ span: footnote.labelSpan, declaration: true })),
	].sort((a, b) => a.span.start - b.span.start);
}

/** The paragraph's number and every reference in the text that resolves to that paragraph. */
function paragraphOccurrences(resolution: Resolution, target: OperativeParagraph): Occurrence[] {
	const { number, numberSpan } = target;
	const occurrences: Occurrence[] = numberSpan ? [{ span: numberSpan, declaration: true }] : [];
	const paragraphs = [
		...resolution.preamble.map(paragraph => paragraphNodes(paragraph, 'preambular')),
		...resolution.operative.map(paragraph => paragraphNodes(paragraph, 'operative')),
	];
	for (const found of paragraphs) {
		for (const reference of paragraphReferencesIn(resolution, found)) {
			if (reference.value === number && reference.paragraph === target) {
				occurrences.push({ span: reference.span, declaration: false });
			}
		}
	}
	return occurrences.sort((a, b) => a.span.start - b.span.start);
}
