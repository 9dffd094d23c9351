import type { WordingLanguage } from '../language';
import { ENGLISH_VERB_NOTES } from './en';
import { PACK_VERB_NOTES } from './packs';
import type { VerbNoteWording } from './types';
import { CHINESE_VERB_NOTES } from './zh';

export type { VerbNoteWording } from './types';

/**
 * The notes on opening phrases in `language`: hovers and completion items are written in the draft's. English and
 * Chinese are at hand; the other four are read from packs.ts only now, when a draft in one of them asks.
 */
export function verbNotesIn(language: WordingLanguage): VerbNoteWording {
	return language === 'en' ? ENGLISH_VERB_NOTES : language === 'zh' ? CHINESE_VERB_NOTES : PACK_VERB_NOTES[language];
}

/** What the verb of a concept signals, in `language`; none for a phrase whose concept is not known. */
export function verbNote(concept: string | undefined, language: WordingLanguage): string | undefined {
	return concept ? verbNotesIn(language).concepts[concept] : undefined;
}
