import type { DocumentLanguage, LabelStyle } from '../model/types';

// The label styles each language uses at each level, the usual one first (Editorial Manual "Paragraphs and
// subparagraphs", R27–R29; the corpus: Chinese writes the second level ㈠ or (i), French, Spanish and Russian a), i)).
const LANGUAGE_STYLES: Record<DocumentLanguage, ReadonlyArray<readonly LabelStyle[]>> = {
	en: [['paren-letter'], ['paren-roman'], ['letter-dot'], ['roman-dot']],
	zh: [['paren-letter'], ['parenthesized-ideograph', 'paren-roman'], ['letter-dot'], ['roman-dot']],
	fr: [['letter-paren'], ['roman-paren'], ['letter-dot'], ['roman-dot']],
	es: [['letter-paren'], ['roman-paren'], ['letter-dot'], ['roman-dot']],
	ru: [['letter-paren'], ['roman-paren'], ['letter-dot'], ['roman-dot']],
	ar: [['arabic-letter'], ['arabic-quoted-number'], ['letter-dot'], ['roman-dot']],
};

/** The styles a language labels sub-paragraphs of `level` (1 to 4) with, the usual one first. */
export function languageLabelStyles(language: DocumentLanguage, level: number): readonly LabelStyle[] {
	const levels = LANGUAGE_STYLES[language];
	return levels[Math.min(Math.max(level, 1), levels.length) - 1];
}
