import type { DateNode, DocumentLanguage } from '../model/types';
import { asciiDigitsEnd, isAsciiDigit } from '../text/characters';
import { skipWhiteSpace } from '../text/whitespace';
import { dateNode, type CitationStrings } from './citationStrings';
import type { ParsedDate } from './parsedCitation';

/**
 * Calendar dates in the forms the six language versions of UN resolutions use (Editorial Manual and the
 * official texts): "25 September 2015", "1er mai 2020", "25 de septiembre de 2015", "25 сентября 2015 года",
 * "2015 年 9 月 25 日", "10 حزيران/يونيه 2025". Only complete dates are reported: in a range such as
 * "15 to 17 November 2023" the first day has no month of its own, so only "17 November 2023" is a date.
 */

interface DatePattern {
	regex: RegExp;
	/** Reads day, month and year from a match; the month is 1-based, undefined when the name is unknown. */
	read(match: RegExpExecArray): { day: number; month: number | undefined; year: number };
}

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
	'October', 'November', 'December'];
const FRENCH_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
	'octobre', 'novembre', 'décembre'];
const SPANISH_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre',
	'octubre', 'noviembre', 'diciembre'];
// Russian dates put the month in the genitive case ("25 сентября").
const RUSSIAN_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября',
	'октября', 'ноября', 'декабря'];
// Arabic UN texts name each month twice, the Levantine name and then the Egyptian one after a slash
// ("كانون الأول/ديسمبر"). Hamza seats are sometimes dropped in typing, so both spellings are accepted.
const ARABIC_LEVANTINE_MONTHS = ['كانون الثاني', 'شباط', '[آا]ذار', 'نيسان', '[أا]يار', 'حزيران', 'تموز', '[آا]ب',
	'[أا]يلول', 'تشرين ال[أا]ول', 'تشرين الثاني', 'كانون ال[أا]ول'];
const ARABIC_EGYPTIAN_MONTHS = ['يناير', 'فبراير', 'مارس', '[أإا]بريل', 'مايو', 'يوني[هو]', 'يولي[هو]', '[أا]غسطس',
	'سبتمبر', '[أا]كتوبر', 'نوفمبر', 'ديسمبر'];

/** Alternatives that capture the month's position: group i + offset matched means month i + 1. */
function monthGroups(names: readonly string[]): string {
	return names.map(name => `(${name.replace(/ /g, '\\s+')})`).join('|');
}

/** The 1-based month whose capture group matched, searching groups `first` .. `first + 11`. */
function matchedMonth(match: RegExpExecArray, first: number): number | undefined {
	for (let month = 0; month < 12; month++) {
		if (match[first + month] !== undefined) {
			return month + 1;
		}
	}
	return undefined;
}

function monthByName(names: readonly string[]): (name: string) => number | undefined {
	const table = new Map(names.map((name, index) => [name.toLowerCase(), index + 1]));
	// Names are mostly written as listed ("December", "décembre"), so the name as written is looked up first and
	// lower-cased only when that fails.
	for (const [index, name] of names.entries()) {
		table.set(name, index + 1);
	}
	return name => table.get(name) ?? table.get(name.toLowerCase());
}

const frenchMonth = monthByName(FRENCH_MONTHS);
const spanishMonth = monthByName([...SPANISH_MONTHS, 'setiembre']);
const russianMonth = monthByName(RUSSIAN_MONTHS);

