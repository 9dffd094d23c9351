import type { TextDocument } from 'vscode-languageserver-textdocument';
import { readResolutionNumber } from '../../citations/numberTokens';
import { organOfNumber, symbolOfNumber } from '../../citations/resolutionNumbers';
import { parseSymbol } from '../../citations/symbols';
import type { Citation, DocumentLanguage, Resolution } from '../../model/types';
import type { CitationGroup, CitationOrgan, CitationsResult, CitedDocument } from './protocol';

type Positions = Pick<TextDocument, 'uri' | 'version' | 'positionAt'>;

/** Titles of documents by canonical symbol, from whatever source the caller has (other drafts, a catalogue). */
export type TitleLookup = (symbol: string) => string | undefined;

/** The order of the groups in the Citations view: the principal organs first, everything else last. */
const ORGAN_ORDER: readonly CitationOrgan[] = ['GA', 'SC', 'ECOSOC', 'HRC', 'other'];

/**
 * Every document the draft cites, grouped by organ, each with all the places that cite it. A document is one
 * entry however it is cited ("resolution 70/1", "A/RES/70/1", "第 70/1 号决议"), because citations are keyed by
 * their canonical symbol. Documents keep the order in which the draft first cites them.
 */
export function buildCitationIndex(resolution: Resolution, document: Positions, titles: TitleLookup = () => undefined): CitationsResult {
	const byKey = new Map<string, { organ: CitationOrgan; entry: CitedDocument }>();
	for (const citation of resolution.citations) {
		const key = citation.symbol ?? citation.text;
		let found = byKey.get(key);
		if (!found) {
			found = { organ: organOf(citation), entry: newEntry(citation, key, resolution.language, titles) };
			byKey.set(key, found);
		}
		found.entry.occurrences.push({
			range: { start: document.positionAt(citation.span.start), end: document.positionAt(citation.span.end) },
			text: citation.text,
		});
	}
	const groups: CitationGroup[] = ORGAN_ORDER
		.map(organ => ({ organ, documents: [...byKey.values()].filter(found => found.organ === organ).map(found => found.entry) }))
		.filter(group => group.documents.length > 0);
	return { uri: document.uri, version: document.version, language: resolution.language, groups };
}

/** The undocs.org address of a document in one of the six languages; undocs.org redirects to the official text. */
export function undocsUrl(symbol: string, language: DocumentLanguage): string {
	return `https://undocs.org/${language}/${encodeURI(symbol)}`;
}

/**
 * The symbol a resolution gives itself ("73/218" in the heading of a General Assembly resolution is A/RES/73/218),
 * so that an open draft can supply its own title to the citations of other drafts.
 */
export function ownSymbol(resolution: Resolution): string | undefined {
	const written = resolution.header.number?.text;
	const number = written ? readResolutionNumber(written) : undefined;
	return number ? symbolOfNumber(number, organOfNumber(number, resolution.organ), 'resolution') : undefined;
}

function newEntry(citation: Citation, key: string, language: DocumentLanguage, titles: TitleLookup): CitedDocument {
	const title = citation.symbol ? titles(citation.symbol) : undefined;
	return {
		key,
		kind: citation.kind,
		...(citation.symbol ? { symbol: citation.symbol, url: undocsUrl(citation.symbol, language) } : {}),
		label: citation.number ?? citation.text,
		...(title ? { title } : {}),
		occurrences: [],
	};
}

function organOf(citation: Citation): CitationOrgan {
	if (citation.organ && citation.organ !== 'unknown') {
		return citation.organ;
	}
	const parsed = citation.symbol ? parseSymbol(citation.symbol) : undefined;
	switch (parsed?.series) {
		case 'A':
			return parsed.bodies.includes('HRC') ? 'HRC' : 'GA';
		case 'S':
			return 'SC';
		case 'E':
			return 'ECOSOC';
		default:
			return 'other';
	}
}
