import type { Span } from '../model/types';
import { TextView } from './textView';

// The parser, the citation finder and several rules all read the clean text of the same paragraphs; remembering
// the view on the pieces array itself (which belongs to one node of one parse) builds each view once per version.
// The view is held in a property keyed by a private symbol and defined as not enumerable, so that it stays
// invisible to comparisons, JSON and copies of the array. A WeakMap did the same, but its ephemeron table cost
// more per look-up and at every garbage collection than the whole view on a draft of thousands of paragraphs.
const VIEW = Symbol('clean view');

interface WithView {
	[VIEW]?: TextView;
}

/** The clean view of a node's pieces, built once while the pieces stay as they are. */
export function viewOfPieces(source: string, pieces: readonly Span[]): TextView {
	const cached = (pieces as WithView)[VIEW];
	// The parser only ever appends pieces (a paragraph continued after a page break), and an appended piece lies
	// further on in the source, so a view that still ends where the pieces end is up to date.
	const end = pieces.length > 0 ? pieces[pieces.length - 1].end : 0;
	if (cached && cached.sourceOffset(cached.text.length) === end) {
		return cached;
	}
	const view = TextView.of(source, pieces);
	remember(pieces, view);
	return view;
}

/**
 * Keeps the remembered view of `pieces` valid after incremental re-analysis moved them by `delta`: call it once
 * the pieces themselves have moved. Without it the next reader would rebuild the view from the source.
 */
export function relocateView(pieces: readonly Span[], delta: number): void {
	const cached = (pieces as WithView)[VIEW];
	if (cached) {
		remember(pieces, cached.shifted(delta));
	}
}

/** Forgets the remembered view of `pieces`, whose text changed without their end moving. */
export function forgetView(pieces: readonly Span[]): void {
	if (Object.prototype.hasOwnProperty.call(pieces, VIEW)) {
		(pieces as WithView)[VIEW] = undefined;
	}
}

// One descriptor serves every definition; it holds the view only for the duration of the call.
const DESCRIPTOR: PropertyDescriptor = { value: undefined, writable: true, configurable: true, enumerable: false };

function remember(pieces: readonly Span[], view: TextView): void {
	if (Object.prototype.hasOwnProperty.call(pieces, VIEW)) {
		(pieces as WithView)[VIEW] = view;
	} else if (Object.isExtensible(pieces)) {
		DESCRIPTOR.value = view;
		Object.defineProperty(pieces, VIEW, DESCRIPTOR);
		DESCRIPTOR.value = undefined;
	}
}
