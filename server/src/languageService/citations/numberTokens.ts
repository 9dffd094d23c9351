/**
 * Resolution and decision numbers as tokens of running text: where they are and what they read. The organs number
 * their texts differently (drafting rules §1.12 and §2.4): the General Assembly "70/1", "217 A (III)", "S-8/1",
 * "ES-10/2"; the Security Council "2334 (2016)"; the Economic and Social Council "2006/46" (and "2008 (LX)" before
 * 1978); the Human Rights Council "5/1", "S-2/1".
 */
import { asciiDigitsEnd, isAsciiCapital, isAsciiDigit } from '../text/characters';
import { toRoman } from '../text/roman';

// The number token. The lettered parts of a composite resolution follow the number ("49/222 A and B",
// "3419 A to D (XXX)", Arabic "36/87 ألف وباء", Chinese "57/270B"). Old General Assembly sessions are Roman
// numerals in parentheses; Russian texts type them with the Cyrillic letter Х, and Arabic texts write the session
// in figures after the letter د ("(د - 29)").
const ARABIC_LETTER_WORDS = 'ألف|باء|جيم|دال|هاء|واو|زاي|حاء';
const LATIN_LETTERS = '[A-Z](?:(?:,\\s?[A-Z])*\\s(?:and|to|et|à|y|a|и|до)\\s[A-Z])?';
const LATIN_PARTS = `${LATIN_LETTERS}(?![A-Za-z/])`;
const ARABIC_PARTS = `(?:${ARABIC_LETTER_WORDS})(?:\\s?(?:و|إلى\\s)\\s?(?:${ARABIC_LETTER_WORDS}))*`;
const PARTS = `(?:\\s?${LATIN_PARTS}|\\s(?:${ARABIC_PARTS}))`;
const HYPHEN = '[-\\u2011]';
const ROMAN = '[IVXLCХ]+';
const PAREN = `\\((?:\\d{4}|E?S${HYPHEN}${ROMAN}|${ROMAN}|د\\s?${HYPHEN}\\s?\\d{1,2})\\)`;
// Arabic texts write special sessions "دإ-23" and emergency special sessions "دإط-10".
const SPECIAL_SESSION = `(?:E?S|دإط?)${HYPHEN}\\d{1,2}`;
const SLASH_FORM = `(?:${SPECIAL_SESSION}|\\d{1,4})/\\d{1,4}${PARTS}?`;
const PAREN_FORM = `\\d{1,4}${PARTS}?\\s?${PAREN}`;
const NUMBER = `(?:${SLASH_FORM}|${PAREN_FORM})`;

/** A number token exactly at `lastIndex`. */
const NUMBER_TOKEN_HERE = new RegExp(NUMBER, 'y');
const DIGIT = /\d/g;
const HYPHENS = '-\u2011';

/**
 * Where the number token that starts at `start` ends, or -1. Only the end is asked of the expression: the text
 * of a token is copied once the token is accepted, and no match array is built for the many that are not.
 */
export function tokenEndAt(text: string, start: number): number {
	const plain = plainSlashEnd(text, start);
	if (plain >= 0) {
		return plain;
	}
	NUMBER_TOKEN_HERE.lastIndex = start;
	return NUMBER_TOKEN_HERE.test(text) ? NUMBER_TOKEN_HERE.lastIndex : -1;
}

/**
 * Where the token at `start` ends when it is a plain "70/1" (one to four digits, a slash, one to four digits)
 * that no lettered part can follow, or -1 when the expression must decide. Most cited numbers have that form, and
 * then the expression would end where the digits do: its slash form comes first, and its optional lettered part
 * needs a capital letter, or an Arabic letter word after white space, right after them. Anything else that is not
 * ASCII is left to the expression, which reads it as it always did.
 */
function plainSlashEnd(text: string, start: number): number {
	const slash = asciiDigitsEnd(text, start);
	if (slash === start || slash - start > MAX_PLAIN_DIGITS || text.charCodeAt(slash) !== SLASH) {
		return -1;
	}
	const end = asciiDigitsEnd(text, slash + 1);
	if (end === slash + 1 || end - slash - 1 > MAX_PLAIN_DIGITS) {
		return -1;
	}
	const next = text.charCodeAt(end);
	if (isAsciiCapital(next) || next >= 0x80) {
		return -1;
	}
	if (next === 0x20 || (next >= 0x09 && next <= 0x0D)) {
		const after = text.charCodeAt(end + 1);
		return isAsciiCapital(after) || after >= 0x80 ? -1 : end;
	}
	return end;
}

/** The slash of a plain number, and how many digits stand on each side of it at most. */
const SLASH = 0x2F;
const MAX_PLAIN_DIGITS = 4;

