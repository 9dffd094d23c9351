import type { DocumentLanguage } from '../model/types';

// Session lines spell the session as an ordinal ("Seventy-third session", "第七十三届会议", "Soixante-quinzième
// session"). Each table maps the words that make up ordinals from 1 to 99 to their values; a session number is
// the sum of its words, except the French "quatre-vingt" (4 × 20).
const WORDS: Record<Exclude<DocumentLanguage, 'zh'>, Record<string, number>> = {
	en: table([
		'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth ' +
		'fifteenth sixteenth seventeenth eighteenth nineteenth', 1,
	], [
		'twenty thirty forty fifty sixty seventy eighty ninety', 20, 10,
	], [
		'twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth', 20, 10,
	]),
	fr: table([
		'premier deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième onzième ' +
		'douzième treizième quatorzième quinzième seizième', 1,
	], [
		'un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize', 1,
	], [
		'vingt trente quarante cinquante soixante', 20, 10,
	], [
		'vingtième trentième quarantième cinquantième soixantième', 20, 10,
	], ['unième', 1], ['première', 1]),
	es: table([
		'primero segundo tercero cuarto quinto sexto séptimo octavo noveno décimo undécimo duodécimo', 1,
	], [
		'vigésimo trigésimo cuadragésimo quincuagésimo sexagésimo septuagésimo octogésimo nonagésimo', 20, 10,
	], ['primer', 1], ['tercer', 3]),
	ru: table([
		'первая вторая третья четвертая пятая шестая седьмая восьмая девятая десятая одиннадцатая двенадцатая ' +
		'тринадцатая четырнадцатая пятнадцатая шестнадцатая семнадцатая восемнадцатая девятнадцатая', 1,
	], [
		'двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто', 20, 10,
	], [
		'двадцатая тридцатая сороковая пятидесятая шестидесятая семидесятая восьмидесятая девяностая', 20, 10,
	], ['четвёртая', 4]),
	ar: table([
		'الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة', 1,
	], [
		'العشرون الثلاثون الأربعون الخمسون الستون السبعون الثمانون التسعون', 20, 10,
	], ['الحادية', 1]),
};

type Row = [words: string, first: number, step?: number];

function table(...rows: Row[]): Record<string, number> {
	const result: Record<string, number> = {};
	for (const [words, first, step = 1] of rows) {
		words.split(' ').forEach((word, index) => {
			result[word] = first + index * step;
		});
	}
	return result;
}

const CHINESE_DIGITS = '零一二三四五六七八九';

/** Reads a Chinese numeral from 1 to 99 ("七十三", "十二", "九"). */
export function chineseNumber(text: string): number | undefined {
	const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
	if (!match || text.length === 0) {
		return undefined;
	}
	const tens = match[2] ? (match[1] ? CHINESE_DIGITS.indexOf(match[1]) : 1) : 0;
	const units = match[2] ? (match[3] ? CHINESE_DIGITS.indexOf(match[3]) : 0) : CHINESE_DIGITS.indexOf(match[1] ?? '');
	return tens * 10 + units || undefined;
}

/** Reads an ordinal spelled in words ("Seventy-third", "Soixante-dix-neuvième", "الخامسة والسبعون"). */
export function ordinalNumber(words: string, language: DocumentLanguage): number | undefined {
	if (language === 'zh') {
		return chineseNumber(words);
	}
	const known = WORDS[language];
	const tokens = words.toLowerCase().split(/[\s\-‑‐]+/).filter(token => token && token !== 'et' && token !== 'y');
	let total = 0;
	for (let i = 0; i < tokens.length; i++) {
		// Arabic joins "and" to the next word ("والسبعون"): strip it before the look-up.
		const token = language === 'ar' ? tokens[i].replace(/^و(?=ال)/, '') : tokens[i];
		const value = known[token];
		if (value === undefined) {
			return undefined;
		}
		const nextIsScore = language === 'fr' && token === 'quatre' && /^vingt/.test(tokens[i + 1] ?? '');
		total += nextIsScore ? 60 : value;
	}
	return total > 0 ? total : undefined;
}
