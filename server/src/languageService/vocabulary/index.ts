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

/**
 * Characters that do not change a word for matching purposes: the Arabic tatweel and vowel marks (official
 * texts write both "تسلّم" and "تسلم", "علماً" and "علما"), soft hyphens and zero-width joiners.
 */
function isIgnored(code: number): boolean {
	return code === 0x0640 || (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x00ad || (code >= 0x200b && code <= 0x200d);
}

function isSpace(code: number): boolean {
	return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x202f || code === 0x3000;
}

// ASCII letters are lower-cased by arithmetic and caseless scripts (Arabic, CJK) are copied; only the cased
// scripts beyond ASCII (accented Latin, Cyrillic) need the full case mapping.
function foldCase(text: string, index: number, code: number): string {
	if (code === 0x2019) {
		return '\'';
	}
	if (code >= 65 && code <= 90) {
		return String.fromCharCode(code + 32);
	}
	if (code < 0xc0 || (code >= 0x0590 && code < 0x1e00) || code >= 0x2000) {
		return text[index];
	}
	return text[index].toLowerCase();
}

/** Lower-cases and folds ignored characters and every kind of space, for comparison only. */
export function normalizeForMatching(text: string): string {
	return normalizeWithMap(text).text;
}

/** Like {@link normalizeForMatching}, also returning for every normalized character its index in `text`. */
export function normalizeWithMap(text: string): { text: string; map: number[] } {
	let out = '';
	const map: number[] = [];
	let lastWasSpace = true;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (isIgnored(code)) {
			continue;
		}
		if (isSpace(code)) {
			if (!lastWasSpace) {
				out += ' ';
				map.push(i);
				lastWasSpace = true;
			}
			continue;
		}
		lastWasSpace = false;
		out += foldCase(text, i, code);
		map.push(i);
	}
	map.push(text.length);
	return { text: out, map };
}
