import { COMPONENT, HYPHEN, JOINT, WORD_COMPONENT } from './symbolGrammar';

/**
 * A United Nations document symbol taken apart into its components (symbols.ts finds symbols in running text):
 * the series, the subsidiary bodies, the session or year, the special component, the number, the modifiers, the
 * reissue stars, the lettered part and the parenthesised part, for each part of a joint symbol.
 */

/** The part of a symbol that names one document of one organ; a joint symbol has two or more of them. */
export interface SymbolPart {
	/** The canonical form of this part ("A/67/65/Corr.1"). */
	canonical: string;
	/** The series or parent organ ("A", "S", "E", "ST", "TD", "CCW", "UNEP"). */
	series: string;
	/** Subsidiary-body and other naming components, in order ("C.2", "CN.16", "HRC", "B", "EDE"). */
	bodies: string[];
	/** The session or year component as written ("73", "2018", "S-13", "ES-8"). */
	session?: string;
	sessionKind?: 'session' | 'year' | 'special' | 'emergency';
	/** The component that says what kind of document this is ("RES", "L.52", "CRP.3", "PV.8891", "PRST"). */
	special?: string;
	/** The sequential number ("535"). */
	number?: string;
	/** The lettered part of a composite resolution ("A" in "A/RES/217 A (III)"). */
	letter?: string;
	/** Addenda, corrigenda, revisions and amendments, in order ("Add.3", "Rev.2"). */
	modifiers: string[];
	/** How many reissue stars follow the components ("A/69/L.52*" has one). */
	reissue: number;
	/** The parenthesised part without its parentheses ("2016", "III", "S-VII", "Vol. I", "Sect. 10"). */
	parenthesis?: string;
}

/** A decomposed symbol. Its own fields describe the first part; `parts` lists every part of a joint symbol. */
export interface ParsedSymbol extends SymbolPart {
	parts: SymbolPart[];
}

/** Symbols longer than this are runs of slashes and letters, not document symbols. */
export const MAX_SYMBOL_LENGTH = 120;
/** A symbol needs a digit, which keeps slashed words such as "HIV/AIDS" out. */
export const HAS_DIGIT = /\d/;
const WHOLE_SYMBOL = new RegExp(`^${JOINT}$`);
const SIMPLE_PARTS = new RegExp(`^([A-Z]{1,8})((?:/${COMPONENT})+)(\\*{0,2})(?:\\s?([A-Z])(?=\\s?\\())?(?:\\s?\\((.*)\\))?$`);
const JOINT_SEPARATOR = new RegExp(`${HYPHEN}(?=[A-Z]{1,8}/)`);
// Most cited symbols are a series and components of words and plain numbers ("A/RES/70/125", "E/CN.16/2018/CRP.3"),
// alone or joined by hyphens ("A/73/66-E/2018/10"): no session hyphen, star, lettered part or parenthesis. Such a
// symbol is its own canonical form, with no need to parse it.
const PLAIN_PART = `[A-Z]{1,8}(?:/(?:${WORD_COMPONENT}|\\d+))+`;
const PLAIN_SYMBOL = new RegExp(`^${PLAIN_PART}(?:-${PLAIN_PART})*$`);
const WHITESPACE = /\s+/g;
const ANY_HYPHEN = /\u2011/g;
const NUMBERED = /^\d+[A-Z]?$/;
const SESSION_LIKE = /^(E?S)-(\d+)$/;
const SPECIAL = /^(?:RES|DEC|PRST|INF|NGO|PET|BUR|Res|Dec|(?:L|CRP|PV|SR|WP|R|SER|Res)\.[A-Za-z0-9]+)$/;
const NUMBERED_SPECIAL = /^(?:L|CRP|PV|SR|WP|R|Res)\.\d/;
const MODIFIER = /^(?:(?:Add|Corr|Rev|Amend)\.\d+|Summary)$/;
const PARENTHESIS_KEYWORD = /^(Vol\.|Parts?|Sect\.|Resumption)(.*)$/;

