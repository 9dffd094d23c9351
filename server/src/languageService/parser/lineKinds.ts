import type { LabelStyle } from '../model/types';
import { isAsciiDigit, isSuperscriptDigit } from '../text/characters';
import { isWhiteSpace } from '../text/whitespace';

/** What the start of a body line says it is. Offsets are into the clean text of the line. */
export type LineStart =
	| { kind: 'operative'; number: number; suffix?: string; numberEnd: number; bodyStart: number }
	| { kind: 'label'; label: string; value: string; styles: readonly LabelStyle[]; bodyStart: number }
	| { kind: 'footnote'; number: number; labelEnd: number; bodyStart: number }
	| { kind: 'section'; sectionKind: 'lettered' | 'roman'; label: string; titleStart: number }
	| { kind: 'meeting'; number: number }
	| { kind: 'text' };

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Reads a run of superscript digits ("¹³") as a number. */
export function superscriptValue(digits: string): number {
	// By index, like digitValue: each superscript digit is one code unit.
	let value = 0;
	for (let i = 0; i < digits.length; i++) {
		value = value * 10 + SUPERSCRIPT_DIGITS.indexOf(digits[i]);
	}
	return value;
}

/** Digits as written in the text, also the Arabic-Indic ones some Arabic drafts use. */
export function digitValue(digits: string): number {
	// By index: digits are single code units, and a loop over the string's iterator makes an object per call.
	let value = 0;
	for (let i = 0; i < digits.length; i++) {
		const code = digits.charCodeAt(i);
		value = value * 10 + (code >= 0x660 && code <= 0x669 ? code - 0x660 : code - 48);
	}
	return value;
}

// "1. Decides", "12.Decides" while typing, the Arabic "1 - يقرر" (digit, space, hyphen), and "5 bis." for a
// paragraph inserted during negotiations. A decimal such as "1.5 per cent" is not a paragraph number.
const OPERATIVE = /^(\d{1,3}|[٠-٩]{1,3})(?:[ \u00a0]?(bis|ter|quater))?(?:\.(?!\d)|[ \u00a0]+[-–‐‑](?=[ \u00a0]))[ \u00a0\t]*/;
const FOOTNOTE = /^(?:⁽([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})⁾|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})|\[\^(\d{1,4})\]:)[ \u00a0\t]*/;
const PARENTHESIZED = readings('paren-roman', 'paren-letter');
const CLOSING_PARENTHESIS = readings('roman-paren', 'letter-paren');
const FULL_STOP = readings('roman-dot', 'letter-dot');
// Sub-paragraph labels of every style in use: (a) (i) a) i) a. i. (أ) ’1‘ ㈠ （一）. Russian texts sometimes type the
// Cyrillic "а" for the Latin "a", so Cyrillic single letters count as letters too. Each pattern is tried only on
// lines whose first character it can match.
const LABELS: ReadonlyArray<[RegExp, (value: string) => readonly LabelStyle[], (first: number) => boolean]> = [
	[/^\(([a-z]{1,2}|[ivxlc]{1,7})\)[ \u00a0\t]*/, value => romanOrLetter(value, PARENTHESIZED), isParenthesis],
	[/^([a-z]{1,2}|[ivxlc]{1,7}|[а-я])\)[ \u00a0\t]+/, value => romanOrLetter(value, CLOSING_PARENTHESIS), first => isLowerLatin(first) || (first >= 0x0430 && first <= 0x044f)],
	[/^\(([\u0621-\u064a]{1,3})\)[ \u00a0\t]*/, () => ['arabic-letter'], isParenthesis],
	[/^[’‘'](\d{1,2})[‘’'][ \u00a0\t]*/, () => ['arabic-quoted-number'], first => first === 0x2019 || first === 0x2018 || first === 39],
	[/^([\u3220-\u3229])[ \u00a0\t]*/, () => ['parenthesized-ideograph'], first => first >= 0x3220 && first <= 0x3229],
	[/^[（(]([一二三四五六七八九十]{1,3})[）)][ \u00a0\t]*/, () => ['parenthesized-ideograph'], first => first === 0xff08 || first === 40],
	[/^([a-z]|[ivx]{1,5})\.[ \u00a0\t]+/, value => romanOrLetter(value, FULL_STOP), isLowerLatin],
];
const SECTION_LETTER = /^([A-H])(?:\.[ \u00a0\t]*|[ \u00a0\t]*$)/;
const SECTION_ROMAN = /^([IVX]{1,5})(?:\.[ \u00a0\t]*|[ \u00a0\t]*$)/;
const SECTION_ARABIC = /^(ألف|باء|جيم|دال|هاء|واو|زاي|حاء|طاء|ياء)[ \u00a0]*[-–][ \u00a0]*/;
// The first letters of the Arabic section letters above.
const ARABIC_SECTION_FIRST = 'أبجدهوزحطي';
// The Human Rights Council closes with a meeting that is not "plenary": "40th meeting", "40e séance", "40a sesión",
// "40-е заседание", "第40次会议", "الجلسة 40".
const MEETING: readonly RegExp[] = [
	/^(\d+)(?:st|nd|rd|th) (?:plenary )?meeting$/i,
	/^(\d+)e séance(?: plénière)?$/i,
	/^(\d+)(?:a|ª|\.ª) sesión(?: plenaria)?$/i,
	/^(\d+)[-‑‐]?е (?:пленарное )?заседание$/i,
	/^第\s*(\d+)\s*次(?:全体)?会议$/,
	/^الجلسة(?: العامة)?\s+(\d+)$/,
];

