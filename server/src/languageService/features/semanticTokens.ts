import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { Resolution, Span } from '../model/types';
import { forEachBodyNode } from '../parser/walk';
import { lastIndexAtOrBefore } from '../text/search';

/**
 * The token types the server reports. They are custom types, declared with a standard super type and a TextMate
 * scope in package.json (`semanticTokenTypes`, `semanticTokenScopes`), so that any theme shows preambular
 * openers in italics and operative ones in bold, as the United Nations prints them.
 */
export const TOKEN_TYPES = [
	'preambularOpener', 'operativeOpener', 'paragraphNumber', 'subParagraphLabel', 'footnoteMarker', 'footnoteText',
	'documentSymbol', 'resolutionReference', 'date', 'fieldError', 'organ', 'heading',
] as const;

/**
 * Modifiers: `repeated` (an opener with also/further), `unknown` (an opener not in the vocabulary; a symbol the
 * catalogue does not know), `undefined` (a marker without footnote text), `unused` (a footnote text no marker
 * cites), `known` (a symbol the catalogue knows).
 */
export const TOKEN_MODIFIERS = ['repeated', 'unknown', 'undefined', 'unused', 'known'] as const;

export type TokenType = typeof TOKEN_TYPES[number];
export type TokenModifier = typeof TOKEN_MODIFIERS[number];

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

export interface SemanticTokenOptions {
	/** Whether a catalogue knows a document symbol; undefined (no catalogue, or no opinion) marks neither way. */
	isKnownSymbol?: (symbol: string) => boolean | undefined;
}

/** One token before encoding, by source offsets. */
export interface ResolutionToken {
	span: Span;
	type: TokenType;
	modifiers: TokenModifier[];
}

/** The tokens of a resolution in source order, without overlaps: a token inside an earlier one is dropped. */
export function collectTokens(resolution: Resolution, options: SemanticTokenOptions = {}): ResolutionToken[] {
	const tokens: ResolutionToken[] = [];
	const add = (span: Span | undefined, type: TokenType, modifiers: TokenModifier[] = []) => {
		if (span && span.end > span.start) {
			tokens.push({ span, type, modifiers });
		}
	};
	const { header } = resolution;
	const organ = header.organLine;
	// The organ is coloured without the comma after it, which is punctuation like any other.
	add(organ && { start: organ.span.start, end: organ.span.start + organ.text.replace(/[\s,，،*]+$/, '').length }, 'organ');
	add(header.title?.span, 'heading');
	resolution.sections.forEach(section => add(section.span, 'heading'));
	for (const [paragraphs, type] of [[resolution.preamble, 'preambularOpener'], [resolution.operative, 'operativeOpener']] as const) {
		for (const { opener } of paragraphs) {
			add(opener?.span, type, [...(opener?.repeated ? ['repeated' as const] : []), ...(opener?.known ? [] : ['unknown' as const])]);
		}
	}
	forEachBodyNode(resolution, node => {
		if ('labelSpan' in node) {
			add(node.labelSpan, 'subParagraphLabel');
		}
	});
	resolution.operative.forEach(paragraph => add(paragraph.numberSpan, 'paragraphNumber'));
	const defined = new Set(resolution.footnotes.map(footnote => footnote.number));
	resolution.markers.forEach(marker => add(marker.span, 'footnoteMarker', defined.has(marker.number) ? [] : ['undefined']));
	for (const footnote of resolution.footnotes) {
		add(footnote.labelSpan, 'footnoteMarker', footnote.references.length > 0 ? [] : ['unused']);
		add(footnote.text.span, 'footnoteText');
	}
	for (const citation of resolution.citations) {
		if (citation.kind === 'symbol') {
			const known = citation.symbol ? options.isKnownSymbol?.(citation.symbol) : undefined;
			add(citation.span, 'documentSymbol', known === undefined ? [] : [known ? 'known' : 'unknown']);
		} else {
			add(citation.span, 'resolutionReference');
		}
		add(citation.date?.span, 'date');
	}
	resolution.artefacts.forEach(artefact => add(artefact.span, 'fieldError'));
	return withoutOverlaps(tokens);
}

// Footnote texts hold citations and field errors of their own: the inner, more specific token wins there, and
// the text is coloured around it. Elsewhere the first of two overlapping tokens is kept.
function withoutOverlaps(tokens: ResolutionToken[]): ResolutionToken[] {
	const containers = tokens.filter(token => token.type === 'footnoteText');
	const inner = tokens.filter(token => token.type !== 'footnoteText').sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
	const kept: ResolutionToken[] = [];
	for (const token of inner) {
		const previous = kept[kept.length - 1];
		if (!previous || token.span.start >= previous.span.end) {
			kept.push(token);
		}
	}
	// Each footnote text finds its inner tokens by binary search: filtering them all for every footnote made a
	// draft with 10,000 footnotes take seconds to colour.
	const starts = kept.map(token => token.span.start);
	const pieces: ResolutionToken[] = [];
	for (const container of containers) {
		let start = container.span.start;
		let index = lastIndexAtOrBefore(starts, start - 1);
		if (starts[index] < start) {
			index++;
		}
		for (; index < kept.length && kept[index].span.start < container.span.end; index++) {
			if (kept[index].span.end <= container.span.end) {
				pieces.push({ ...container, span: { start, end: kept[index].span.start } });
				start = kept[index].span.end;
			}
		}
		pieces.push({ ...container, span: { start, end: container.span.end } });
	}
	return [...kept, ...pieces].filter(token => token.span.end > token.span.start).sort((a, b) => a.span.start - b.span.start);
}

/** The semantic tokens of the whole document, encoded as LSP wants them: relative positions, one line each. */
export function getSemanticTokens(resolution: Resolution, document: TextDocument, options: SemanticTokenOptions = {}): SemanticTokens {
	const data: number[] = [];
	let previousLine = 0;
	let previousCharacter = 0;
	for (const token of collectTokens(resolution, options)) {
		const type = TOKEN_TYPES.indexOf(token.type);
		const modifiers = token.modifiers.reduce((bits, modifier) => bits | (1 << TOKEN_MODIFIERS.indexOf(modifier)), 0);
		for (const piece of linePieces(document, token.span)) {
			const deltaLine = piece.line - previousLine;
			data.push(deltaLine, deltaLine === 0 ? piece.character - previousCharacter : piece.character, piece.length, type, modifiers);
			previousLine = piece.line;
			previousCharacter = piece.character;
		}
	}
	return { data };
}

// Editors do not draw a token across a line break, so a token that spans lines is sent as one piece per line.
function linePieces(document: TextDocument, span: Span): Array<{ line: number; character: number; length: number }> {
	const start = document.positionAt(span.start);
	const end = document.positionAt(span.end);
	const pieces: Array<{ line: number; character: number; length: number }> = [];
	for (let line = start.line; line <= end.line; line++) {
		const from = line === start.line ? start.character : 0;
		const lineEnd = document.offsetAt({ line: line + 1, character: 0 }) - document.offsetAt({ line, character: 0 });
		const text = document.getText({ start: { line, character: 0 }, end: { line, character: lineEnd } }).replace(/\r?\n$|\r$/, '');
		const to = line === end.line ? end.character : text.length;
		if (to > from) {
			pieces.push({ line, character: from, length: to - from });
		}
	}
	return pieces;
}
