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
	// Every symbol and every number has an ASCII digit, but the text is not searched for one first: most texts that
	// are read have one, often far in, and that search was then a pass more (7 % of citation finding on the English
	// fixture). A text without a digit costs the finders' own scans (for slashes, and keywords) instead.
	if (typeof text !== 'string') {
		return [];
	}
	const symbols = findSymbols(text);
	const references = findResolutionReferences(text, language, symbols.length === 0 ? undefined : symbols.map(symbol => symbol.span), defaultOrgan, strings);
	// Most paragraphs cite no symbol, and then the references alone are the answer.
	if (symbols.length === 0 && isInOrder(references)) {
		return references;
	}
	const all: Citation[] = symbols.map(found => {
		const { text: written, symbol } = strings.symbol(found.text);
		return new ParsedCitation('symbol', found.span, written, undefined, undefined, symbol, undefined);
	});
	// Each finder reports in order and without overlaps, so when one found nothing the other's list is the answer.
	if (references.length === 0 && isInOrder(all)) {
		return all;
	}
	if (all.length === 0 && isInOrder(references)) {
		return references;
	}
	all.push(...references);
	all.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
	const result: Citation[] = [];
	for (const citation of all) {
		const previous = result[result.length - 1];
		if (!previous || citation.span.start >= previous.span.end) {
			result.push(citation);
		}
	}
	return result;
}

/** Whether citations stand in order of position, none empty and none overlapping, as the merge would leave them. */
function isInOrder(citations: readonly Citation[]): boolean {
	for (let i = 0; i < citations.length; i++) {
		const { start, end } = citations[i].span;
		if (end <= start || (i > 0 && start < citations[i - 1].span.end)) {
			return false;
		}
	}
	return true;
}