/** Decomposes a symbol into its components, or returns undefined when `symbol` is not a symbol. */
export function parseSymbol(symbol: string): ParsedSymbol | undefined {
	const parts = parseSymbolParts(symbol);
	if (parts === undefined) {
		return undefined;
	}
	const parsed = copyPart(parts[0], canonicalOf(parts)) as ParsedSymbol;
	parsed.parts = parts;
	return parsed;
}

/** The parts of a symbol (one, or two or more for a joint symbol), or undefined when `symbol` is not a symbol. */
export function parseSymbolParts(symbol: string): SymbolPart[] | undefined {
	if (typeof symbol !== 'string') {
		return undefined;
	}
	const trimmed = symbol.trim().replace(ANY_HYPHEN, '-');
	if (trimmed.length === 0 || trimmed.length > MAX_SYMBOL_LENGTH || !HAS_DIGIT.test(trimmed)) {
		return undefined;
	}
	// A plain symbol (the usual case) is a series and slash components in every part, joined by plain hyphens:
	// the whole-symbol grammar, which it matches, and the pattern for the optional pieces need not be run.
	if (PLAIN_SYMBOL.test(trimmed)) {
		return trimmed.includes('-') ? trimmed.split('-').map(plainPart) : [plainPart(trimmed)];
	}
	if (!WHOLE_SYMBOL.test(trimmed)) {
		return undefined;
	}
	const parts: SymbolPart[] = [];
	for (const piece of trimmed.includes('-') ? trimmed.split(JOINT_SEPARATOR) : [trimmed]) {
		const part = parsePart(piece);
		if (!part) {
			return undefined;
		}
		parts.push(part);
	}
	return parts;
}

function canonicalOf(parts: readonly SymbolPart[]): string {
	return parts.length === 1 ? parts[0].canonical : parts.map(part => part.canonical).join('-');
}

/**
 * The fields of a part in a new object, written out one by one: a spread of parts, whose optional fields vary,
 * took most of the time of parsing a symbol.
 */
function copyPart(part: SymbolPart, canonical: string): SymbolPart {
	const copy: SymbolPart = { canonical, series: part.series, bodies: part.bodies, modifiers: part.modifiers, reissue: part.reissue };
	if (part.session !== undefined) {
		copy.session = part.session;
	}
	if (part.sessionKind !== undefined) {
		copy.sessionKind = part.sessionKind;
	}
	if (part.special !== undefined) {
		copy.special = part.special;
	}
	if (part.number !== undefined) {
		copy.number = part.number;
	}
	if (part.letter !== undefined) {
		copy.letter = part.letter;
	}
	if (part.parenthesis !== undefined) {
		copy.parenthesis = part.parenthesis;
	}
	return copy;
}

/**
 * The canonical form of a symbol for lookups and comparisons: whitespace removed except one space before a
 * lettered part and before the parenthesis ("S/RES/2334 (2016)", "A/RES/217 A (III)", "A/68/49 (Vol. I)").
 * Text that is not a symbol comes back trimmed, with its whitespace runs reduced to single spaces.
 */
export function normalizeSymbol(symbol: string): string {
	if (typeof symbol !== 'string') {
		return '';
	}
	const compact = symbol.replace(WHITESPACE, '');
	if (compact.length <= MAX_SYMBOL_LENGTH && PLAIN_SYMBOL.test(compact) && HAS_DIGIT.test(compact)) {
		return compact;
	}
	const parts = parseSymbolParts(compact);
	return parts ? canonicalOf(parts) : symbol.replace(WHITESPACE, ' ').trim();
}

