import type { DocumentLanguage, Footnote, Resolution } from '../../model/types';
import { rewriteNumber } from '../renumbering/digits';
import type { OffsetEdit } from '../sourceEdits';

/**
 * What a new footnote text says until the drafter writes the real one. It is plain words, without brackets, so
 * that it reads as the draft's own language and no other rule (negotiation brackets, symbols) reports it.
 */
const PLACEHOLDERS: Record<DocumentLanguage, (number: number) => string> = {
	en: number => `Text of footnote ${number}.`,
	fr: number => `Texte de la note ${number}.`,
	es: number => `Texto de la nota ${number}.`,
	ru: number => `Текст сноски ${number}.`,
	zh: number => `脚注${number}的案文。`,
	ar: number => `نص الحاشية ${number}.`,
};

/** The placeholder a created footnote text carries, exported so that tests and the client can recognise it. */
export function footnotePlaceholder(language: DocumentLanguage, number: number): string {
	return PLACEHOLDERS[language](number);
}

/**
 * The edit that adds the missing text of footnote `number`, written the way the document writes its footnotes
 * ("³ ", "⁽³⁾ ", "[^3]: ") and placed where they stand: after the footnote with the next lower number, or before
 * the first footnote when every one has a higher number. A document without footnote texts gets its first one
 * after the last paragraph, before the closing formula when there is one, separated by blank lines so that it
 * is read as a footnote and not as the end of a paragraph.
 */
export function newFootnoteEdit(resolution: Resolution, number: number): OffsetEdit {
	const { text } = resolution;
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	const entry = `${labelFor(resolution, number)}${gapAfterLabel(resolution)}${footnotePlaceholder(resolution.language, number)}`;
	const byPosition = [...resolution.footnotes].sort((a, b) => a.span.start - b.span.start);
	if (byPosition.length > 0) {
		const separator = separatorBetweenFootnotes(text, byPosition) ?? eol;
		const before = byPosition.filter(footnote => footnote.number < number).pop();
		if (before) {
			const end = lineEnd(text, before.span.end);
			return { span: { start: end, end }, newText: separator + entry };
		}
		const start = byPosition[0].span.start;
		return { span: { start, end: start }, newText: entry + separator };
	}
	if (resolution.closing) {
		const start = resolution.closing.span.start;
		return { span: { start, end: start }, newText: entry + eol + eol };
	}
	const end = text.length;
	const endsWithNewline = /\r?\n$/.test(text);
	return { span: { start: end, end }, newText: endsWithNewline ? eol + entry + eol : eol + eol + entry };
}

// The last footnote text shows how this document labels its footnotes; without one, the marker that cites the
// missing footnote does ("[^3]" in Markdown becomes the definition "[^3]:").
function labelFor(resolution: Resolution, number: number): string {
	const { text } = resolution;
	const model = resolution.footnotes[resolution.footnotes.length - 1];
	if (model) {
		return rewriteNumber(text.slice(model.labelSpan.start, model.labelSpan.end), number);
	}
	const marker = resolution.markers.find(candidate => candidate.number === number);
	const written = marker ? text.slice(marker.span.start, marker.span.end) : '';
	if (/^\[\^\d+\]$/.test(written)) {
		return `${written}:`;
	}
	if (/^⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾$/.test(written)) {
		return written;
	}
	return rewriteNumber('¹', number);
}

function gapAfterLabel(resolution: Resolution): string {
	const model = resolution.footnotes[resolution.footnotes.length - 1];
	const gap = model ? resolution.text.slice(model.labelSpan.end, model.text.span.start) : '';
	return /^[ \t\u00a0]+$/.test(gap) ? gap : ' ';
}

// Markdown footnote definitions are often separated by blank lines, printed footnotes are not: the gap between
// the last two texts tells which, provided it is only line breaks.
function separatorBetweenFootnotes(text: string, byPosition: readonly Footnote[]): string | undefined {
	if (byPosition.length < 2) {
		return undefined;
	}
	const previous = byPosition[byPosition.length - 2];
	const last = byPosition[byPosition.length - 1];
	const gap = text.slice(lineEnd(text, previous.span.end), last.span.start);
	return /^(?:\r?\n)+$/.test(gap) ? gap : undefined;
}

function lineEnd(text: string, offset: number): number {
	const match = /\r?\n/.exec(text.slice(offset));
	return match ? offset + match.index : text.length;
}