const PATTERNS: Record<Exclude<DocumentLanguage, 'en'>, DatePattern> = {
	fr: {
		regex: new RegExp(`(1er|1ᵉʳ|\\d{1,2})\\s+(${FRENCH_MONTHS.join('|')})\\s+(\\d{4})(?!\\d)`, 'iy'),
		read: match => ({ day: parseInt(match[1], 10), month: frenchMonth(match[2]), year: Number(match[3]) }),
	},
	es: {
		regex: new RegExp(`(\\d{1,2})(?:º|°|o)?\\s+de\\s+(${[...SPANISH_MONTHS, 'setiembre'].join('|')})\\s+del?\\s+(\\d{4})(?!\\d)`, 'iy'),
		read: match => ({ day: Number(match[1]), month: spanishMonth(match[2]), year: Number(match[3]) }),
	},
	ru: {
		// "года" (or "г.") belongs to the date when present; the look-ahead keeps "годах" from being cut in two.
		regex: new RegExp(`(\\d{1,2})\\s+(${RUSSIAN_MONTHS.join('|')})\\s+(\\d{4})(?!\\d)(?:\\s*года(?![а-яё])|\\s*г\\.)?`, 'iy'),
		read: match => ({ day: Number(match[1]), month: russianMonth(match[2]), year: Number(match[3]) }),
	},
	zh: {
		regex: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/y,
		read: match => ({ day: Number(match[3]), month: Number(match[2]), year: Number(match[1]) }),
	},
	ar: {
		// Groups 2–13 are the Levantine names, 14–25 the Egyptian names after the slash, 26–37 an Egyptian name alone.
		regex: new RegExp(`(\\d{1,2})\\s+(?:(?:${monthGroups(ARABIC_LEVANTINE_MONTHS)})\\s*/\\s*(?:${monthGroups(ARABIC_EGYPTIAN_MONTHS)})|(?:${monthGroups(ARABIC_EGYPTIAN_MONTHS)}))\\s+(\\d{4})(?!\\d)`, 'y'),
		read: match => {
			const levantine = matchedMonth(match, 2);
			const egyptian = matchedMonth(match, 14);
			const alone = matchedMonth(match, 26);
			// A Levantine name paired with another month's Egyptian name is a typing error, not a date.
			const month = alone ?? (levantine === egyptian ? levantine : undefined);
			return { day: Number(match[1]), month, year: Number(match[38]) };
		},
	},
};

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isValidDate(year: number, month: number, day: number): boolean {
	if (!(year >= 1000 && year <= 2999 && month >= 1 && month <= 12 && day >= 1)) {
		return false;
	}
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

/** The date that starts at `offset` in the form of `pattern`, if it is a real calendar date. */
function dateAt(text: string, offset: number, pattern: DatePattern, strings: CitationStrings | undefined): ParsedDate | undefined {
	const regex = pattern.regex;
	regex.lastIndex = offset;
	const match = regex.exec(text);
	if (match === null) {
		return undefined;
	}
	const { day, month, year } = pattern.read(match);
	if (month === undefined || !isValidDate(year, month, day)) {
		return undefined;
	}
	return strings === undefined ? dateNode(match[0], offset, year, month, day) : strings.date(text, offset, offset + match[0].length, year, month, day, -1);
}

// Every date starts with a number, so the scan visits the runs of digits and tries the patterns only there:
// one cheap pass instead of a pass per pattern. A run is maximal, so no date starts in the middle of a number.
// Arabic UN texts write dates in Western digits, like the other five languages.
const DIGIT_RUN = /\d+/g;
/** A date that opens with its day opens with one or two digits; a Chinese date opens with its four-digit year. */
const DAY_DIGITS = 2;
const SPACE = 0x20;
const YEAR_DIGITS = 4;

/**
 * Every complete date in `text`, in order, in the forms of `language` and always also in English, because the
 * mastheads of the Arabic, Chinese and Russian documents carry English dates ("10 December 2024").
 */
export function findDates(text: string, language: DocumentLanguage): DateNode[] {
	const dates: DateNode[] = [];
	if (typeof text !== 'string') {
		return dates;
	}
	for (let date = nextDate(text, 0, language); date !== undefined; date = nextDate(text, date.span.end, language)) {
		dates.push(date);
	}
	return dates;
}

/**
 * The first date that {@link findDates} reports from `from` on, where `from` is 0 or the end of the date it
 * reported before: the dates of a text one at a time, for a caller that needs only those before some place.
 * `strings` are the strings of the citations of the parse, which equal dates share.
 */
export function nextDate(text: string, from: number, language: DocumentLanguage, strings?: CitationStrings): ParsedDate | undefined {
	const runs = DIGIT_RUN;
	runs.lastIndex = from;
	let run: RegExpExecArray | null;
	while ((run = runs.exec(text)) !== null) {
		const date = dateOfRun(text, run.index, run[0].length, language, strings);
		if (date !== undefined) {
			return date;
		}
	}
	return undefined;
}

/**
 * The date that {@link findDates} reports at `offset`, for a caller that needs the date at one place only (after
 * "of" in "resolution 70/1 of 25 September 2015"): a date opens a run of digits. It assumes that no earlier date
 * runs past `offset`, which holds after words that no date contains.
 */
export function dateStartingAt(text: string, offset: number, language: DocumentLanguage, strings?: CitationStrings): ParsedDate | undefined {
	if (!isAsciiDigit(text.charCodeAt(offset)) || (offset > 0 && isAsciiDigit(text.charCodeAt(offset - 1)))) {
		return undefined;
	}
	return dateOfRun(text, offset, asciiDigitsEnd(text, offset + 1) - offset, language, strings);
}

/**
 * The English date ("25 September 2015") whose day is the run of `digits` digits at `start`, if it is a real
 * calendar date: the day, white space, a month's name as {@link ENGLISH_MONTHS} writes it, white space, and four
 * digits of a year that no digit follows. It is read by character codes, not by an expression: it is tried after
 * every short number of a text in any language, and most cited resolutions carry one, where the expression's
 * match, its three captured strings and the month's lookup by name cost a tenth of the citation finder's time.
 */
function englishDateAt(text: string, start: number, digits: number, strings: CitationStrings | undefined): ParsedDate | undefined {
	const monthAt = skipWhiteSpace(text, start + digits);
	const month = monthAt > start + digits ? englishMonthAt(text, monthAt) : 0;
	if (month === 0) {
		return undefined;
	}
	const monthEnd = monthAt + ENGLISH_MONTHS[month - 1].length;
	const yearAt = skipWhiteSpace(text, monthEnd);
	const year = yearAt > monthEnd ? fourDigitYearAt(text, yearAt) : -1;
	const day = digits === 1 ? digitAt(text, start) : digitAt(text, start) * 10 + digitAt(text, start + 1);
	if (year < 0 || !isValidDate(year, month, day)) {
		return undefined;
	}
	const end = yearAt + YEAR_DIGITS;
	if (strings === undefined) {
		return dateNode(text.slice(start, end), start, year, month, day);
	}
	// With single spaces, the value and the count of the day's digits fix every character of the date.
	const spaced = monthAt === start + digits + 1 && yearAt === monthEnd + 1 && text.charCodeAt(monthAt - 1) === SPACE && text.charCodeAt(monthEnd) === SPACE;
	return strings.date(text, start, end, year, month, day, spaced ? digits : -1);
}

/** The 1-based month whose English name is written at `offset`, or 0. No name starts another, so one at most is. */
function englishMonthAt(text: string, offset: number): number {
	const candidates = ENGLISH_MONTHS_BY_INITIAL.get(text.charCodeAt(offset));
	if (candidates === undefined) {
		return 0;
	}
	for (const month of candidates) {
		if (isWrittenAt(ENGLISH_MONTHS[month], text, offset)) {
			return month + 1;
		}
	}
	return 0;
}

/** The 0-based months by the code of their name's first letter: a date's month is then compared with those alone. */
const ENGLISH_MONTHS_BY_INITIAL = new Map<number, number[]>();
ENGLISH_MONTHS.forEach((name, month) => {
	const initial = name.charCodeAt(0);
	ENGLISH_MONTHS_BY_INITIAL.set(initial, [...ENGLISH_MONTHS_BY_INITIAL.get(initial) ?? [], month]);
});

/**
 * Whether `text` holds `name` at `offset`, whose first character the caller compared. Compared by codes: a month's
 * name is short, and a call of startsWith costs more than the comparison itself.
 */
function isWrittenAt(name: string, text: string, offset: number): boolean {
	for (let i = 1; i < name.length; i++) {
		if (text.charCodeAt(offset + i) !== name.charCodeAt(i)) {
			return false;
		}
	}
	return true;
}

/** The year written as four digits at `offset` that no further digit follows, or -1. */
function fourDigitYearAt(text: string, offset: number): number {
	let year = 0;
	for (let i = offset; i < offset + YEAR_DIGITS; i++) {
		const digit = digitAt(text, i);
		if (digit < 0 || digit > 9) {
			return -1;
		}
		year = year * 10 + digit;
	}
	return isAsciiDigit(text.charCodeAt(offset + YEAR_DIGITS)) ? -1 : year;
}

/** The value of the character at `index` as a digit: 0 to 9 for a digit, anything else for another character. */
function digitAt(text: string, index: number): number {
	return text.charCodeAt(index) - 0x30;
}

/** The date that opens with the run of `digits` digits at `start`, in English or in the document's language. */
function dateOfRun(text: string, start: number, digits: number, language: DocumentLanguage, strings: CitationStrings | undefined): ParsedDate | undefined {
	// The length of the run tells which patterns can match at all, so most numbers are passed over untried.
	const english = digits <= DAY_DIGITS ? englishDateAt(text, start, digits, strings) : undefined;
	if (english !== undefined || language === 'en') {
		return english;
	}
	const fits = language === 'zh' ? digits === YEAR_DIGITS : digits <= DAY_DIGITS;
	return fits ? dateAt(text, start, PATTERNS[language], strings) : undefined;
}
