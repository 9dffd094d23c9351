import { parseSymbol } from '../../citations/symbols';
import type { Resolution } from '../../model/types';
import { verbatimNode } from '../../parser/nodes';
import { forEachBodyNode } from '../../parser/walk';
import { TextView } from '../../text/textView';
import { viewOfNode } from '../../text/views';
import { DiagnosticCode } from '../codes';
import type { Finding, Rule } from '../types';
import { SourceCharacters } from './sourceCharacters';
import { SymbolCandidates } from './symbolCandidates';

/**
 * Series that open United Nations document symbols: the parent organs and the special series of the Dag
 * Hammarskjöld Library guide (drafting-rules.md §2.1), the series seen in use, and those of the funds,
 * programmes, treaty bodies and conferences whose documents resolutions cite. A symbol whose series is missing
 * here is reported only as an unknown series, so the list errs on the generous side.
 */
const KNOWN_SERIES: ReadonlySet<string> = new Set([
	'A', 'S', 'E', 'ST', 'T', 'TD', 'UNEP', 'CRC', 'DP', 'AT', 'CAT', 'CEDAW', 'CCPR', 'CERD', 'ID', 'WFC', 'FCCC',
	'ICEF', 'HRI', 'CD', 'CRPD', 'CMW', 'CED', 'SPT', 'ISBA', 'SPLOS', 'JIU', 'UNW', 'PBC', 'HSP', 'CCW', 'APLC',
	'BWC', 'NPT', 'ICCD', 'UNDP', 'UNICEF', 'UNHCR', 'EC', 'ECE', 'ECA', 'ECLAC', 'LC', 'ESCAP', 'ESCWA', 'ICC',
	'ILC', 'IDB', 'UNCTAD', 'UNIDO', 'UNODC', 'CTOC', 'CAC', 'UNESCO', 'WHO', 'FAO', 'ILO', 'WFP', 'UNAIDS', 'UNFPA',
	'UNOPS', 'UNU', 'UNITAR', 'UNRWA', 'IAEA', 'GOV', 'INFCIRC', 'CBD', 'IPBES', 'WIPO', 'WO', 'ITU', 'IMO', 'ICAO',
	'WMO', 'UPU', 'ICSC', 'CEB', 'ACC', 'SG', 'GA', 'SC', 'ECOSOC', 'DPI', 'IT', 'MICT', 'LOS', 'ITLOS', 'ICJ',
	'OPCW', 'CTBT', 'UNCITRAL', 'UNCCD', 'UNFCCC', 'UNDRR', 'UNGA', 'HRC', 'PCN', 'TRADE', 'ENERGY', 'UN',
]);

/**
 * `symbol.malformed`: document symbols follow the grammar of the Dag Hammarskjöld Library guide: an upper-case
 * series, then components separated by single slashes (drafting-rules.md §2.1–2.2). Reported: a doubled slash
 * ("A/73//535"), a lower-case series ("a/73/535"), a trailing slash ("A/73/535/") and an unknown series
 * ("QZ/73/5"), in paragraphs, sub-paragraphs, footnote texts and the origin line of the heading. Resolution
 * numbers ("70/1", "2006/46") and dates ("10/12/2020") open with no series, slashed words ("and/or", "HIV/AIDS")
 * have no digit, and web addresses ("undocs.org/A/RES/70/1") have a dotted host the grammar cannot read, so none
 * of them is reported.
 */
export const symbolRules: Rule = ({ resolution }) => {
	const { text } = resolution;
	// Every candidate holds a slash, so only the clean views of paragraphs whose source has one are read.
	const slashes = new SourceCharacters(text, ['/']);
	const findings: Finding[] = [];
	forEachBodyNode(resolution, node => {
		const body = verbatimNode(node);
		if (body) {
			if (slashes.inSpan(body.bodyStart, body.bodyEnd)) {
				malformedSymbols(resolution, text, body.bodyStart, body.bodyEnd, undefined, findings);
			}
		} else if (slashes.inPieces(node.pieces)) {
			const view = viewOfNode(text, node);
			malformedSymbols(resolution, view.text, 0, view.text.length, view, findings);
		}
	});
	const spans = resolution.footnotes.map(footnote => footnote.text.span);
	if (resolution.header.origin) {
		spans.push(resolution.header.origin.span);
	}
	for (const span of spans) {
		if (slashes.inSpan(span.start, span.end) && LETTER_BEFORE_SLASH.test(text.slice(span.start, span.end))) {
			const view = TextView.of(text, [span]);
			malformedSymbols(resolution, view.text, 0, view.text.length, view, findings);
		}
	}
	return findings;
};

/**
 * A Latin letter somewhere before a slash. A candidate opens with a letter before its first slash, and a clean view
 * only leaves characters of its source out, so a source stretch without this has no candidate, and its view, which
 * costs a pass of the Markdown patterns, need not be built: most Chinese footnotes cite resolutions by number only
 * ("第 [71/256](#) 号决议").
 */
const LETTER_BEFORE_SLASH = /[A-Za-z][^/]*\//;

/**
 * Reports the malformed symbols among the candidates of `text[from, to)`: the clean text of `view`, or, without a
 * view, the source itself, where a verbatim body stands (see parser/nodes.ts verbatimNode).
 */
