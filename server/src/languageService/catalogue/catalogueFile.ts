import { parseSymbol } from '../citations/symbols';
import type { DocumentLanguage, Organ } from '../model/types';
import { ORGAN_NAMES } from '../vocabulary/organs';
import { readCsvRecords } from './csvRows';
import { readJsonRows } from './jsonRows';
import type { CatalogueEntry, CatalogueSource, Titles } from './types';

/**
 * Reads a catalogue file the user points to (docs/catalogue.md describes the format): JSON rows
 * `{ "symbol": "A/RES/70/1", "title": "…", "date": "2015-09-25", "organ": "GA" }`, or CSV with a header naming
 * the same columns, as the UN Digital Library exports them. A malformed row is reported with its line and left
 * out; the others are kept. Never throws.
 */

export interface CatalogueProblem {
	line: number;
	message: string;
}

export interface CatalogueFile {
	entries: CatalogueEntry[];
	problems: CatalogueProblem[];
}

export type CatalogueFormat = 'json' | 'csv';

/** More rows than this are not a catalogue of cited documents; the rest of the file is ignored and reported. */
const MAX_ROWS = 100_000;

export function readCatalogueFile(text: string, uri: string, format: CatalogueFormat = formatOf(uri, text)): CatalogueFile {
	const result: CatalogueFile = { entries: [], problems: [] };
	if (typeof text !== 'string') {
		result.problems.push({ line: 1, message: 'the file could not be read as text' });
		return result;
	}
	const rows = format === 'csv' ? csvRows(text, result.problems) : jsonRows(text, result.problems);
	if (rows.length > MAX_ROWS) {
		result.problems.push({ line: rows[MAX_ROWS].line, message: `only the first ${MAX_ROWS} rows are read` });
	}
	for (const row of rows.slice(0, MAX_ROWS)) {
		const entry = toEntry(row.fields, { kind: 'file', label: `${fileName(uri)}:${row.line}`, uri, line: row.line }, result.problems);
		if (entry) {
			result.entries.push(entry);
		}
	}
	result.problems.sort((a, b) => a.line - b.line);
	return result;
}

/** CSV by extension, else JSON (the default format, and what a file starting with `[` or `{` is). */
export function formatOf(uri: string, text = ''): CatalogueFormat {
	if (/\.csv$/i.test(uri)) {
		return 'csv';
	}
	return /\.json$/i.test(uri) || /^\s*[[{]/.test(text) ? 'json' : 'csv';
}

interface Row {
	fields: Record<string, unknown>;
	line: number;
}

function jsonRows(text: string, problems: CatalogueProblem[]): Row[] {
	const read = readJsonRows(text);
	if (read.error) {
		problems.push(read.error);
	}
	const rows: Row[] = [];
	for (const { value, line } of read.rows) {
		if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
			rows.push({ fields: value as Record<string, unknown>, line });
		} else {
			problems.push({ line, message: 'a row must be an object such as { "symbol": "A/RES/70/1", "title": "…" }' });
		}
	}
	return rows;
}

// Column names as people and the UN Digital Library's MARC exports write them (191 $a symbol, 245 $a title,
// 269 $a date), folded to lower case without spaces, underscores or dollar signs.
const COLUMN_ALIASES: Readonly<Record<string, string>> = {
	symbol: 'symbol', documentsymbol: 'symbol', '191a': 'symbol',
	title: 'title', '245a': 'title',
	date: 'date', adoptiondate: 'date', publicationdate: 'date', '269a': 'date',
	organ: 'organ', subject: 'subject',
};
const LANGUAGES: readonly DocumentLanguage[] = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];

function columnName(header: string): string {
	const folded = header.trim().toLowerCase().replace(/[\s_$.-]+/g, '');
	const language = LANGUAGES.find(code => folded === `title${code}`);
	return language ? `title_${language}` : COLUMN_ALIASES[folded] ?? folded;
}

function csvRows(text: string, problems: CatalogueProblem[]): Row[] {
	const [header, ...records] = readCsvRecords(text);
	if (!header) {
		return [];
	}
	const columns = header.fields.map(columnName);
	if (!columns.includes('symbol')) {
		problems.push({ line: header.line, message: 'the first line must name the columns, one of them "symbol" (also "title", "date", "organ")' });
		return [];
	}
	return records.map(record => {
		const fields: Record<string, unknown> = {};
		columns.forEach((column, index) => {
			const value = record.fields[index]?.trim();
			if (value) {
				fields[column] = value;
			}
		});
		return { fields, line: record.line };
	});
}

