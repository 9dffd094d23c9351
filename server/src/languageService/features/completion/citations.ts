import { CompletionItemKind, MarkupKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import type { CitationKind, Organ, Resolution } from '../../model/types';

/** A resolution, decision or document that completion can offer, from the draft itself or from a catalogue. */
export interface CitableDocument {
	kind: CitationKind;
	/** The canonical symbol ("A/RES/70/1", "A/73/535"). */
	symbol?: string;
	/** The number as cited in running text ("70/1", "2334 (2016)"), for resolutions and decisions. */
	number?: string;
	organ?: Organ;
	/** The adoption or issue date as written or in ISO form. */
	date?: string;
	title?: string;
	/** Where the entry comes from, shown to the drafter ("cited in this draft", "catalogue"). */
	origin: string;
}

/**
 * Where completion finds citable documents beyond the draft itself. The catalogue of resolutions and symbols
 * (issue 4) implements this; until then only the draft's own citations are offered.
 */
export interface CitationSource {
	/** Resolutions and decisions whose number starts with `typed`, of `organ` first when known. */
	resolutions(typed: string, organ: Organ): CitableDocument[];
	/** Document symbols that start with `typed` ("A/7" → "A/73/535", …). */
	symbols(typed: string): CitableDocument[];
}

/** The resolutions and symbols the draft already cites, each once, in order of first citation. */
export function draftCitationSource(resolution: Resolution): CitationSource {
	const seen = new Map<string, CitableDocument>();
	for (const citation of resolution.citations) {
		const key = `${citation.kind}:${citation.number ?? citation.symbol ?? citation.text}`;
		const known = seen.get(key);
		if (!known) {
			seen.set(key, {
				kind: citation.kind, symbol: citation.symbol, number: citation.number, organ: citation.organ,
				date: citation.date?.text, origin: 'cited in this draft',
			});
		} else if (!known.date && citation.date) {
			known.date = citation.date.text;
		}
	}
	const documents = [...seen.values()];
	// What is being typed is itself read as a citation ("A/8"); offering it back would complete nothing.
	const startsWith = (value: string | undefined, typed: string) => value !== undefined && value !== typed
		&& value.toLowerCase().startsWith(typed.toLowerCase());
	return {
		resolutions: (typed, organ) => documents
			.filter(document => document.kind !== 'symbol' && startsWith(document.number, typed))
			.sort((a, b) => Number(b.organ === organ) - Number(a.organ === organ)),
		symbols: typed => documents.filter(document => startsWith(document.symbol, typed)),
	};
}

/** Items for a resolution number after "resolution " or the Chinese "第". */
export function resolutionItems(documents: readonly CitableDocument[], replace: Range, chineseSpacing?: string): CompletionItem[] {
	return unique(documents, document => document.number).map((document, index) => ({
		label: document.number!,
		kind: CompletionItemKind.Reference,
		detail: [document.kind, document.date, document.title].filter(Boolean).join(' · '),
		documentation: documentationOf(document),
		sortText: String(index).padStart(4, '0'),
		textEdit: {
			range: replace,
			newText: chineseSpacing === undefined ? document.number! : `${document.number}${chineseSpacing}号${document.kind === 'decision' ? '决定' : '决议'}`,
		},
	}));
}

/** Items for a document symbol being typed ("A/", "E/CN."). */
export function symbolItems(documents: readonly CitableDocument[], replace: Range): CompletionItem[] {
	return unique(documents, document => document.symbol).map((document, index) => ({
		label: document.symbol!,
		kind: CompletionItemKind.Reference,
		detail: [document.date, document.title].filter(Boolean).join(' · ') || document.origin,
		documentation: documentationOf(document),
		sortText: String(index).padStart(4, '0'),
		textEdit: { range: replace, newText: document.symbol! },
	}));
}

function unique(documents: readonly CitableDocument[], key: (document: CitableDocument) => string | undefined): CitableDocument[] {
	const seen = new Set<string>();
	return documents.filter(document => {
		const value = key(document);
		if (!value || seen.has(value)) {
			return false;
		}
		seen.add(value);
		return true;
	});
}

function documentationOf(document: CitableDocument) {
	const lines = [
		document.title ? `**${document.title}**` : undefined,
		document.symbol ? `Symbol: \`${document.symbol}\`` : undefined,
		document.date ? `Date: ${document.date}` : undefined,
		`Source: ${document.origin}`,
	].filter(Boolean);
	return { kind: MarkupKind.Markdown, value: lines.join('\n\n') };
}
