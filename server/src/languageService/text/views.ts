import type { Span } from '../model/types';
import { TextView } from './textView';

// The parser, the citation finder and several rules all read the clean text of the same paragraphs; remembering
// the view per pieces array (which belongs to one node of one parse) builds each view once per version.
const cache = new WeakMap<readonly Span[], { length: number; view: TextView }>();

/** The clean view of a node's pieces, built once while the pieces stay as they are. */
export function viewOfPieces(source: string, pieces: readonly Span[]): TextView {
	const cached = cache.get(pieces);
	if (cached && cached.length === pieces.length) {
		return cached.view;
	}
	const view = TextView.of(source, pieces);
	cache.set(pieces, { length: pieces.length, view });
	return view;
}
