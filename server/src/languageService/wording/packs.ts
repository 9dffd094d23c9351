import { ARABIC } from './ar';
import { SPANISH } from './es';
import { FRENCH } from './fr';
import type { LanguagePack, PackLanguage } from './pack';
import { RUSSIAN } from './ru';

/** The wording packs of the four languages that have one, for the tables that stay English and Chinese inline. */
export const LANGUAGE_PACKS: Readonly<Record<PackLanguage, LanguagePack>> = { fr: FRENCH, es: SPANISH, ru: RUSSIAN, ar: ARABIC };

export function isPackLanguage(language: string): language is PackLanguage {
	return language === 'fr' || language === 'es' || language === 'ru' || language === 'ar';
}
