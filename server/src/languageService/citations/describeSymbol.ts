import type { DocumentLanguage } from '../model/types';
import { wordingLanguage, type Wording, type WordingLanguage } from '../wording/language';
import { romanValue } from '../text/roman';
import {
	BODY_NAMES, DRAFT_NOTE, GENERAL_COMMITTEE, GENERIC_BODY_NAMES, MODIFIER_NAMES, PARENTHESIS_NAMES, SERIES_NAMES,
	SPECIAL_NAMES,
} from './symbolNames';
import { parseSymbol, type SymbolPart } from './symbols';
import { SYMBOL_PHRASINGS, type SessionKind, type SymbolPhrasing } from './symbolPhrasing';

/**
 * Says what a UN document symbol is, offline and in the draft's language: "A/73/535" is "General Assembly,
 * seventy-third session, document 535"; "E/CN.16/2018/CRP.3" is "Economic and Social Council, Commission on
 * Science and Technology for Development, 2018, conference room paper 3". A joint symbol is described part by part.
 */

export interface SymbolPartDescription {
	/** The canonical form of this part ("A/73/66"). */
	symbol: string;
	/** What the part names, as one line of comma-separated components. */
	meaning: string;
}

export interface SymbolDescription {
	/** The canonical symbol ("A/73/66-E/2018/10"). */
	symbol: string;
	/** One entry per part; two or more for a joint symbol. */
	parts: SymbolPartDescription[];
}

/** The description of `symbol`, or undefined when it is not a document symbol. */
export function describeSymbol(symbol: string, language: DocumentLanguage | WordingLanguage): SymbolDescription | undefined {
	const parsed = parseSymbol(symbol);
	if (!parsed) {
		return undefined;
	}
	const phrasing = SYMBOL_PHRASINGS[wordingLanguage(language)];
	const wording = wordingLanguage(language);
	return {
		symbol: parsed.canonical,
		parts: parsed.parts.map(part => ({ symbol: part.canonical, meaning: describePart(part, phrasing, wording) })),
	};
}

/** One line for the whole symbol: "A/73/535 — General Assembly, seventy-third session, document 535". */
export function summarizeSymbol(description: SymbolDescription, language: DocumentLanguage | WordingLanguage): string {
	const phrasing = SYMBOL_PHRASINGS[wordingLanguage(language)];
	if (description.parts.length === 1) {
		return `${description.symbol} — ${description.parts[0].meaning}`;
	}
	return `${description.symbol} — ${phrasing.joint(description.parts)}`;
}

function describePart(part: SymbolPart, phrasing: SymbolPhrasing, wording: WordingLanguage): string {
	const segments: string[] = [];
	const name = (entry: Wording | undefined) => entry?.[wording];
	segments.push(name(SERIES_NAMES.get(part.series)) ?? part.series);
	for (let depth = 1; depth <= part.bodies.length; depth++) {
		segments.push(bodyName(part.series, part.bodies.slice(0, depth), phrasing, wording));
	}
	const special = splitSpecial(part.special);
	if (special?.code === 'BUR') {
		segments.push(GENERAL_COMMITTEE[wording] ?? GENERAL_COMMITTEE.en);
	}
	const session = sessionOf(part);
	if (session) {
		segments.push(phrasing.session(session.kind, session.value));
	}
	segments.push(...documentSegments(part, special, phrasing, wording));
	for (const modifier of part.modifiers) {
		const [code, number] = modifier.split('.');
		segments.push(phrasing.modifier(name(MODIFIER_NAMES.get(code)) ?? code, number));
	}
	if (part.reissue > 0) {
		segments.push(phrasing.reissued);
	}
	const extra = parenthesisSegment(part, phrasing, wording);
	if (extra) {
		segments.push(extra);
	}
	return segments.filter(segment => segment.length > 0).join(phrasing.separator);
}

/** The name of the body at the end of `path` ("E/CN.16"), by its own entry, a numbered kind or a generic kind. */
function bodyName(series: string, path: readonly string[], phrasing: SymbolPhrasing, wording: WordingLanguage): string {
	const code = path[path.length - 1];
	// A name missing from a language pack falls through to the numbered and generic kinds, never to English.
	const exact = BODY_NAMES.get(`${series}/${path.join('/')}`)?.[wording];
	if (exact) {
		return exact;
	}
	const dot = code.indexOf('.');
	const prefix = dot >= 0 ? code.slice(0, dot + 1) : code;
	const numbered = BODY_NAMES.get(`${series}/${[...path.slice(0, -1), prefix].join('/')}`)?.[wording];
	if (numbered && dot >= 0) {
		return `${numbered} (${code})`;
	}
	const generic = GENERIC_BODY_NAMES.get(prefix)?.[wording];
	return generic ? phrasing.genericBody(generic, code.slice(prefix.length)) : code;
}

