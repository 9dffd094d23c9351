import { parseSymbol } from '../citations/symbols';
import { ownSymbol as numberLineSymbol } from '../features/views/citationIndex';
import type { Resolution, Span } from '../model/types';
import type { CatalogueEntry } from './types';

/**
 * What one resolution of the workspace tells the catalogue: its own symbol, title, date and organ, and the
 * reports it was adopted on ("[on the report of the Second Committee (A/73/535)]").
 */
export function entriesOfResolution(resolution: Resolution, uri: string, label: string): CatalogueEntry[] {
	const own = ownSymbol(resolution);
	if (!own) {
		return [];
	}
	const { header } = resolution;
	const source = { kind: 'workspace' as const, label, uri };
	const entry: CatalogueEntry = { symbol: own.symbol, source, location: { uri, span: own.span } };
	if (resolution.organ !== 'unknown') {
		entry.organ = resolution.organ;
	}
	if (header.title?.text) {
		entry.titles = { [resolution.language]: header.title.text };
	}
	const date = header.adoption?.date?.iso ?? resolution.closing?.date?.iso;
	if (date) {
		entry.date = date;
	}
	const entries = [entry];
	for (const report of header.origin?.reportSymbols ?? []) {
		const parsed = parseSymbol(report.text);
		if (parsed) {
			entries.push({
				symbol: parsed.canonical,
				subjects: { [resolution.language]: header.origin!.text.replace(/^\s*\[|\]\s*$/g, '') },
				source,
				reportFor: own.symbol,
			});
		}
	}
	return entries;
}

/**
 * The symbol a resolution is filed under: its masthead symbol, else the symbol its number line gives
 * ("73/218" of the Assembly is A/RES/73/218), with the span to open when someone goes to it.
 */
export function ownSymbol(resolution: Resolution): { symbol: string; span: Span } | undefined {
	const { header } = resolution;
	const masthead = header.masthead?.symbol;
	const fromMasthead = masthead ? parseSymbol(masthead.text) : undefined;
	const numberLine = header.number;
	const lineSpan = numberLine ? { start: numberLine.span.start, end: header.title?.span.end ?? numberLine.span.end } : undefined;
	if (fromMasthead) {
		return { symbol: fromMasthead.canonical, span: lineSpan ?? masthead!.span };
	}
	const symbol = numberLineSymbol(resolution);
	return symbol && lineSpan ? { symbol: parseSymbol(symbol.replace(/\s+/g, ''))?.canonical ?? symbol, span: lineSpan } : undefined;
}
