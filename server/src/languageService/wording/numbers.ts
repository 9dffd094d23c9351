/**
 * Numbers spelled out the way UN documents name sessions: "seventy-third session", "第七十三届会议". These are
 * the inverse of the readers in vocabulary/ordinals.ts, which turn the spelled-out forms back into numbers.
 */

const ENGLISH_UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
	'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const ENGLISH_UNIT_ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
	'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth',
	'nineteenth'];
const ENGLISH_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ENGLISH_TEN_ORDINALS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth',
	'eightieth', 'ninetieth'];

/** The English ordinal in words for 1 to 999 ("seventy-third", "one hundred and first"); figures beyond that. */
export function englishOrdinal(value: number): string {
	if (!Number.isInteger(value) || value < 1 || value > 999) {
		return `${value}th`;
	}
	const hundreds = Math.floor(value / 100);
	const rest = value % 100;
	if (hundreds === 0) {
		return ordinalBelowHundred(rest);
	}
	const head = `${ENGLISH_UNITS[hundreds]} hundred`;
	return rest === 0 ? `${head}th` : `${head} and ${ordinalBelowHundred(rest)}`;
}

function ordinalBelowHundred(value: number): string {
	if (value < 20) {
		return ENGLISH_UNIT_ORDINALS[value];
	}
	const tens = Math.floor(value / 10);
	const units = value % 10;
	return units === 0 ? ENGLISH_TEN_ORDINALS[tens] : `${ENGLISH_TENS[tens]}-${ENGLISH_UNIT_ORDINALS[units]}`;
}

const CHINESE_DIGITS = '零一二三四五六七八九';

/** A Chinese numeral for 1 to 999 ("七十三", "十二", "一百零一"); figures beyond that. */
export function chineseNumeral(value: number): string {
	if (!Number.isInteger(value) || value < 1 || value > 999) {
		return String(value);
	}
	const hundreds = Math.floor(value / 100);
	const tens = Math.floor((value % 100) / 10);
	const units = value % 10;
	let result = hundreds > 0 ? `${CHINESE_DIGITS[hundreds]}百` : '';
	if (tens > 0) {
		// "十二" alone, but "一百一十二" after a hundred.
		result += tens === 1 && hundreds === 0 ? '十' : `${CHINESE_DIGITS[tens]}十`;
	} else if (hundreds > 0 && units > 0) {
		result += '零';
	}
	return units > 0 ? result + CHINESE_DIGITS[units] : result;
}
