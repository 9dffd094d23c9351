import { normalizeSymbol } from '../citations/symbols';
import type { DocumentLanguage } from '../model/types';
import type { CatalogueEntry, CatalogueLayer, CatalogueSource, Titles } from './types';

const WHITESPACE_AND_STARS = /[\s*]+/g;
const NON_BREAKING_HYPHEN = '\u2011';

/**
 * The key a symbol is filed under: its canonical form without spaces or reissue stars, upper-cased, so that
 * "S/RES/2334(2016)", "S/RES/2334 (2016)" and "s/res/2334 (2016)" find the same row (symbols compare
 * case-insensitively, drafting-rules.md §2.2).
 */
export function catalogueKey(symbol: string): string {
	if (typeof symbol !== 'string') {
		return '';
	}
	if (isKeyAlready(symbol)) {
		return symbol;
	}
	// The canonical form differs from the symbol as written only by spaces, stars and a non-breaking hyphen
	// written as a hyphen; the key drops the first two, so only a symbol with that hyphen needs to be parsed.
	const compact = symbol.replace(WHITESPACE_AND_STARS, '');
	const key = compact.includes(NON_BREAKING_HYPHEN) ? normalizeSymbol(symbol).replace(WHITESPACE_AND_STARS, '') : compact;
	return key.toUpperCase();
}

/**
 * Whether `symbol` is its own key: printable ASCII without spaces, stars or lower-case letters, as almost every
 * cited symbol is ("A/RES/70/1"). Such a symbol has nothing to drop, no hyphen to read and nothing to upper-case, so
 * the look-up builds no strings; a symbol the draft writes otherwise takes the full path below.
 */
function isKeyAlready(symbol: string): boolean {
	for (let index = 0; index < symbol.length; index++) {
		const code = symbol.charCodeAt(index);
		if (code <= 0x20 || code >= 0x7F || code === 0x2A || (code >= 0x61 && code <= 0x7A)) {
			return false;
		}
	}
	return true;
}

/** A layer held in memory: the rows of one catalogue file, of the built-in list or of the online cache. */
export class EntryMap implements CatalogueLayer {
	private readonly entries = new Map<string, CatalogueEntry>();

	constructor(entries: Iterable<CatalogueEntry> = []) {
		for (const entry of entries) {
			this.add(entry);
		}
	}

	/** Adds a row; a later row for the same symbol replaces the earlier one, as a later line of a file would. */
	add(entry: CatalogueEntry): void {
		this.entries.set(catalogueKey(entry.symbol), entry);
	}

	lookup(key: string): CatalogueEntry | undefined {
		return this.entries.get(key);
	}

	get size(): number {
		return this.entries.size;
	}
}

/**
 * The catalogue as features see it: the layers in order of trust, asked afresh on every look-up so that a file
 * edited or an online answer arrived since is seen at once.
 */
export class Catalogue {
	constructor(private readonly layers: () => readonly CatalogueLayer[]) {}

	/** Every row known for `symbol`, most trusted first. */
	entries(symbol: string): CatalogueEntry[] {
		if (typeof symbol !== 'string' || symbol.length === 0) {
			return [];
		}
		const key = catalogueKey(symbol);
		const found: CatalogueEntry[] = [];
		for (const layer of this.layers()) {
			const entry = layer.lookup(key);
			if (entry) {
				found.push(entry);
			}
		}
		return found;
	}

	/** The date of `symbol` from the most trusted row that has one, as `describe` gives it, without merging titles. */
	dateOf(symbol: string): KnownDocument['date'] {
		if (typeof symbol !== 'string' || symbol.length === 0) {
			return undefined;
		}
		// The layers are asked in order until one has a date, without gathering every row as entries() does: the
		// date rule asks this for each resolution a draft cites.
		const key = catalogueKey(symbol);
		for (const layer of this.layers()) {
			const entry = layer.lookup(key);
			if (entry && entry.date !== undefined) {
				return { iso: entry.date, source: entry.source };
			}
		}
		return undefined;
	}

	/** What the catalogue knows about `symbol`, merged for a reader of `language`; undefined when nothing. */
	describe(symbol: string, language: DocumentLanguage): KnownDocument | undefined {
		return mergeEntries(this.entries(symbol), language);
	}
}

/** A text with the language it is in and the row it came from. */
export interface SourcedText {
	text: string;
	language: DocumentLanguage;
	source: CatalogueSource;
}

/** The merged knowledge about one document: each field from the most trusted row that has it. */
export interface KnownDocument {
	symbol: string;
	title?: SourcedText;
	subject?: SourcedText;
	date?: { iso: string; source: CatalogueSource };
	/** The first row that places the document in the workspace, for go to definition. */
	location?: CatalogueEntry['location'];
	reportFor?: string;
	entries: CatalogueEntry[];
}

export function mergeEntries(entries: readonly CatalogueEntry[], language: DocumentLanguage): KnownDocument | undefined {
	if (entries.length === 0) {
		return undefined;
	}
	const known: KnownDocument = { symbol: entries[0].symbol, entries: [...entries] };
	const title = pickText(entries, entry => entry.titles, language);
	// A description is only worth showing when no row has the title itself.
	const subject = title ? undefined : pickText(entries, entry => entry.subjects, language);
	const dated = entries.find(entry => entry.date !== undefined);
	if (title) {
		known.title = title;
	}
	if (subject) {
		known.subject = subject;
	}
	if (dated) {
		known.date = { iso: dated.date!, source: dated.source };
	}
	const located = entries.find(entry => entry.location !== undefined);
	if (located) {
		known.location = located.location;
	}
	const report = entries.find(entry => entry.reportFor !== undefined);
	if (report) {
		known.reportFor = report.reportFor;
	}
	return known;
}

const FALLBACK_ORDER: readonly DocumentLanguage[] = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];

/** The text in the reader's language from the most trusted row that has one, else English, else any language. */
function pickText(entries: readonly CatalogueEntry[], field: (entry: CatalogueEntry) => Titles | undefined, language: DocumentLanguage): SourcedText | undefined {
	for (const wanted of [language, ...FALLBACK_ORDER]) {
		for (const entry of entries) {
			const text = field(entry)?.[wanted];
			if (typeof text === 'string' && text.trim().length > 0) {
				return { text: text.trim(), language: wanted, source: entry.source };
			}
		}
	}
	return undefined;
}
