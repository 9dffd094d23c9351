import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LocationLink, Position } from 'vscode-languageserver-types';
import { catalogueKey } from '../../catalogue/catalogue';
import { ownSymbol } from '../../catalogue/fromResolution';
import type { Resolution, Span } from '../../model/types';
import type { WorkspaceView } from '../../workspace/types';
import { extentOf } from '../structure';
import { targetAt } from '../targets';
import { rangeOf } from './references';

type Positions = Pick<TextDocument, 'uri' | 'offsetAt' | 'positionAt'>;

/**
 * Go to definition: a footnote marker goes to its footnote text; "paragraph 5 above" or "第 5 段" to operative
 * paragraph 5; a cited resolution or document to the workspace file that holds it, when there is one. On a
 * footnote text the answer is the footnote itself, which editors take as the cue to list its references.
 */
export function getDefinition(resolution: Resolution, document: Positions, position: Position, workspace?: WorkspaceView): LocationLink[] {
	const target = targetAt(resolution, document.offsetAt(position));
	if (!target) {
		return [];
	}
	const range = rangeOf(document);
	const link = (whole: Span, selection: Span): LocationLink => ({
		originSelectionRange: range(target.span),
		targetUri: document.uri,
		targetRange: range(whole),
		targetSelectionRange: range(selection),
	});
	switch (target.kind) {
		case 'marker':
			return target.footnotes.map(footnote => link(footnote.span, footnote.labelSpan));
		case 'footnote':
			return [link(target.footnote.span, target.footnote.labelSpan)];
		case 'paragraph-reference': {
			const paragraph = target.paragraph;
			return paragraph ? [link(extentOf(paragraph), paragraph.numberSpan ?? paragraph.span)] : [];
		}
		case 'citation': {
			const symbol = target.citation.symbol;
			if (!symbol) {
				return [];
			}
			const own = ownSymbol(resolution);
			const here = own && catalogueKey(own.symbol) === catalogueKey(symbol) ? [link(own.span, own.span)] : [];
			const elsewhere = (workspace?.holders(symbol) ?? [])
				.filter(location => location.uri !== document.uri)
				.map((location): LocationLink => ({
					originSelectionRange: range(target.span),
					targetUri: location.uri,
					targetRange: location.range,
					targetSelectionRange: location.range,
				}));
			return [...here, ...elsewhere];
		}
		default:
			return [];
	}
}
