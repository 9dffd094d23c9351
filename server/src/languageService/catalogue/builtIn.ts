import { EntryMap } from './catalogue';
import { BUILT_IN_ROWS, type BuiltInRow } from './builtInData';
import type { CatalogueEntry } from './types';

function toEntry(row: BuiltInRow): CatalogueEntry {
	const entry: CatalogueEntry = { symbol: row.symbol, source: { kind: 'built-in', label: row.source } };
	if (row.date) {
		entry.date = row.date;
	}
	if (row.titles) {
		entry.titles = row.titles;
	}
	if (row.subjects) {
		entry.subjects = row.subjects;
	}
	return entry;
}

/** The built-in rows as a catalogue layer. Nothing adds to it after this line: it is constant data. */
export const BUILT_IN_CATALOGUE: EntryMap = new EntryMap(BUILT_IN_ROWS.map(toEntry));