function toEntry(fields: Record<string, unknown>, source: CatalogueSource, problems: CatalogueProblem[]): CatalogueEntry | undefined {
	const report = (message: string) => problems.push({ line: source.line ?? 1, message });
	// Spaces are optional in a symbol ("S/RES/2334(2016)", "A/RES/57/270 B"), so the look-up reads it without them.
	const symbol = typeof fields.symbol === 'string' ? parseSymbol(fields.symbol.replace(/\s+/g, '')) : undefined;
	if (!symbol) {
		report(fields.symbol === undefined ? 'the row has no "symbol"' : `"${String(fields.symbol)}" is not a UN document symbol`);
		return undefined;
	}
	const entry: CatalogueEntry = { symbol: symbol.canonical, source };
	const titles = readTitles(fields, report);
	if (titles) {
		entry.titles = titles;
	}
	if (typeof fields.subject === 'string' && fields.subject.trim()) {
		entry.subjects = { [scriptLanguage(fields.subject)]: fields.subject.trim() };
	}
	if (fields.date !== undefined) {
		const date = typeof fields.date === 'string' ? readDate(fields.date) : undefined;
		if (date) {
			entry.date = date;
		} else {
			report(`"${String(fields.date)}" is not a date in the form 2015-09-25`);
		}
	}
	if (fields.organ !== undefined) {
		const organ = typeof fields.organ === 'string' ? readOrgan(fields.organ) : undefined;
		if (organ) {
			entry.organ = organ;
		} else {
			report(`"${String(fields.organ)}" is not an organ (GA, SC, ECOSOC or HRC)`);
		}
	}
	return entry;
}

function readTitles(fields: Record<string, unknown>, report: (message: string) => void): Titles | undefined {
	const titles: Titles = {};
	if (typeof fields.title === 'string' && fields.title.trim()) {
		titles[scriptLanguage(fields.title)] = fields.title.trim();
	}
	for (const language of LANGUAGES) {
		const value = fields[`title_${language}`];
		if (typeof value === 'string' && value.trim()) {
			titles[language] = value.trim();
		}
	}
	if (fields.titles !== undefined) {
		if (typeof fields.titles !== 'object' || fields.titles === null || Array.isArray(fields.titles)) {
			report('"titles" must be an object such as { "en": "…", "zh": "…" }');
		} else {
			for (const [language, value] of Object.entries(fields.titles)) {
				if (LANGUAGES.includes(language as DocumentLanguage) && typeof value === 'string' && value.trim()) {
					titles[language as DocumentLanguage] = value.trim();
				} else {
					report(`"titles.${language}" must be a text in one of ${LANGUAGES.join(', ')}`);
				}
			}
		}
	}
	return Object.keys(titles).length > 0 ? titles : undefined;
}

/** The language a title without a language tag is in, judged by its script; Latin script counts as English. */
function scriptLanguage(text: string): DocumentLanguage {
	if (/[\u4e00-\u9fff]/.test(text)) {
		return 'zh';
	}
	if (/[\u0600-\u06ff]/.test(text)) {
		return 'ar';
	}
	return /[\u0400-\u04ff]/.test(text) ? 'ru' : 'en';
}

const ISO_DATE = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|T)/;

/** "2015-09-25", "20150925" or an ISO timestamp, when it is a real calendar date. */
function readDate(text: string): string | undefined {
	const match = ISO_DATE.exec(text.trim());
	if (!match) {
		return undefined;
	}
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
	return real ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

function readOrgan(text: string): Organ | undefined {
	const folded = text.trim().toLowerCase();
	for (const [organ, name] of Object.entries(ORGAN_NAMES) as Array<[Organ, string]>) {
		if (organ !== 'unknown' && (folded === organ.toLowerCase() || folded === name.toLowerCase())) {
			return organ;
		}
	}
	return undefined;
}

/** The last segment of a URI, decoded, to name a file to people. */
export function fileName(uri: string): string {
	const slash = uri.lastIndexOf('/');
	return decodeURIComponentSafely(slash >= 0 ? uri.slice(slash + 1) : uri);
}

function decodeURIComponentSafely(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