function parsePart(piece: string): SymbolPart | undefined {
	const match = SIMPLE_PARTS.exec(piece);
	if (!match) {
		return undefined;
	}
	// Read by index: destructuring a match goes through its iterator, which costs more than the rest of the part.
	const series = match[1];
	const componentText = match[2];
	const stars = match[3];
	const spacedLetter: string | undefined = match[4];
	const parenthesisText: string | undefined = match[5];
	const components = componentsFrom(componentText, 1);
	const part = newPart('', series, components, stars.length);
	// "A/RES/217A (III)" and "A/RES/68/247B" write the lettered part against the number; it is still a letter.
	const last = components[components.length - 1];
	let letter = spacedLetter;
	if (!letter && part.number !== undefined && last === part.number && /[A-Z]$/.test(last)) {
		letter = last.slice(-1);
		part.number = last.slice(0, -1);
		components[components.length - 1] = part.number;
	}
	if (letter) {
		part.letter = letter;
	}
	if (parenthesisText !== undefined) {
		part.parenthesis = normalizeParenthesis(parenthesisText);
	}
	part.canonical = `${series}/${components.join('/')}${'*'.repeat(part.reissue)}`
		+ (letter ? ` ${letter}` : '')
		+ (part.parenthesis !== undefined ? ` (${part.parenthesis})` : '');
	return part;
}

/**
 * A part that the plain grammar matched: no star, lettered part or parenthesis, and a number of digits only, so
 * the piece is its own canonical form.
 */
function plainPart(piece: string): SymbolPart {
	const slash = piece.indexOf('/');
	return newPart(piece, piece.slice(0, slash), componentsFrom(piece, slash + 1), 0);
}

/**
 * The slash-separated components of `text` from `from` on, cut by offsets: the symbols cut from a paragraph are
 * slices of it, and splitting such a string went through the engine's runtime, which took most of a plain part.
 */
function componentsFrom(text: string, from: number): string[] {
	const components: string[] = [];
	for (let slash = text.indexOf('/', from); slash >= 0; slash = text.indexOf('/', from)) {
		components.push(text.slice(from, slash));
		from = slash + 1;
	}
	components.push(text.slice(from));
	return components;
}

function newPart(canonical: string, series: string, components: string[], reissue: number): SymbolPart {
	const part: SymbolPart = { canonical, series, bodies: [], modifiers: [], reissue };
	classifyComponents(components, part);
	return part;
}

/**
 * Sorts the slash components into session, number, special, modifiers and bodies. When two or more numeric
 * components are present the first is the session or year and the last the document number; a single one is a
 * session only when a numbered special component ("L.52", "CRP.3") carries the document number instead.
 */
function classifyComponents(components: string[], part: SymbolPart): void {
	// The first and last numeric components and how many there are, counted in one loop without closures.
	let first = -1;
	let last = -1;
	let count = 0;
	let hasNumberedSpecial = false;
	for (let index = 0; index < components.length; index++) {
		const component = components[index];
		if (NUMBERED.test(component) || SESSION_LIKE.test(component)) {
			first = first < 0 ? index : first;
			last = index;
			count++;
		}
		hasNumberedSpecial = hasNumberedSpecial || NUMBERED_SPECIAL.test(component);
	}
	let sessionIndex = -1;
	let numberIndex = -1;
	if (count >= 2) {
		sessionIndex = first;
		numberIndex = last;
	} else if (count === 1) {
		if (SESSION_LIKE.test(components[first]) || hasNumberedSpecial) {
			sessionIndex = first;
		} else {
			numberIndex = first;
		}
	}
	for (let index = 0; index < components.length; index++) {
		const component = components[index];
		if (index === sessionIndex) {
			part.session = component;
			part.sessionKind = sessionKindOf(component);
		} else if (index === numberIndex) {
			part.number = component;
		} else if (MODIFIER.test(component)) {
			part.modifiers.push(component);
		} else if (part.special === undefined && SPECIAL.test(component)) {
			part.special = component;
		} else {
			part.bodies.push(component);
		}
	}
}

function sessionKindOf(component: string): SymbolPart['sessionKind'] {
	const special = SESSION_LIKE.exec(component);
	if (special) {
		return special[1] === 'ES' ? 'emergency' : 'special';
	}
	const value = Number(component);
	return component.length === 4 && value >= 1946 ? 'year' : 'session';
}

/** "Vol.I" and "Vol. I" are the same part; the canonical form keeps one space after the keyword. */
function normalizeParenthesis(content: string): string {
	const compact = content.replace(WHITESPACE, '').replace(ANY_HYPHEN, '-');
	const keyword = PARENTHESIS_KEYWORD.exec(compact);
	return keyword ? `${keyword[1]} ${keyword[2]}` : compact;
}
