import type { DocumentLanguage } from '../../model/types';
import { getVocabulary } from '../../vocabulary';
import { officialEquivalents } from '../../vocabulary/equivalents';

/** One language's phrases for a concept, in each part; empty where the part has no usual form. */
export interface EquivalentRow {
	language: DocumentLanguage;
	preambular: string[];
	operative: string[];
}

/** The six languages in the order the United Nations lists them (Arabic, Chinese, English, French, Russian, Spanish). */
const UN_ORDER: readonly DocumentLanguage[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
/** A hover shows the commonest forms; the completion lists the rest. */
const FORMS_PER_CELL = 2;

/**
 * A concept's opening phrases in the six languages: the forms seen in the aligned official texts (the commonest
 * first) where there are any, else the vocabulary's base forms, attested ones first. Repeated forms ("Recalling
 * also", 又回顾) are left out: they are the same verb.
 */
export function equivalentsOf(concept: string): EquivalentRow[] {
	return UN_ORDER.map(language => ({
		language,
		preambular: formsOf(concept, language, 'preambular'),
		operative: formsOf(concept, language, 'operative'),
	})).filter(row => row.preambular.length > 0 || row.operative.length > 0);
}

function formsOf(concept: string, language: DocumentLanguage, part: 'preambular' | 'operative'): string[] {
	const vocabulary = getVocabulary(language);
	const repeated = (phrase: string) => vocabulary.repetitionMarkers.some(marker =>
		language === 'zh' ? phrase.startsWith(marker) : ` ${phrase} `.includes(` ${marker} `));
	const fromVocabulary = vocabulary.entries
		.filter(entry => entry.concept === concept && (entry.part === part || entry.part === 'both') && !repeated(entry.phrase))
		.sort((a, b) => Number(b.attested) - Number(a.attested))
		.map(entry => entry.phrase);
	const seen = officialEquivalents(concept, part)[language] ?? [];
	return [...new Set(seen.length > 0 ? seen : fromVocabulary)].slice(0, FORMS_PER_CELL);
}
