import { CitationStrings } from '../citations';
import type { ParsedCitation } from '../citations/parsedCitation';
import { detectLanguage } from '../language';
import type { Artefact, Citation, DocumentLanguage, Footnote, FootnoteMarker, ParseProblem, Resolution, Span } from '../model/types';
import { isAsciiDigit } from '../text/characters';
import { LineReader } from '../text/lines';
import { readBody } from './body';
import { citationsOfNode, citationsOfSpan } from './content';
import { ParseContext } from './context';
import { headLines, parseHeader } from './header';
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
	// The lines are read as the parse goes, those at the top first for the heading, and none is kept for long.
	const lines = new LineReader(text);
	const context = new ParseContext(text, headLines(lines), options.language ?? detectLanguage(text));
	const heading = parseHeader(context);
	if (!options.language && heading.organLanguage && heading.organLanguage !== context.language && heading.organLanguage !== 'en') {
		context.language = heading.organLanguage;
	}
	const body = readBody(context, heading.bodyStart, lines);
	// Written out rather than spread from the empty model and the body, which cost more than the literal; the keys
	// stand in the same order, the closing last when there is one.
	const resolution: Resolution = {
		text, language: context.language, organ: heading.organ, header: heading.header,
		preamble: body.preamble, operative: body.operative, sections: body.sections, footnotes: body.footnotes,
		markers: [], citations: [], artefacts: [], unclassified: context.unclassifiedBlocks, problems: context.problems,
	};
	if ('closing' in body) {
		resolution.closing = body.closing;
	}
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
// ("[^3]") and HTML superscripts. A superscript after a unit of length or area ("km²") is not a marker; that test is
// made in code (afterUnit) rather than as a look-behind, which the search would try at every offset of the text
// instead of only where a superscript stands.
const MARKER = /⁽?([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})⁾?|\[\^(\d{1,4})\](?!:)|<sup>(\d{1,4})<\/sup>/g;

/**
 * The footnote markers of `text`, or of its range `[from, to)` only (markers never cross a line break, so
 * incremental re-analysis reads the one line a keystroke changed); footnote labels are not markers.
 */
export function findMarkers(text: string, labels: readonly Span[], from = 0, to = text.length): FootnoteMarker[] {
	const labelStarts = new Set(labels.map(label => label.start));
	const markers: FootnoteMarker[] = [];
	// A range is searched as a text of its own, so the search stops at its end; no marker pattern looks past a line.
	const searched = from === 0 && to === text.length ? text : text.slice(from, to);
	MARKER.lastIndex = 0;
	for (let match = MARKER.exec(searched); match; match = MARKER.exec(searched)) {
		if (match[1] !== undefined && afterUnit(searched, match.index)) {
			// As the look-behind did, the search goes on from the next character, which may start a marker of its own.
			MARKER.lastIndex = match.index + 1;
			continue;
		}
		const start = from + match.index;
		if (labelStarts.has(start)) {
			continue;
		}
		const number = match[1] ? superscriptValue(match[1]) : Number(match[2] ?? match[3]);
		markers.push({ number, span: { start, end: start + match[0].length } });
	}
	return markers;
}

/** Whether a unit of length or area ends just before `index`: a digit, a space or not, then m, km, cm or mm. */
function afterUnit(text: string, index: number): boolean {
	if (text.charCodeAt(index - 1) !== 0x6d) {
		return false;
	}
	const prefix = text.charCodeAt(index - 2);
	// "m" alone, or after the k, c or m of a multiple; both readings are tried, as the pattern's optional group was.
	return digitBefore(text, index - 1) || ((prefix === 0x6b || prefix === 0x63 || prefix === 0x6d) && digitBefore(text, index - 2));
}

/** Whether a digit stands just before `index`, or before a space that does. */
function digitBefore(text: string, index: number): boolean {
	return isAsciiDigit(text.charCodeAt(index - 1)) || (text.charCodeAt(index - 1) === 0x20 && isAsciiDigit(text.charCodeAt(index - 2)));
}