function isParenthesis(code: number): boolean {
	return code === 40;
}

function isLowerLatin(code: number): boolean {
	return code >= 97 && code <= 122;
}

function romanOrLetter(value: string, readings: Readings): readonly LabelStyle[] {
	return stylesOf(/^[ivxlc]+$/.test(value), /^(?:[a-z]|[а-я]|([a-z])\1)$/.test(value), readings);
}

/**
 * The readings of a label that may be a Roman numeral or a letter, in one way of writing labels: both styles, the
 * Roman one, the letter one. They are shared by every label that reads so, rather than a new list per
 * sub-paragraph; nothing changes them.
 */
type Readings = readonly [readonly LabelStyle[], readonly LabelStyle[], readonly LabelStyle[]];

function readings(roman: LabelStyle, letter: LabelStyle): Readings {
	return [Object.freeze([roman, letter]), Object.freeze([roman]), Object.freeze([letter])];
}

/** Both styles when a label reads as either ("(i)", "(ii)"), for the context to choose; otherwise the one it is. */
function stylesOf(isRoman: boolean, isLetter: boolean, readings: Readings): readonly LabelStyle[] {
	return readings[isRoman && isLetter ? 0 : isRoman ? 1 : 2];
}

const TEXT: LineStart = { kind: 'text' };

/**
 * True when a line that begins with this character may be anything but plain text: every pattern above begins
 * with a digit, a superscript, a bracket, a quotation mark, a lower-case Latin or Cyrillic letter, a capital A–H,
 * I, V or X, a parenthesised ideograph, 第, or one of the Arabic letters that open labels, meetings and sections.
 * Most lines open a paragraph with a capital or an ideograph and skip every pattern.
 */
function mayBeStructure(code: number): boolean {
	if (code < 0x80) {
		return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 72)
			|| code === 73 || code === 86 || code === 88 || code === 40 || code === 91 || code === 39;
	}
	return isSuperscriptDigit(code) || code === 0x207d
		|| (code >= 0x0430 && code <= 0x044f) || (code >= 0x0621 && code <= 0x064a) || (code >= 0x0660 && code <= 0x0669)
		|| code === 0x2018 || code === 0x2019 || (code >= 0x3220 && code <= 0x3229) || code === 0xff08 || code === 0x7b2c;
}

/** Classifies the start of one clean line of the body. */
export function classifyLine(line: string): LineStart {
	return classify(line, true);
}

/** The same reading with every pattern asked and no fast path, for tests that check the fast paths against it. */
export function classifyLineByPatterns(line: string): LineStart {
	return classify(line, false);
}

function classify(line: string, fast: boolean): LineStart {
	const first = line.charCodeAt(0);
	if (!mayBeStructure(first)) {
		return TEXT;
	}
	if (first === 0x207d || first === 91 || isSuperscriptDigit(first)) {
		const footnote = FOOTNOTE.exec(line);
		if (footnote && line.length > footnote[0].length) {
			const number = footnote[3] ? Number(footnote[3]) : superscriptValue(footnote[1] ?? footnote[2]);
			return { kind: 'footnote', number, labelEnd: footnote[0].trimEnd().length, bodyStart: footnote[0].length };
		}
	}
	if (fast && isAsciiDigit(first)) {
		const plain = plainOperative(line);
		if (plain) {
			return plain;
		}
	}
	if (fast && first === 40) {
		const label = parenthesizedLabel(line);
		if (label) {
			return label;
		}
	}
	if (isAsciiDigit(first) || (first >= 0x0660 && first <= 0x0669)) {
		const operative = OPERATIVE.exec(line);
		if (operative && line.length > operative[0].length) {
			const numberEnd = operative[2] ? operative[0].indexOf(operative[2]) + operative[2].length : operative[1].length;
			return { kind: 'operative', number: digitValue(operative[1]), suffix: operative[2], numberEnd, bodyStart: operative[0].length };
		}
	}
	for (const [pattern, styles, mayStart] of LABELS) {
		const label = mayStart(first) ? pattern.exec(line) : null;
		if (label && line.length > label[0].length) {
			return { kind: 'label', label: label[0].trim(), value: label[1], styles: styles(label[1]), bodyStart: label[0].length };
		}
	}
	const meetingFirst = isAsciiDigit(first) || first === 0x7b2c || first === 0x0627;
	if (!meetingFirst && !mayStartSection(line, first)) {
		return TEXT;
	}
	// No-break spaces stand inside meeting lines and headings of French and Russian texts ("22\u00a0e séance").
	const trimmed = line.trimEnd().replace(/[\u00a0\u202f\u2007]/g, ' ');
	for (const pattern of meetingFirst ? MEETING : []) {
		const meeting = pattern.exec(trimmed);
		if (meeting) {
			return { kind: 'meeting', number: Number(meeting[1]) };
		}
	}
	return classifySection(trimmed) ?? TEXT;
}