function malformedSymbols(resolution: Resolution, text: string, from: number, to: number, view: TextView | undefined, findings: Finding[]): void {
	const candidates = new SymbolCandidates(text, from, to);
	while (candidates.next()) {
		const { start } = candidates;
		const end = withoutTrailingFullStops(text, start, candidates.end);
		// Most candidates are well-formed symbols of known series ("A/RES/70/1"), read in place without a copy.
		if (!hasDigit(text, start, end) || isPlainKnownSymbol(text, start, end)) {
			continue;
		}
		const token = text.slice(start, end);
		const problem = diagnose(token);
		if (!problem) {
			continue;
		}
		const span = view ? view.sourceSpan(start, end) : { start, end };
		const written = resolution.text.slice(span.start, span.end);
		const canFix = problem.corrected !== undefined && written === token;
		findings.push({
			code: DiagnosticCode.SymbolMalformed,
			message: `"${token}" is not a well-formed document symbol: ${problem.reasons.join(', ')}.`
				+ (problem.corrected ? ` Did you mean ${problem.corrected}?` : ''),
			span,
			fixes: canFix ? [{ fix: 'replace', span, text: problem.corrected!, title: `Change to ${problem.corrected}` }] : undefined,
		});
	}
}

/** The end of a candidate without a sentence's full stops after it ("… A/73/535."), which are not part of it. */
function withoutTrailingFullStops(text: string, start: number, end: number): number {
	while (end > start && text.charCodeAt(end - 1) === 0x2E) {
		end--;
	}
	return end;
}

/** Whether an ASCII digit stands in `[start, end)` of `text`. */
function hasDigit(text: string, start: number, end: number): boolean {
	for (let index = start; index < end; index++) {
		const code = text.charCodeAt(index);
		if (code >= 0x30 && code <= 0x39) {
			return true;
		}
	}
	return false;
}

interface Problem {
	reasons: string[];
	corrected?: string;
}

/**
 * What is wrong with a symbol-like token that is not a plain symbol of known series (isPlainKnownSymbol), and the
 * symbol it was probably meant to be; undefined when it is fine.
 */
function diagnose(token: string): Problem | undefined {
	const reasons: string[] = [];
	let repaired = token;
	if (/\/{2,}/.test(repaired)) {
		reasons.push('it has a doubled slash');
		repaired = repaired.replace(/\/{2,}/g, '/');
	}
	if (/\/$/.test(repaired)) {
		reasons.push('it ends with a slash');
		repaired = repaired.replace(/\/+$/, '');
	}
	const series = seriesOf(repaired);
	// A lower-case series is a slip only where the upper-case one is known; "km/2020" is something else.
	if (/[a-z]/.test(series.join('')) && series.every(name => KNOWN_SERIES.has(name.toUpperCase()))) {
		reasons.push('its series is written in lower case');
		repaired = upperCaseSeries(repaired);
	}
	// Nothing wrong so far and every series known: whether or not the grammar reads the token, there is nothing
	// to report, since the series the grammar would find are these. Most tokens are well-formed symbols.
	if (reasons.length === 0 && series.every(name => KNOWN_SERIES.has(name))) {
		return undefined;
	}
	// A token the grammar cannot read even after repair is left alone: it is more likely something else than a
	// symbol (a web address, a file path, a unit), and guessing there would only add noise.
	const parsed = parseSymbol(repaired);
	if (!parsed) {
		return undefined;
	}
	const unknown = parsed.parts.map(part => part.series).filter(name => !KNOWN_SERIES.has(name));
	if (unknown.length > 0) {
		reasons.push(`${unknown.join(', ')} is not a known United Nations series`);
	}
	return reasons.length === 0 ? undefined : { reasons, corrected: unknown.length === 0 ? repaired : undefined };
}

/**
 * Whether the token in `[start, end)` of `text` has single slashes, no slash at the end and only known series: none
 * of the checks of diagnose can find fault with it, and most tokens in a draft are such symbols ("A/RES/70/1",
 * joint ones like "A/73/66-E/2018/10" too). The series are read as seriesOf reads them, by code rather than by a
 * pattern and its array of matches.
 */
function isPlainKnownSymbol(text: string, start: number, end: number): boolean {
	if (text.charCodeAt(end - 1) === SLASH) {
		return false;
	}
	for (let index = start + 1; index < end; index++) {
		if (text.charCodeAt(index) === SLASH && text.charCodeAt(index - 1) === SLASH) {
			return false;
		}
	}
	// A series opens the token or follows a hyphen: one to eight Latin letters directly before a slash.
	for (let from = start; from >= 0; from = nextPart(text, from, end)) {
		let stop = from;
		while (stop < end && stop - from <= 8 && isLatinLetter(text.charCodeAt(stop))) {
			stop++;
		}
		if (stop > from && stop - from <= 8 && stop < end && text.charCodeAt(stop) === SLASH && !KNOWN_SERIES.has(text.slice(from, stop))) {
			return false;
		}
	}
	return true;
}

const SLASH = 0x2F;

/** Where the part after the next hyphen of the token from `from` on starts, or -1 when no hyphen follows. */
function nextPart(text: string, from: number, end: number): number {
	for (let index = from; index < end; index++) {
		if (text.charCodeAt(index) === 0x2D) {
			return index + 1;
		}
	}
	return -1;
}

function isLatinLetter(code: number): boolean {
	return (code >= 0x41 && code <= 0x5A) || (code >= 0x61 && code <= 0x7A);
}

// The series of each part of a joint symbol: the first component, and the first after each hyphen that starts a
// new symbol ("A/73/66-E/2018/10").
function seriesOf(token: string): string[] {
	return [...token.matchAll(/(?:^|-)([A-Za-z]{1,8})(?=\/)/g)].map(match => match[1]);
}

function upperCaseSeries(token: string): string {
	return token.replace(/(^|-)([A-Za-z]{1,8})(?=\/)/g, (_, before: string, series: string) => before + series.toUpperCase());
}
