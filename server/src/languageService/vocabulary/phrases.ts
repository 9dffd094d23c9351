import type { VerbEntry, VerbPart } from './types';

/**
 * One row of a language's vocabulary: concept key (shared with the English and Chinese tables), phrase, part,
 * whether an official text attests it (✓ in drafting-rules.md §3 or the aligned openers of the corpus), and the
 * gender it agrees with when the language marks one.
 */
export type Row = [concept: string, phrase: string, part: VerbPart, attested: boolean, gender?: 'feminine' | 'masculine'];

export function rowsToEntries(rows: readonly Row[]): VerbEntry[] {
	return rows.map(([concept, phrase, part, attested, gender]) => (gender ? { phrase, part, concept, attested, gender } : { phrase, part, concept, attested }));
}

/**
 * Arabic verbs agree with the organ: feminine for the General Assembly (الجمعية: تشير، تقرر), masculine for the
 * councils (المجلس: يشير، يقرر). The tables give the feminine form; this adds the masculine twin by turning the
 * imperfect prefix ت of the verb into ي, after the preambular particle إذ/وإذ or at the start of an operative verb.
 */
export function withArabicGenders(rows: readonly Row[]): Row[] {
	const result: Row[] = [];
	for (const [concept, phrase, part, attested] of rows) {
		const masculine = phrase.replace(/^((?:و?إذ )?)ت/, '$1ي');
		if (masculine === phrase) {
			result.push([concept, phrase, part, attested]);
			continue;
		}
		result.push([concept, phrase, part, attested, 'feminine'], [concept, masculine, part, attested, 'masculine']);
	}
	return result;
}

/**
 * Where a language puts "also"/"further" inside a phrase, as word positions (the number of words before it), the
 * usual place first: French after the phrase or its first word ("Rappelant également", "Notant également avec
 * satisfaction"), Spanish after it ("Recordando también"), Russian after the first word or at the end
 * ("ссылаясь также на", "отмечая с удовлетворением также"), Arabic before a closing preposition or at the end
 * ("وإذ تشير أيضا إلى", "وإذ تؤكد من جديد أيضا").
 */
export type MarkerPositions = (words: readonly string[]) => number[];

export const AFTER_PHRASE_OR_FIRST_WORD: MarkerPositions = words => [words.length, 1];
export const AFTER_PHRASE: MarkerPositions = words => [words.length];
export const AFTER_FIRST_WORD_OR_PHRASE: MarkerPositions = words => [1, words.length];
export const BEFORE_ARABIC_PREPOSITION: MarkerPositions = words =>
	[/^(?:إلى|ب|ل|على|في)$/.test(words[words.length - 1]) ? words.length - 1 : words.length];

/** Adds the repeated forms of each phrase, with each marker at the positions the language uses. */
export function withRepetitionVariants(rows: readonly Row[], markers: readonly string[], positions: MarkerPositions): Row[] {
	const result: Row[] = [...rows];
	for (const [concept, phrase, part, attested, gender] of rows) {
		const words = phrase.split(' ');
		for (const marker of markers) {
			for (const position of new Set(positions(words).filter(at => at >= 1))) {
				const variant = [...words.slice(0, position), marker, ...words.slice(position)].join(' ');
				result.push(gender ? [concept, variant, part, attested, gender] : [concept, variant, part, attested]);
			}
		}
	}
	return result;
}