// Word leaves the result of a broken cross-reference field in the text, in the language of the installation.
// Each message holds an exclamation mark, at most six letters and a few spaces after its start.
const ARTEFACT = new RegExp([
	/Error! *(?:Bookmark not defined|Reference source not found|No text of specified style in document)\.?/.source,
	/错误[！!] *(?:未定义书签|书签未定义|未找到引用源|文档中没有指定样式的文字)[。.]?/.source,
	/Erreur *! *(?:Signet non défini|Source du renvoi introuvable)\.?/.source,
	/¡Error! *(?:Marcador no definido|No se encuentra el origen de la referencia)\.?/.source,
	/Ошибка! *(?:Закладка не определена|Источник ссылки не найден)\.?/.source,
	/خطأ! *(?:الإشارة المرجعية غير معرّفة|لم يتم العثور على مصدر المرجع)\.?/.source,
].join('|'), 'y');
const LONGEST_WORD = 6;

/**
 * The Word field errors of `text`, or of its range `[from, to)` only (like markers, they stay on one line).
 * The messages are looked for only just before each exclamation mark, rather than at every offset of the text.
 */
export function findArtefacts(text: string, from = 0, to = text.length): Artefact[] {
	const artefacts: Artefact[] = [];
	const searched = from === 0 && to === text.length ? text : text.slice(from, to);
	const marks = new ExclamationMarks(searched);
	// Every message's first mark lies after its start by a word and the spaces before the mark; messages found at
	// the earliest start first, and past the end of the last one, are those a search of the whole text finds.
	let end = 0;
	for (let mark = marks.next(0); mark >= 0; mark = marks.next(Math.max(mark + 1, end))) {
		let start = mark;
		while (start > 0 && searched.charCodeAt(start - 1) === 0x20) {
			start--;
		}
		for (start = Math.max(end, start - LONGEST_WORD); start <= mark; start++) {
			ARTEFACT.lastIndex = start;
			const match = ARTEFACT.exec(searched);
			if (match) {
				artefacts.push({ kind: 'field-error', text: match[0], span: { start: from + start, end: from + start + match[0].length } });
				end = start + match[0].length;
				break;
			}
		}
	}
	return artefacts;
}

/** The Latin and the full-width exclamation marks of a text, in order, each kind searched for once. */
class ExclamationMarks {
	// The next mark of each kind at or after the last offset asked about; -1 when there is none, -2 before a search.
	private latin = -2;
	private wide = -2;

	constructor(private readonly text: string) {}

	/** The first mark at or after `from`, or -1. */
	next(from: number): number {
		if (this.latin !== -1 && this.latin < from) {
			this.latin = this.text.indexOf('!', from);
		}
		if (this.wide !== -1 && this.wide < from) {
			this.wide = this.text.indexOf('！', from);
		}
		return this.latin < 0 ? this.wide : this.wide < 0 ? this.latin : Math.min(this.latin, this.wide);
	}
}

/** The problem that reports a field error, shared by the parser and incremental re-analysis. */
export function artefactProblem(artefact: Artefact): ParseProblem {
	return { code: 'parse.artefact', message: `A Word field error was left in the text: "${artefact.text}".`, span: artefact.span };
}

function collectCitations(resolution: Resolution): Citation[] {
	const citations: ParsedCitation[] = [];
	const { text, language, organ } = resolution;
	// One table of strings for the whole parse: citations of the same resolution or date share their strings.
	// Every text appends its citations to the one array.
	const strings = new CitationStrings();
	const origin = resolution.header.origin;
	if (origin) {
		citationsOfSpan(text, origin.span, language, organ, strings, citations);
	}
	forEachBodyNode(resolution, node => citationsOfNode(text, node, language, organ, strings, citations));
	for (const footnote of resolution.footnotes) {
		citationsOfSpan(text, footnote.text.span, language, organ, strings, citations);
	}
	// The texts are read in the order of the source, so the citations mostly stand in order already; the offsets
	// are compared as the citations hold them, where a span would be built for every comparison.
	return isSorted(citations) ? citations : citations.sort((a, b) => a.start - b.start);
}

/** Whether no citation starts before the one before it. */
function isSorted(citations: readonly ParsedCitation[]): boolean {
	for (let i = 1; i < citations.length; i++) {
		if (citations[i].start < citations[i - 1].start) {
			return false;
		}
	}
	return true;
}