/**
 * Finds number tokens from left to right. Every token contains a run of digits, so the scan visits the runs and
 * tries the token expression only there (and, after a hyphen, at the "S-", "ES-", "دإ-" or "دإط-" in front):
 * a single pass of a trivial expression instead of a complex one tried at every offset of the text. (A loop over
 * character codes is slower: most paragraphs are sliced strings, which every charCodeAt unwraps.)
 */
export class NumberScanner {
	private at = 0;
	private tokenEnd = -1;

	constructor(private readonly text: string) {}

	/**
	 * The start of the next token after the previous one (or after the offset given to {@link skipTo}), whose end
	 * is then {@link end}; -1 at the end of the text.
	 */
	next(): number {
		const text = this.text;
		// The scan is mostly asked to go on where a number starts (after a keyword, or a separator in a list): the
		// digit there is the run the expression would find first.
		let runStart = isAsciiDigit(text.charCodeAt(this.at)) ? this.at : nextDigit(text, this.at);
		while (runStart >= 0) {
			const start = this.tokenAround(text, runStart);
			if (start >= 0) {
				this.at = this.tokenEnd;
				return start;
			}
			// The rest of the run cannot start a token: a token follows no digit.
			runStart = nextDigit(text, asciiDigitsEnd(text, runStart + 1));
		}
		this.at = text.length;
		return -1;
	}

	/** Where the token that {@link next} returned ends. */
	get end(): number {
		return this.tokenEnd;
	}

	/** Continues the scan at `offset` unless the scan is already past it. */
	skipTo(offset: number): void {
		this.at = Math.max(this.at, offset);
	}

	/** Where the next token is sought from. */
	get position(): number {
		return this.at;
	}

	/** The start of the token that contains the digit run at `runStart` (at it or at a session prefix before it), or -1. */
	private tokenAround(text: string, runStart: number): number {
		if (runStart === 0 || !HYPHENS.includes(text.charAt(runStart - 1))) {
			this.tokenEnd = tokenEndAt(text, runStart);
			return this.tokenEnd < 0 ? -1 : runStart;
		}
		for (let start = Math.max(0, runStart - 4); start <= runStart - 2; start++) {
			const end = tokenEndAt(text, start);
			if (end > runStart) {
				this.tokenEnd = end;
				return start;
			}
		}
		return -1;
	}
}

/** The offset of the first ASCII digit at or after `from`, or -1. */
function nextDigit(text: string, from: number): number {
	DIGIT.lastIndex = from;
	return DIGIT.test(text) ? DIGIT.lastIndex - 1 : -1;
}

/** Whether a number token can start with this character: a digit, or the "S-", "ES-", "دإ-" of a session. */
export function mayStartNumber(code: number): boolean {
	return isAsciiDigit(code) || code === 0x45 || code === 0x53 || code === 0x062F;
}

/**
 * Whether a token right after this character is the tail of something else ("A/RES/70/1"): a Latin letter, a
 * digit, a slash, a full stop or a hyphen. Compared by code: every token found is checked.
 */
export function gluesBefore(code: number): boolean {
	return isLatinLetterOrDigit(code) || code === 0x2F || code === 0x2E || code === 0x2D || code === 0x2011;
}

/** Whether a token glued to this following character is part of something else: a Latin letter, a digit, a slash or "%". */
export function gluesAfter(code: number): boolean {
	return isLatinLetterOrDigit(code) || code === 0x2F || code === 0x25;
}

function isLatinLetterOrDigit(code: number): boolean {
	return (code >= 0x41 && code <= 0x5A) || (code >= 0x61 && code <= 0x7A) || (code >= 0x30 && code <= 0x39);
}

const READ = new RegExp(`^(${SPECIAL_SESSION}|\\d{1,4})(?:/(\\d{1,4}))?\\s?(${LATIN_LETTERS}|${ARABIC_PARTS})?\\s?(?:\\((.*)\\))?$`);
const ARABIC_LETTER_WORD = new RegExp(ARABIC_LETTER_WORDS, 'g');
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const ARABIC_LETTER_LATIN: Record<string, string> = {
	ألف: 'A', باء: 'B', جيم: 'C', دال: 'D', هاء: 'E', واو: 'F', زاي: 'G', حاء: 'H',
};
const ALL_HYPHENS = /\u2011/g;
const CYRILLIC_HA = /Х/g;
const SPACES = /\s+/g;
const ARABIC_EMERGENCY_SESSION = /^دإط-/;
const ARABIC_SPECIAL_SESSION = /^دإ-/;
const ARABIC_SESSION = /^د\s?-\s?(\d{1,2})$/;
const ROMAN_ONLY = /^[IVXLC]+$/;
/** A special or emergency special session in Roman numerals ("S-VII", "ES-V"). */
export const SPECIAL_ROMAN = /^E?S-[IVXLC]+$/;
/** A four-digit year ("2016"). */
export const YEAR = /^\d{4}$/;

