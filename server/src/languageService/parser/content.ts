import type { DocumentLanguage, Opener, Organ, Span, TextNode } from '../model/types';
import { appendCitations, CitationStrings } from '../citations';
import type { ParsedCitation, ParsedDate } from '../citations/parsedCitation';
import { TextView } from '../text/textView';
import { isVerbatim, rememberView, viewOfNode } from '../text/views';
import { nodeOf } from './context';
import { verbatimNode } from './nodes';
import { matchOpener } from './opener';

/**
 * What a paragraph or sub-paragraph says, read from its source pieces: the clean body and the opening phrase.
 * The body reader calls it while it reads a document, with the clean view of the pieces that it built from the
 * views of their lines, and incremental re-analysis calls it again for the one paragraph a keystroke changed, so
 * both readings are the same by construction.
 */
export function paragraphContent(
	text: string,
	pieces: readonly Span[],
	language: DocumentLanguage,
	view = TextView.of(text, pieces),
): { body: TextNode; opener?: Opener } {
	const found = matchOpener(view.text, language);
	return {
		body: paragraphBody(text, pieces, view),
		opener: found && {
			text: found.text,
			span: view.sourceSpan(found.start, found.end),
			canonical: found.canonical,
			known: found.known,
			form: found.form,
			concept: found.concept,
			repeated: found.repeated,
		},
	};
}

/**
 * The clean body alone, for a sub-paragraph, which has no opener of its own: the same as paragraphContent's. The
 * view is remembered on the pieces for the citation finder and the rules, unless the body is verbatim and stands
 * for it (text/views.ts).
 */
export function paragraphBody(text: string, pieces: readonly Span[], view = TextView.of(text, pieces)): TextNode {
	const body = nodeOf(view);
	if (!isVerbatim(pieces, body)) {
		rememberView(pieces, view);
	}
	return body;
}

/**
 * The citations in the clean text of a paragraph or sub-paragraph, with spans mapped back to the source, appended
 * to `into` (which is returned). `strings` are the strings of the citations of the parse, which equal citations
 * share; a caller that reads one paragraph needs none.
 */
export function citationsOfNode(
	text: string,
	node: { readonly pieces: readonly Span[]; readonly body: TextNode },
	language: DocumentLanguage,
	organ: Organ,
	strings: CitationStrings = new CitationStrings(),
	into: ParsedCitation[] = [],
): ParsedCitation[] {
	// A node the parser built knows whether its body is verbatim, which saves building its view (and the pieces and
	// body objects that tell it) for the moves by a constant offset that a verbatim view stands for.
	const verbatim = verbatimNode(node);
	if (verbatim) {
		const first = into.length;
		appendCitations(verbatim.bodyText, language, organ, strings, into);
		shiftCitations(into, first, verbatim.bodyStart);
		return into;
	}
	return citationsOfView(viewOfNode(text, node), language, organ, strings, into);
}

/**
 * The citations of one source range that is not a node's pieces (a footnote text, the origin line), appended to
 * `into`: its view is read once, so it is built without being remembered.
 */
export function citationsOfSpan(text: string, span: Span, language: DocumentLanguage, organ: Organ, strings: CitationStrings, into: ParsedCitation[]): void {
	citationsOfView(TextView.of(text, [span]), language, organ, strings, into);
}

function citationsOfView(view: TextView, language: DocumentLanguage, organ: Organ, strings: CitationStrings, into: ParsedCitation[]): ParsedCitation[] {
	const first = into.length;
	appendCitations(view.text, language, organ, strings, into);
	// The citations are new objects of this call, so their offsets are moved to the source in place: copying them
	// with a spread would give each copy a hidden class of its own, which costs time and memory per citation.
	// Their dates are new objects of this call too, so the same holds for them; a date that two neighbouring
	// citations shared would be moved once.
	let moved: ParsedDate | undefined;
	for (let i = first; i < into.length; i++) {
		const citation = into[i];
		moveToSource(view, citation);
		const date = citation.date;
		if (date !== undefined && date !== moved) {
			moveToSource(view, date);
			moved = date;
		}
	}
	return into;
}

/** Moves the citations from `first` on, and their dates, by `offset`, as a verbatim view of text at `offset` maps them. */
function shiftCitations(citations: ParsedCitation[], first: number, offset: number): void {
	let moved: ParsedDate | undefined;
	for (let i = first; i < citations.length; i++) {
		const citation = citations[i];
		citation.start += offset;
		citation.end += offset;
		const date = citation.date;
		if (date !== undefined && date !== moved) {
			date.start += offset;
			date.end += offset;
			moved = date;
		}
	}
}

/** Moves clean offsets to the smallest source range that covers them, as TextView.sourceSpan maps them, without a span object. */
function moveToSource(view: TextView, placed: ParsedCitation | ParsedDate): void {
	const { start, end } = placed;
	placed.start = view.sourceOffset(start);
	placed.end = end <= start ? placed.start : view.sourceOffset(end - 1) + 1;
}
