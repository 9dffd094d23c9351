import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { Catalogue } from '../../catalogue/catalogue';
import type { Resolution } from '../../model/types';
import { targetAt, type Target } from '../targets';
import { citationHover } from './citationHover';
import { footnoteHover, markerHover } from './footnoteHover';
import { openerHover, operativeNumberHover, paragraphReferenceHover } from './paragraphHover';

type Positions = Pick<TextDocument, 'offsetAt' | 'positionAt'>;

/**
 * The hover at a position: a cited document, a footnote marker or text, an operative number, an opening verb or a
 * reference to another paragraph. Markdown, never trusted by the client, with all document text escaped.
 */
export function getHover(resolution: Resolution, document: Positions, position: Position, catalogue?: Catalogue): Hover | null {
	const target = targetAt(resolution, document.offsetAt(position));
	const value = target && hoverText(target, resolution, catalogue);
	if (!target || !value) {
		return null;
	}
	return {
		contents: { kind: MarkupKind.Markdown, value },
		range: { start: document.positionAt(target.span.start), end: document.positionAt(target.span.end) },
	};
}

function hoverText(target: Target, resolution: Resolution, catalogue: Catalogue | undefined): string {
	switch (target.kind) {
		case 'citation': return citationHover(target.citation, resolution, catalogue);
		case 'marker': return markerHover(target.marker, target.footnotes, resolution, catalogue);
		case 'footnote': return footnoteHover(target.footnote, resolution);
		case 'operative-number': return operativeNumberHover(target.paragraph, resolution);
		case 'opener': return openerHover(target.opener, target.part, resolution);
		case 'paragraph-reference': return paragraphReferenceHover(target.value, target.paragraph, resolution);
	}
}