export interface ResolutionNumber {
	/** Before the slash, or the whole number of a parenthesised form ("70", "S-8", "2334", "217"). */
	first: string;
	/** After the slash ("1" in "70/1"). */
	second?: string;
	/** The first lettered part, in Latin letters ("A" for "49/222 A and B" and for "36/87 ألف وباء"). */
	letter?: string;
	/** All lettered parts in Latin letters ("A and B"); more than one letter means several documents. */
	parts?: string;
	/** The parenthesised session or year ("2016", "III", "S-VII"). */
	paren?: string;
	/** The number in canonical spacing ("70/1", "2334 (2016)", "217 A (III)", "49/222 A and B"). */
	canonical: string;
}

/** Reads a number token; undefined when the token is not a well-formed number. */
export function readResolutionNumber(token: string): ResolutionNumber | undefined {
	const slash = plainSlashForm(token);
	if (slash > 0) {
		return { first: token.slice(0, slash), second: token.slice(slash + 1), letter: undefined, parts: undefined, paren: undefined, canonical: token };
	}
	// Most tokens have no non-breaking hyphen and no Arabic session prefix; those replacements are made only when due.
	const match = READ.exec(token.includes('\u2011') ? token.replace(ALL_HYPHENS, '-') : token);
	if (!match) {
		return undefined;
	}
	const written = match[1];
	const second: string | undefined = match[2];
	const parts: string | undefined = match[3];
	const parenText: string | undefined = match[4];
	const first = written.startsWith('د') ? written.replace(ARABIC_EMERGENCY_SESSION, 'ES-').replace(ARABIC_SPECIAL_SESSION, 'S-') : written;
	const paren = parenText === undefined ? undefined : normalizeParen(parenText);
	if (parenText !== undefined && paren === undefined) {
		return undefined;
	}
	const partsText = parts === undefined ? undefined : latinParts(parts.trim());
	const letter = partsText === undefined ? undefined : partsText.charAt(0);
	const spelled = first + (second !== undefined ? `/${second}` : '') + (partsText ? ` ${partsText}` : '')
		+ (paren !== undefined ? ` (${paren})` : '');
	// Most numbers are written in canonical spacing already ("2334 (2016)"): the citation then keeps one string
	// for the text and the number, not two equal ones.
	const canonical = spelled === token ? token : spelled;
	return { first, second, letter, parts: partsText, paren, canonical };
}

/**
 * Where the slash of a plain "70/1" stands (one to four digits on each side, nothing else), or -1. Most cited
 * numbers have that form, which is its own canonical spelling: it is read without the full expression.
 */
function plainSlashForm(token: string): number {
	const length = token.length;
	if (length < 3 || length > 9) {
		return -1;
	}
	let slash = -1;
	for (let i = 0; i < length; i++) {
		const code = token.charCodeAt(i);
		if (code === 0x2F && slash < 0) {
			slash = i;
		} else if (code < 0x30 || code > 0x39) {
			return -1;
		}
	}
	return slash >= 1 && slash <= 4 && length - slash - 1 >= 1 && length - slash - 1 <= 4 ? slash : -1;
}

/** "ألف وباء" becomes "A and B"; Latin parts only get their spacing fixed. */
function latinParts(parts: string): string {
	const words = parts.split(SPACES).join(' ');
	if (!ARABIC_SCRIPT.test(words)) {
		return words;
	}
	const letters = words.match(ARABIC_LETTER_WORD) ?? [];
	const latin = letters.map(word => ARABIC_LETTER_LATIN[word]);
	const joiner = words.includes('إلى') ? ' to ' : ' and ';
	return latin.length > 1 ? `${latin.slice(0, -1).join(', ')}${joiner}${latin[latin.length - 1]}` : latin.join('');
}

function normalizeParen(content: string): string | undefined {
	const compact = content.replace(SPACES, '').replace(ALL_HYPHENS, '-').replace(CYRILLIC_HA, 'X');
	const arabicSession = ARABIC_SESSION.exec(compact);
	if (arabicSession) {
		return toRoman(Number(arabicSession[1])).toUpperCase();
	}
	return YEAR.test(compact) || ROMAN_ONLY.test(compact) || SPECIAL_ROMAN.test(compact) ? compact : undefined;
}

