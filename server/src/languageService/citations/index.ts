import type { Citation, DocumentLanguage, Organ } from '../model/types';
import { CitationStrings } from './citationStrings';
import { ParsedCitation } from './parsedCitation';
import { findResolutionReferences } from './resolutionRefs';
import { findSymbols } from './symbols';

/**
 * Citations in running text: UN document symbols and resolution or decision numbers. Pure functions over a
 * string; they never throw and report spans as offsets into the string they were given.
 */

export { CitationStrings } from './citationStrings';
export { findDates } from './dates';
export { findResolutionReferences } from './resolutionRefs';
export { findSymbols, normalizeSymbol, parseSymbol } from './symbols';
export type { FoundSymbol, ParsedSymbol, SymbolPart } from './symbols';

/**
 * Every symbol and resolution or decision reference in `text`, in order and without overlaps. Symbols are read
 * first, so that the number inside "A/RES/70/1" is not reported a second time as a resolution.
 * `defaultOrgan` is the organ of the document itself ("its resolution" in an Assembly text is the Assembly's);
 * `strings` are the strings of the citations of the parse, when the caller reads more texts than this one.
 */
export function findCitations(text: string, language: DocumentLanguage, defaultOrgan?: Organ, strings: CitationStrings = new CitationStrings()): Citation[] {
	const citations: ParsedCitation[] = [];
	appendCitations(text, language, defaultOrgan, strings, citations);
	return citations;
}

/**
 * What {@link findCitations} finds, appended to `into`: a caller that reads many texts (the parser, paragraph by
 * paragraph) collects their citations in one array, not in an array per text that is copied and let go of.
 */
export function appendCitations(text: string, language: DocumentLanguage, defaultOrgan: Organ | undefined, strings: CitationStrings, into: ParsedCitation[]): void {
	// Every symbol and every number has an ASCII digit, but the text is not searched for one first: most texts that
	// are read have one, often far in, and that search was then a pass more (7 % of citation finding on the English
	// fixture). A text without a digit costs the finders' own scans (for slashes, and keywords) instead.
	if (typeof text !== 'string') {
		return;
	}
	const symbols = findSymbols(text);
	// Most paragraphs cite no symbol, and then the references alone are the answer, in order as the finder reports
	// them (which the merge below checks all the same).
	if (symbols.length === 0) {
		const first = into.length;
		findResolutionReferences(text, language, undefined, defaultOrgan, strings, into);
		if (!isInOrder(into, first)) {
			appendAll(into, merged(into.splice(first)));
		}
		return;
	}
	const all = symbols.map(found => {
		const { text: written, symbol } = strings.symbol(found.text);
		return new ParsedCitation('symbol', found.span.start, found.span.end, written, undefined, undefined, symbol, undefined);
	});
	findResolutionReferences(text, language, symbols.map(symbol => symbol.span), defaultOrgan, strings, all);
	// Each finder reports in order and without overlaps, so when the references add nothing the symbols are the answer.
	appendAll(into, all.length === symbols.length && isInOrder(all, 0) ? all : merged(all));
}

/** Appends `citations` to `into` one by one: a spread of a long list into push would overflow the stack. */
function appendAll(into: ParsedCitation[], citations: readonly ParsedCitation[]): void {
	for (const citation of citations) {
		into.push(citation);
	}
}

/** Citations in order of position, each kept unless it overlaps one kept before it (the longer of two that start together). */
function merged(all: ParsedCitation[]): ParsedCitation[] {
	all.sort((a, b) => a.start - b.start || b.end - a.end);
	const result: ParsedCitation[] = [];
	for (const citation of all) {
		const previous = result[result.length - 1];
		if (!previous || citation.start >= previous.end) {
			result.push(citation);
		}
	}
	return result;
}

/** Whether the citations from `first` on stand in order of position, none empty and none overlapping, as the merge would leave them. */
function isInOrder(citations: readonly ParsedCitation[], first: number): boolean {
	for (let i = first; i < citations.length; i++) {
		const { start, end } = citations[i];
		if (end <= start || (i > first && start < citations[i - 1].end)) {
			return false;
		}
	}
	return true;
}