interface Special {
	code: string;
	suffix?: string;
}

/** "L.52" → L and 52; "RES" → RES; "Res.1" → RES and 1. */
function splitSpecial(special: string | undefined): Special | undefined {
	if (special === undefined) {
		return undefined;
	}
	const dot = special.indexOf('.');
	const code = (dot >= 0 ? special.slice(0, dot) : special).toUpperCase();
	return dot >= 0 ? { code, suffix: special.slice(dot + 1) } : { code };
}

const ROMAN_SESSION = /^(?:(E?S)-)?([IVXLC]+)$/;

/** The session or year: from its own component, else (old Assembly texts) from a Roman parenthesis. */
function sessionOf(part: SymbolPart): { kind: SessionKind; value: number } | undefined {
	if (part.session !== undefined) {
		const kind = part.sessionKind ?? 'session';
		return { kind, value: Number(part.session.replace(/^E?S-/, '')) };
	}
	const roman = part.parenthesis !== undefined ? ROMAN_SESSION.exec(part.parenthesis) : null;
	if (!roman) {
		return undefined;
	}
	const kind: SessionKind = roman[1] === 'ES' ? 'emergency' : roman[1] === 'S' ? 'special' : 'session';
	return { kind, value: romanValue(roman[2]) };
}

function documentSegments(part: SymbolPart, special: Special | undefined, phrasing: SymbolPhrasing, wording: WordingLanguage): string[] {
	const number = part.number !== undefined ? `${part.number}${part.letter ? ` ${part.letter}` : ''}` : undefined;
	const kind = special ? SPECIAL_NAMES.get(special.code)?.[wording] : undefined;
	if (special && (special.code === 'RES' || special.code === 'DEC') && special.suffix === undefined) {
		return [phrasing.resolution(kind!, citedNumber(part))];
	}
	if (!special || special.code === 'BUR' || kind === undefined) {
		return [special && special.code !== 'BUR' ? part.special! : '', number !== undefined ? phrasing.document(number) : ''];
	}
	if (special.suffix === undefined) {
		return [number !== undefined ? phrasing.numbered(kind, number) : kind];
	}
	const segments = [specialWithSuffix(special.code, special.suffix, kind, phrasing, wording)];
	if (number !== undefined) {
		segments.push(phrasing.document(number));
	}
	return segments;
}

function specialWithSuffix(code: string, suffix: string, kind: string, phrasing: SymbolPhrasing, wording: WordingLanguage): string {
	switch (code) {
		case 'PV':
		case 'SR':
			return phrasing.meeting(kind, suffix);
		case 'SER':
			return phrasing.series(kind, suffix);
		case 'L':
			return phrasing.numbered(kind, suffix, DRAFT_NOTE[wording]);
		default:
			return phrasing.numbered(kind, suffix);
	}
}

/** A resolution's number as it is cited: "70/1", "2334 (2016)", "217 A (III)", "S-13/2". */
function citedNumber(part: SymbolPart): string {
	const letter = part.letter ? ` ${part.letter}` : '';
	const number = part.number ?? '';
	if (part.session !== undefined) {
		return `${part.session}/${number}${letter}`;
	}
	return `${number}${letter}${part.parenthesis !== undefined ? ` (${part.parenthesis})` : ''}`;
}

const YEAR = /^\d{4}$/;

/** What a parenthesis adds beyond the session: a volume, part, section, supplement or resumption. */
function parenthesisSegment(part: SymbolPart, phrasing: SymbolPhrasing, wording: WordingLanguage): string | undefined {
	const content = part.parenthesis;
	if (content === undefined || ROMAN_SESSION.test(content)) {
		return undefined;
	}
	if (YEAR.test(content)) {
		// A Security Council resolution's year is already part of its cited number.
		return part.special === 'RES' ? undefined : phrasing.year(content);
	}
	const space = content.indexOf(' ');
	const keyword = space >= 0 ? content.slice(0, space) : content;
	const name = PARENTHESIS_NAMES.get(keyword)?.[wording];
	if (name === undefined) {
		return content;
	}
	return space >= 0 ? phrasing.division(name, content.slice(space + 1)) : name;
}