/**
 * "12. Decides": one to three ASCII digits, a full stop not followed by a digit, then spaces, read by code because
 * nearly every operative paragraph starts so; OPERATIVE reads the same, and the rarer forms ("5 bis.", "1 - ").
 * Undefined when the line does not start so, or holds nothing after the number.
 */
function plainOperative(line: string): LineStart | undefined {
	let digits = 0;
	let number = 0;
	while (digits < 4 && isAsciiDigit(line.charCodeAt(digits))) {
		number = number * 10 + line.charCodeAt(digits) - 48;
		digits++;
	}
	if (digits > 3 || line.charCodeAt(digits) !== 46 || isAsciiDigit(line.charCodeAt(digits + 1))) {
		return undefined;
	}
	const bodyStart = skipLabelSpaces(line, digits + 1);
	if (bodyStart >= line.length) {
		return undefined;
	}
	return { kind: 'operative', number, suffix: undefined, numberEnd: digits, bodyStart };
}

/**
 * "(a)", "(iv)": one or two lower-case Latin letters, or up to seven Roman digits, in parentheses, then spaces, read
 * by code like the first of LABELS, which the sub-paragraphs of English, French and Spanish texts use.
 */
function parenthesizedLabel(line: string): LineStart | undefined {
	let letters = 0;
	let roman = true;
	while (letters < 8 && isLowerLatin(line.charCodeAt(1 + letters))) {
		roman &&= ROMAN_DIGITS.includes(line[1 + letters]);
		letters++;
	}
	const close = 1 + letters;
	if (letters === 0 || (letters > 2 && !(roman && letters <= 7)) || line.charCodeAt(close) !== 41) {
		return undefined;
	}
	const bodyStart = skipLabelSpaces(line, close + 1);
	if (bodyStart >= line.length) {
		return undefined;
	}
	// A letter label is one letter or one doubled ("(aa)" follows "(z)"); the letters were told Roman above.
	const isLetter = letters === 1 || (letters === 2 && line.charCodeAt(1) === line.charCodeAt(2));
	const styles = stylesOf(roman, isLetter, PARENTHESIZED);
	const label = letters === 1 ? ONE_LETTER_LABELS[line.charCodeAt(1) - 97] : line.slice(0, close + 1);
	return { kind: 'label', label, value: line.slice(1, close), styles, bodyStart };
}

const ROMAN_DIGITS = 'ivxlc';
// "(a)" to "(z)", the commonest labels, made once rather than cut from every line that starts with one.
const ONE_LETTER_LABELS = Array.from({ length: 26 }, (_, index) => `(${String.fromCharCode(97 + index)})`);

/** The index after the spaces, no-break spaces and tabs from `index` on, which the patterns' `[ \u00a0\t]*` read. */
function skipLabelSpaces(line: string, index: number): number {
	let end = index;
	for (let code = line.charCodeAt(end); code === 32 || code === 0xa0 || code === 9; code = line.charCodeAt(++end)) {
		// Nothing else to do: the loop only advances past the spaces.
	}
	return end;
}

/**
 * True when a line may be a section heading by its first characters: a capital A–H or a Roman numeral followed by
 * a full stop, a space or nothing, or an Arabic section letter.
 */
function mayStartSection(line: string, first: number): boolean {
	if (first === 73 || first === 86 || first === 88) {
		return true;
	}
	if (first >= 65 && first <= 72) {
		// After a letter A–H comes its full stop, white space (which may be all that is left of the line) or nothing.
		return line.length === 1 || line[1] === '.' || isWhiteSpace(line.charCodeAt(1));
	}
	return ARABIC_SECTION_FIRST.includes(line[0]);
}

// A section heading is short and ends without the punctuation that closes a paragraph ("A. Themes for the
// period 2026–2029"); "A. Decides …;" would be a mistyped paragraph, not a heading.
function classifySection(line: string): LineStart | undefined {
	if (line.length > 200 || /[,;:，；。،؛]$/.test(line)) {
		return undefined;
	}
	const letter = SECTION_LETTER.exec(line) ?? SECTION_ARABIC.exec(line);
	if (letter) {
		return { kind: 'section', sectionKind: 'lettered', label: letter[1], titleStart: letter[0].length };
	}
	const roman = SECTION_ROMAN.exec(line);
	if (roman) {
		return { kind: 'section', sectionKind: 'roman', label: roman[1], titleStart: roman[0].length };
	}
	return undefined;
}
