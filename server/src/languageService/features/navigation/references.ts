import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentHighlightKind, type DocumentHighlight, type Location, type Position, type Range } from 'vscode-languageserver-types';
import type { Resolution, Span } from '../../model/types';
import type { WorkspaceView } from '../../workspace/types';
import { targetAt } from '../targets';
import { occurrencesInDocument } from './occurrences';

type Positions = Pick<TextDocument, 'uri' | 'offsetAt' | 'positionAt'>;

/**
 * Find references: on a footnote marker or text, every marker of that footnote; on a cited document, every
 * citation of it in this draft and in the workspace's other files; on an operative number or a reference to a
 * paragraph, the references to that paragraph. The definitions (footnote label, paragraph number, the heading's
 * own symbol) are included when the client asks for declarations.
 */
export function getReferences(resolution: Resolution, document: Positions, position: Position, includeDeclaration: boolean, workspace?: WorkspaceView): Location[] {
	const target = targetAt(resolution, document.offsetAt(position));
	if (!target) {
		return [];
	}
	const range = rangeOf(document);
	const here = occurrencesInDocument(resolution, target)
		.filter(occurrence => includeDeclaration || !occurrence.declaration)
		.map(occurrence => ({ uri: document.uri, range: range(occurrence.span) }));
	const symbol = target.kind === 'citation' ? target.citation.symbol : undefined;
	const elsewhere = symbol && workspace ? workspace.occurrences(symbol, document.uri) : [];
	return [...here, ...elsewhere];
}

/** Document highlight: the same places in this document, definitions marked as writes, uses as reads. */
export function getDocumentHighlights(resolution: Resolution, document: Positions, position: Position): DocumentHighlight[] {
	const target = targetAt(resolution, document.offsetAt(position));
	if (!target) {
		return [];
	}
	const range = rangeOf(document);
	return occurrencesInDocument(resolution, target).map(occurrence => ({
		range: range(occurrence.span),
		kind: occurrence.declaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
	}));
}

/** Turns spans of the document into LSP ranges. */
export function rangeOf(document: Pick<TextDocument, 'positionAt'>): (span: Span) => Range {
	return span => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) });
}
