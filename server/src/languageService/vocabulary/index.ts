import type { DocumentLanguage } from '../model/types';
import { arabic } from './ar';
import { english } from './en';
import { spanish } from './es';
import { french } from './fr';
import { russian } from './ru';
import type { LanguageVocabulary, VerbEntry } from './types';
import { chinese } from './zh';

export type { LanguageVocabulary, VerbEntry, VerbPart } from './types';

const VOCABULARIES: Record<DocumentLanguage, LanguageVocabulary> = {
	en: english, fr: french, es: spanish, ru: russian, zh: chinese, ar: arabic,
};

export function getVocabulary(language: DocumentLanguage): LanguageVocabulary {
	return VOCABULARIES[language];
}

/** A vocabulary entry in matching form, longest first, so that "Taking note" wins over "Taking". */
export interface PreparedEntry {
	entry: VerbEntry;
	normalized: string;
}

const prepared = new Map<DocumentLanguage, PreparedEntry[]>();

export function preparedEntries(language: DocumentLanguage): PreparedEntry[] {
	let list = prepared.get(language);
	if (!list) {
		list = VOCABULARIES[language].entries
			.map(entry => ({ entry, normalized: normalizeForMatching(entry.phrase) }))
			.sort((a, b) => b.normalized.length - a.normalized.length);
		prepared.set(language, list);
	}
	return list;
}

// Characters that do not change a word for matching purposes: the Arabic tatweel and vowel marks (official texts
// write both "تسلّم" and "تسلم", "علماً" and "علما"), soft hyphens and zero-width joiners.
const IGNORED = /[\u0640\u064b-\u065f\u0670\u00ad\u200b-\u200d]/;
const SPACE = /[\s\u00a0\u202f\u3000]/;

/** Lower-cases and folds the characters in {@link IGNORED} and every kind of space, for comparison only. */
export function normalizeForMatching(text: string): string {
	return normalizeWithMap(text).text;
}

/** Like {@link normalizeForMatching}, also returning for every normalized character its index in `text`. */
export function normalizeWithMap(text: string): { text: string; map: number[] } {
	const chars: string[] = [];
	const map: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (IGNORED.test(char)) {
			continue;
		}
		if (SPACE.test(char)) {
			if (chars.length > 0 && chars[chars.length - 1] !== ' ') {
				chars.push(' ');
				map.push(i);
			}
			continue;
		}
		chars.push(char === '’' ? '\'' : char.toLowerCase());
		map.push(i);
	}
	map.push(text.length);
	return { text: chars.join(''), map };
}
