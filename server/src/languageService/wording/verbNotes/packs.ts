import type { PackLanguage } from '../pack';
import { ARABIC_VERB_NOTES } from './ar';
import { SPANISH_VERB_NOTES } from './es';
import { FRENCH_VERB_NOTES } from './fr';
import { RUSSIAN_VERB_NOTES } from './ru';
import type { VerbNoteWording } from './types';

/**
 * The notes of the four languages that have a wording pack. index.ts reads them only when a draft in one of these
 * languages asks, so that the Node server can ship them as a file of their own, loaded then (esbuild.mjs
 * separateVerbNotes): English and Chinese drafts never load them.
 */
export const PACK_VERB_NOTES: Readonly<Record<PackLanguage, VerbNoteWording>> = {
	fr: FRENCH_VERB_NOTES,
	es: SPANISH_VERB_NOTES,
	ru: RUSSIAN_VERB_NOTES,
	ar: ARABIC_VERB_NOTES,
};
