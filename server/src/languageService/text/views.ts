import type { Span } from '../model/types';
import { TextView } from './textView';

// The parser, the citation finder and several rules all read the clean text of the same paragraphs; remembering
// the view per pieces array (which belongs to one node of one parse) builds each view once per version.
const cache = new WeakMap<readonly Span[], TextView>();

/** The clean view of a node's pieces, built once while the pieces stay as they are. */
export function viewOfPieces(source: string, pieces: readonly Span[]): TextView {
	const cached = cache.get(pieces);
	// The parser only ever appends pieces (a paragraph continued after a page break), and an appended piece lies
	// further on in the source, so a view that still ends where the pieces end is up to date.
	const end = pieces.length > 0 ? pieces[pieces.length - 1].end : 0;
	if (cached && cached.sourceOffset(cached.text.length) === end) {
		return cached;
	}
	const view = TextView.of(source, pieces);
	cache.set(pieces, view);
	return view;
}

/**
 * Keeps the remembered view of `pieces` valid after incremental re-analysis moved them by `delta`: call it once
 * the pieces themselves have moved. Without it the next reader would rebuild the view from the source.
 */
export function relocateView(pieces: readonly Span[], delta: number): void {
	const cached = cache.get(pieces);
	if (cached) {
		cache.set(pieces, cached.shifted(delta));
	}
}

/** Forgets the remembered view of `pieces`, whose text changed without their end moving. */
export function forgetView(pieces: readonly Span[]): void {
	cache.delete(pieces);
}
