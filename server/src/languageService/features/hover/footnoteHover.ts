import type { Catalogue } from '../../catalogue/catalogue';
import { describeSymbol } from '../../citations/describeSymbol';
import type { Footnote, FootnoteMarker, Resolution } from '../../model/types';
import { TextView } from '../../text/textView';
import { wordingLanguage } from '../../wording/language';
import { contains, paragraphAt } from '../targets';
import { escapeMarkdown } from './markdown';
import { HOVER_WORDING, type Place } from './wording';

/**
 * Footnote hovers. On a marker: the footnote's text, rendered, with the documents it cites decoded and titled.
 * On the footnote text: where the footnote is cited.
 */
export function markerHover(marker: FootnoteMarker, footnotes: readonly Footnote[], resolution: Resolution, catalogue: Catalogue | undefined): string {
	const language = wordingLanguage(resolution.language);
	const wording = HOVER_WORDING[language];
	const markers = resolution.markers.filter(other => other.number === marker.number);
	const blocks = [`**${wording.footnote(marker.number)}** · ${wording.citedTimes(markers.length)}`];
	if (footnotes.length === 0) {
		blocks.push(escapeMarkdown(wording.noFootnoteText(marker.number)));
	}
	if (footnotes.length > 1) {
		blocks.push(escapeMarkdown(wording.severalTexts(footnotes.length)));
	}
	for (const footnote of footnotes) {
		blocks.push(`> ${escapeMarkdown(footnoteText(resolution, footnote))}`);
		const cited = citedDocuments(footnote, resolution, catalogue);
		if (cited.length > 0) {
			blocks.push(cited.join('\n'));
		}
	}
	return blocks.join('\n\n');
}

export function footnoteHover(footnote: Footnote, resolution: Resolution): string {
	const wording = HOVER_WORDING[wordingLanguage(resolution.language)];
	const markers = resolution.markers.filter(marker => marker.number === footnote.number);
	const heading = `**${wording.footnote(footnote.number)}**`;
	if (markers.length === 0) {
		return `${heading} · ${escapeMarkdown(wording.notCited)}`;
	}
	const places = markers.map(marker => wording.place(placeOf(resolution, marker.span.start)));
	return `${heading} · ${wording.citedIn(markers.length, escapeMarkdown(wording.list(places)))}`;
}

/**
 * The footnote's text as a reader sees it: Markdown removed, read from just after the label, so that a link that
 * opens the text ("⁷ [A/73/66-E/2018/10](#)") loses its brackets too.
 */
export function footnoteText(resolution: Resolution, footnote: Footnote): string {
	return TextView.of(resolution.text, [{ start: footnote.labelSpan.end, end: footnote.span.end }]).text.trim();
}

/** One line per document the footnote cites: its decoded symbol and, when the catalogue knows it, its title. */
function citedDocuments(footnote: Footnote, resolution: Resolution, catalogue: Catalogue | undefined): string[] {
	const language = wordingLanguage(resolution.language);
	const wording = HOVER_WORDING[language];
	const lines: string[] = [];
	for (const citation of resolution.citations) {
		if (!contains(footnote.span, citation.span.start) || !citation.symbol) {
			continue;
		}
		const description = describeSymbol(citation.symbol, language);
		const meaning = description?.parts.map(part => part.meaning).join(' / ');
		const title = catalogue?.describe(citation.symbol, resolution.language)?.title?.text;
		const text = [citation.symbol, meaning, title && wording.quote(title)].filter(Boolean).join(' — ');
		lines.push(`- ${escapeMarkdown(text)}`);
	}
	return lines;
}

/** Where an offset stands: which preambular or operative paragraph, which footnote, or the heading. */
export function placeOf(resolution: Resolution, offset: number): Place {
	const found = paragraphAt(resolution, offset);
	if (found && found.part === 'preambular') {
		return { kind: 'preambular', index: resolution.preamble.indexOf(found.paragraph) + 1 };
	}
	if (found) {
		const index = resolution.operative.indexOf(found.paragraph) + 1;
		const number = resolution.operative[index - 1].number;
		return number !== undefined ? { kind: 'operative', number, index } : { kind: 'operative', index };
	}
	const footnote = resolution.footnotes.find(candidate => contains(candidate.span, offset));
	return footnote ? { kind: 'footnote', number: footnote.number } : { kind: 'heading' };
}
