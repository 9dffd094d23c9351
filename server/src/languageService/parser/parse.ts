import { detectLanguage } from '../language';
import type { Artefact, Citation, DocumentLanguage, Footnote, FootnoteMarker, ParseProblem, Resolution, Span } from '../model/types';
import { splitLines } from '../text/lines';
import { readBody } from './body';
import { citationsOfPieces, citationsOfSpan } from './content';
import { ParseContext } from './context';
import { parseHeader } from './header';
import { superscriptValue } from './lineKinds';
import { forEachBodyNode } from './walk';

export interface ParseOptions {
	/** Reads the text as this language instead of detecting it. */
	language?: DocumentLanguage;
}

/**
 * Reads a resolution into its model. Never throws: text it cannot place becomes an unclassified node with a
 * problem, and an internal failure (a bug) yields an empty model that carries the failure as a problem.
 */
export function parseResolution(text: string, options: ParseOptions = {}): Resolution {
	try {
		return parse(text, options);
	} catch (error) {
		const resolution = emptyResolution(text, options.language ?? 'en');
		resolution.problems.push({
			code: 'parse.unclassified',
			message: `The parser failed on this text (${error instanceof Error ? error.message : String(error)}); please report it.`,
			span: { start: 0, end: 0 },
		});
		return resolution;
	}
}

function parse(text: string, options: ParseOptions): Resolution {
	const lines = splitLines(text);
	const context = new ParseContext(text, lines, options.language ?? detectLanguage(text));
	const heading = parseHeader(context);
	if (!options.language && heading.organLanguage && heading.organLanguage !== context.language && heading.organLanguage !== 'en') {
		context.language = heading.organLanguage;
	}
	const body = readBody(context, heading.bodyStart);
	const resolution: Resolution = {
		...emptyResolution(text, context.language),
		organ: heading.organ,
		header: heading.header,
		...body,
		unclassified: context.unclassifiedBlocks,
		problems: context.problems,
	};
	resolution.markers = findMarkers(text, resolution.footnotes.map(footnote => footnote.labelSpan));
	linkFootnotes(resolution);
	resolution.artefacts = findArtefacts(text);
	for (const artefact of resolution.artefacts) {
		resolution.problems.push(artefactProblem(artefact));
	}
	resolution.citations = collectCitations(resolution);
	return resolution;
}

/** Lists under every footnote text the markers that cite it, in source order (any earlier list is replaced). */
export function linkFootnotes(resolution: Resolution): void {
	// By number, so that a draft with thousands of footnotes links them in one pass rather than markers × texts.
	const footnotesByNumber = new Map<number, Footnote[]>();
	for (const footnote of resolution.footnotes) {
		footnote.references = [];
		const same = footnotesByNumber.get(footnote.number);
		if (same) {
			same.push(footnote);
		} else {
			footnotesByNumber.set(footnote.number, [footnote]);
		}
	}
	for (const marker of resolution.markers) {
		for (const footnote of footnotesByNumber.get(marker.number) ?? []) {
			footnote.references.push(marker);
		}
	}
}

function emptyResolution(text: string, language: DocumentLanguage): Resolution {
	return {
		text, language, organ: 'unknown', header: { agendaItems: [] }, preamble: [], operative: [], sections: [],
		footnotes: [], markers: [], citations: [], artefacts: [], unclassified: [], problems: [],
	};
}

// Superscript digits ("¹³"), the parenthesised superscripts of Arabic documents ("⁽¹⁾"), Markdown references
// ("[^3]") and HTML superscripts. A superscript after a unit of length or area ("km²") is not a marker.
const MARKER = /(?<!\d ?(?:k|c|m)?m)⁽?([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})⁾?|\[\^(\d{1,4})\](?!:)|<sup>(\d{1,4})<\/sup>/g;

/**
 * The footnote markers of `text`, or of its range `[from, to)` only (markers never cross a line break, so
 * incremental re-analysis reads the one line a keystroke changed); footnote labels are not markers.
 */
export function findMarkers(text: string, labels: readonly Span[], from = 0, to = text.length): FootnoteMarker[] {
	const labelStarts = new Set(labels.map(label => label.start));
	const markers: FootnoteMarker[] = [];
	// A range is searched as a text of its own, so the search stops at its end; no marker pattern looks past a line.
	for (const match of (from === 0 && to === text.length ? text : text.slice(from, to)).matchAll(MARKER)) {
		const start = from + match.index;
		if (labelStarts.has(start)) {
			continue;
		}
		const number = match[1] ? superscriptValue(match[1]) : Number(match[2] ?? match[3]);
		markers.push({ number, span: { start, end: start + match[0].length } });
	}
	return markers;
}

// Word leaves the result of a broken cross-reference field in the text, in the language of the installation.
const ARTEFACT = new RegExp([
	/Error! *(?:Bookmark not defined|Reference source not found|No text of specified style in document)\.?/.source,
	/错误[！!] *(?:未定义书签|书签未定义|未找到引用源|文档中没有指定样式的文字)[。.]?/.source,
	/Erreur *! *(?:Signet non défini|Source du renvoi introuvable)\.?/.source,
	/¡Error! *(?:Marcador no definido|No se encuentra el origen de la referencia)\.?/.source,
	/Ошибка! *(?:Закладка не определена|Источник ссылки не найден)\.?/.source,
	/خطأ! *(?:الإشارة المرجعية غير معرّفة|لم يتم العثور على مصدر المرجع)\.?/.source,
].join('|'), 'g');

/** The Word field errors of `text`, or of its range `[from, to)` only (like markers, they stay on one line). */
export function findArtefacts(text: string, from = 0, to = text.length): Artefact[] {
	const artefacts: Artefact[] = [];
	for (const match of (from === 0 && to === text.length ? text : text.slice(from, to)).matchAll(ARTEFACT)) {
		const start = from + match.index;
		artefacts.push({ kind: 'field-error', text: match[0], span: { start, end: start + match[0].length } });
	}
	return artefacts;
}

/** The problem that reports a field error, shared by the parser and incremental re-analysis. */
export function artefactProblem(artefact: Artefact): ParseProblem {
	return { code: 'parse.artefact', message: `A Word field error was left in the text: "${artefact.text}".`, span: artefact.span };
}

function collectCitations(resolution: Resolution): Citation[] {
	const citations: Citation[] = [];
	const { text, language, organ } = resolution;
	const origin = resolution.header.origin;
	if (origin) {
		citations.push(...citationsOfSpan(text, origin.span, language, organ));
	}
	forEachBodyNode(resolution, node => citations.push(...citationsOfPieces(text, node.pieces, language, organ)));
	for (const footnote of resolution.footnotes) {
		citations.push(...citationsOfSpan(text, footnote.text.span, language, organ));
	}
	return citations.sort((a, b) => a.span.start - b.span.start);
}
