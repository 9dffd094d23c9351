import type { WordingLanguage } from '../language';
import { ARABIC_VERB_NOTES } from './ar';
import { ENGLISH_VERB_NOTES } from './en';
import { SPANISH_VERB_NOTES } from './es';
import { FRENCH_VERB_NOTES } from './fr';
import { RUSSIAN_VERB_NOTES } from './ru';
import type { VerbNoteWording } from './types';
import { CHINESE_VERB_NOTES } from './zh';

export type { VerbNoteWording } from './types';

/** The notes on opening phrases in each wording language: hovers and completion items are written in the draft's. */
export const VERB_NOTES: Readonly<Record<WordingLanguage, VerbNoteWording>> = {
	en: ENGLISH_VERB_NOTES,
	fr: FRENCH_VERB_NOTES,
	es: SPANISH_VERB_NOTES,
	ru: RUSSIAN_VERB_NOTES,
	zh: CHINESE_VERB_NOTES,
	ar: ARABIC_VERB_NOTES,
};

/** What the verb of a concept signals, in `language`; none for a phrase whose concept is not known. */
export function verbNote(concept: string | undefined, language: WordingLanguage): string | undefined {
	return concept ? VERB_NOTES[language].concepts[concept] : undefined;
}
