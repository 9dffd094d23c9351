import type { Span, TextNode } from '../model/types';
import { TextView } from './textView';

// The parser, the citation finder and several rules all read the clean text of the same paragraphs; remembering
// the view on the pieces array itself (which belongs to one node of one parse) builds each view once per version.
// The view is held in a private field, which comparisons, JSON and copies of the array never see. A WeakMap did
// the same, but its ephemeron table cost more per look-up and at every garbage collection than the whole view on
// a draft of thousands of paragraphs; a non-enumerable property cost a call of Object.defineProperty, a slow path
// of the engine, per node.

/** Returns the object it is given, so that a subclass's constructor adds its private fields to that object. */
class Stamp {
	constructor(target: object) {
		return target;
	}
}

/**
 * The remembered view of a pieces array. Calling the constructor on an array gives the array the private field
 * (a constructor that returns an object hands that object to the subclass to initialize), which the engine adds
 * as fast as an ordinary property, without the slow path of Object.defineProperty.
 */
class Remembered extends Stamp {
	#view: TextView | undefined;

	private constructor(pieces: readonly Span[], view: TextView | undefined) {
		super(pieces);
		this.#view = view;
	}

	static get(pieces: readonly Span[]): TextView | undefined {
		return #view in pieces ? (pieces as unknown as Remembered).#view : undefined;
	}

	static set(pieces: readonly Span[], view: TextView | undefined): void {
		if (#view in pieces) {
			(pieces as unknown as Remembered).#view = view;
		} else if (view && Object.isExtensible(pieces)) {
			// Engines that follow the newer rule refuse a private field on a frozen object; such pieces (a caller's
			// frozen model) simply go without a remembered view, as they did before.
			new Remembered(pieces, view);
		}
	}
}

/**
 * True when a body is the source text of its one piece as it stands: it covers the piece exactly and is as long as
 * the piece, which removing Markdown or trimming would have made it not. Most paragraphs are such; their body says
 * all a clean view would, so the parser keeps no view for them (parser/nodes.ts keeps not even their pieces list).
 */
export function isVerbatim(pieces: readonly Span[], body: TextNode): boolean {
	return pieces.length === 1 && body.span.start === pieces[0].start && body.span.end === pieces[0].end
		&& body.text.length === body.span.end - body.span.start;
}

/**
 * What a node of the parser (parser/nodes.ts) tells of its body from its fields. Its `body` and `pieces` getters
 * build fresh objects, four for a verbatim node, and the citation finder and several rules ask for the view of
 * every node.
 */
interface NodeFields {
	readonly verbatim: boolean;
	readonly bodyText: string;
	readonly bodyStart: number;
	readonly bodyEnd: number;
}

/**
 * The clean view of a paragraph or sub-paragraph: built afresh from its body when that is verbatim (one small object
 * that dies young, where keeping one per node cost about 100 bytes each for as long as the model lives), and
 * otherwise the remembered view of its pieces.
 */
export function viewOfNode(source: string, node: { readonly pieces: readonly Span[]; readonly body: TextNode }): TextView {
	// A parser's node without a pieces list is verbatim as isVerbatim tells it, as long as its body keeps the length
	// of its span; anything else (a plain model, a node whose body no longer fits its span) is asked below.
	const fields = node as Partial<NodeFields>;
	if (fields.verbatim === true && (fields.bodyText as string).length === (fields.bodyEnd as number) - (fields.bodyStart as number)) {
		return TextView.verbatim(fields.bodyText as string, fields.bodyStart as number);
	}
	const { pieces, body } = node;
	return isVerbatim(pieces, body) ? TextView.verbatim(body.text, body.span.start) : viewOfPieces(source, pieces);
}

/** The clean view of a node's pieces, built once while the pieces stay as they are. */
export function viewOfPieces(source: string, pieces: readonly Span[]): TextView {
	const cached = Remembered.get(pieces);
	// The parser only ever appends pieces (a paragraph continued after a page break), and an appended piece lies
	// further on in the source, so a view that still ends where the pieces end is up to date.
	const end = pieces.length > 0 ? pieces[pieces.length - 1].end : 0;
	if (cached && cached.sourceOffset(cached.text.length) === end) {
		return cached;
	}
	const view = TextView.of(source, pieces);
	Remembered.set(pieces, view);
	return view;
}

/** Remembers `view` as the clean view of `pieces`, for a caller that built it from views it had already. */
export function rememberView(pieces: readonly Span[], view: TextView): void {
	Remembered.set(pieces, view);
}

/**
 * Keeps the remembered view of `pieces` valid after incremental re-analysis moved them by `delta`: call it once
 * the pieces themselves have moved. Without it the next reader would rebuild the view from the source.
 */
export function relocateView(pieces: readonly Span[], delta: number): void {
	const cached = Remembered.get(pieces);
	if (cached) {
		Remembered.set(pieces, cached.shifted(delta));
	}
}

/** Forgets the remembered view of `pieces`, whose text changed without their end moving. */
export function forgetView(pieces: readonly Span[]): void {
	Remembered.set(pieces, undefined);
}
