import type { DocumentLanguage, Organ, Span } from '../model/types';

/**
 * The catalogue says what a cited document is beyond its symbol: its title, its date, its organ. Rows come from
 * four places, in this order of trust: the resolutions of the workspace, catalogue files the user points to, an
 * opt-in online look-up, and a small built-in list taken from official texts.
 */

/** A text in one or more of the six languages. */
export type Titles = Partial<Record<DocumentLanguage, string>>;

export type CatalogueSourceKind = 'workspace' | 'file' | 'online' | 'built-in';

export interface CatalogueSource {
	kind: CatalogueSourceKind;
	/** Where the row comes from, for people: a file and line, the online service, or the official text citing it. */
	label: string;
	/** The file the row stands in, for workspace resolutions and catalogue files. */
	uri?: string;
	/** The 1-based line of the row in a catalogue file. */
	line?: number;
}

export interface CatalogueEntry {
	/** The canonical symbol ("A/RES/70/1", "S/RES/2334 (2016)"). */
	symbol: string;
	/** The document's title, by language. */
	titles?: Titles;
	/** What the document is about when only a description is known ("on the Addis Ababa Action Agenda …"). */
	subjects?: Titles;
	/** The date of adoption or issue, ISO 8601 ("2015-09-25"). */
	date?: string;
	organ?: Organ;
	source: CatalogueSource;
	/** For a resolution of the workspace: the file and the span of its number-and-title line. */
	location?: { uri: string; span: Span };
	/** For a report cited in a workspace resolution's origin line: the symbol of the resolution adopted on it. */
	reportFor?: string;
}

/** One source of rows, answering by the catalogue key of a symbol (see `catalogueKey`). */
export interface CatalogueLayer {
	lookup(key: string): CatalogueEntry | undefined;
}
