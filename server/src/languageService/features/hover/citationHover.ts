import type { Catalogue, KnownDocument } from '../../catalogue/catalogue';
import { describeSymbol } from '../../citations/describeSymbol';
import type { Citation, DocumentLanguage, Resolution } from '../../model/types';
import { formatDate } from '../../wording/dates';
import { wordingLanguage, type WordingLanguage } from '../../wording/language';
import { organName } from '../../wording/organs';
import { undocsUrl } from '../views/citationIndex';
import { escapeMarkdown, markdownLink } from './markdown';
import { HOVER_WORDING, type HoverWording } from './wording';

/**
 * The hover of a cited document, the texlab bar for a BibTeX entry applied to UN documents: what the symbol is
 * (decoded offline), what the catalogue knows (title or subject, date, and where that came from), a warning when
 * the cited date disagrees with the catalogue, and the undocs.org link in the draft's language.
 */
export function citationHover(citation: Citation, resolution: Resolution, catalogue: Catalogue | undefined): string {
	const language = wordingLanguage(resolution.language);
	const wording = HOVER_WORDING[language];
	const known = citation.symbol ? catalogue?.describe(citation.symbol, resolution.language) : undefined;
	const blocks = citation.kind === 'symbol'
		? symbolBlocks(citation.symbol ?? citation.text, language)
		: referenceBlocks(citation, known, language);
	blocks.push(...knownBlocks(citation, known, wording, language));
	if (citation.symbol) {
		blocks.push(linkLine(citation.symbol, resolution.language, wording));
	}
	return blocks.join('\n\n');
}

/** "**A/73/535** — General Assembly, …"; a joint symbol lists its parts below the heading. */
export function symbolBlocks(symbol: string, language: WordingLanguage): string[] {
	const description = describeSymbol(symbol, language);
	if (!description) {
		return [`**${escapeMarkdown(symbol)}**`];
	}
	if (description.parts.length === 1) {
		return [`**${escapeMarkdown(description.symbol)}** — ${escapeMarkdown(description.parts[0].meaning)}`];
	}
	const parts = description.parts.map(part => `- **${escapeMarkdown(part.symbol)}** — ${escapeMarkdown(part.meaning)}`);
	return [`**${escapeMarkdown(description.symbol)}**`, parts.join('\n')];
}

/** "**General Assembly resolution 70/1** of 25 September 2015", then the symbol it has and what that symbol is. */
function referenceBlocks(citation: Citation, known: KnownDocument | undefined, language: WordingLanguage): string[] {
	const wording = HOVER_WORDING[language];
	const organ = citation.organ ?? 'unknown';
	const heading = wording.reference(organ === 'unknown' ? '' : organName(organ, language), citation.kind, citation.number ?? citation.text).trim();
	const date = known?.date?.iso ?? citation.date?.iso;
	const dated = date ? wording.dated(formatDate(date, language)) : '';
	const blocks = [`**${escapeMarkdown(heading)}**${escapeMarkdown(dated)}`];
	if (citation.symbol) {
		const meaning = describeSymbol(citation.symbol, language)?.parts[0]?.meaning;
		blocks.push(`${wording.field('symbol')}${escapeMarkdown(citation.symbol)}${meaning ? ` — ${escapeMarkdown(meaning)}` : ''}`);
	} else {
		blocks.push(escapeMarkdown(organ === 'unknown' ? wording.unknownOrgan : wording.noSymbol));
	}
	return blocks;
}

/** Title or subject, the report relation, the date (for symbols), a date mismatch, and the sources. */
function knownBlocks(citation: Citation, known: KnownDocument | undefined, wording: HoverWording, language: WordingLanguage): string[] {
	if (!known) {
		return [];
	}
	const blocks: string[] = [];
	if (known.title) {
		blocks.push(`${wording.field('title')}${escapeMarkdown(wording.quote(known.title.text))}`);
	} else if (known.subject && !known.reportFor) {
		blocks.push(`${wording.field('subject')}${escapeMarkdown(known.subject.text)}`);
	}
	if (known.reportFor) {
		blocks.push(escapeMarkdown(wording.reportFor(known.reportFor)));
	}
	if (known.date && citation.kind === 'symbol') {
		blocks.push(`${wording.field('date')}${escapeMarkdown(formatDate(known.date.iso, language))}`);
	}
	// An online date is the issue date of the document, not its date of adoption, so it proves no citation wrong.
	if (known.date && citation.date && known.date.source.kind !== 'online' && citation.date.iso !== known.date.iso) {
		blocks.push(`⚠ ${escapeMarkdown(wording.dateMismatch(formatDate(citation.date.iso, language), formatDate(known.date.iso, language)))}`);
	}
	const sources = [known.title?.source ?? known.subject?.source, known.date?.source]
		.filter((source, index, all) => source !== undefined && all.findIndex(other => other?.label === source.label) === index);
	if (sources.length > 0) {
		blocks.push(`*${wording.field('source')}${sources.map(source => escapeMarkdown(wording.source(source!))).join(wording.sourceSeparator)}*`);
	}
	return blocks;
}

/** "Open on undocs.org: [undocs.org/zh/A/73/535](https://undocs.org/zh/A/73/535)". */
export function linkLine(symbol: string, language: DocumentLanguage, wording: HoverWording): string {
	return `${wording.field('open')}${markdownLink(`undocs.org/${language}/${symbol}`, undocsUrl(symbol, language))}`;
}
