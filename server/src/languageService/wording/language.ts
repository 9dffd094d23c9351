import type { DocumentLanguage } from '../model/types';

/**
 * The languages the product writes its own wording in (hovers, decoded symbols): all six official languages.
 * English and Chinese wording sits inline in the tables; French, Spanish, Russian and Arabic each have a pack
 * file (fr.ts, es.ts, ru.ts, ar.ts), merged into the tables where they are built (issue 10).
 */
export type WordingLanguage = DocumentLanguage;

/**
 * One phrase in the wording languages. English and Chinese are always there; a pack language may lack a rare
 * name, and the caller then shows the symbol's own code rather than an English phrase.
 */
export type Wording = Readonly<Record<'en' | 'zh', string>> & Readonly<Partial<Record<DocumentLanguage, string>>>;

/** The wording language for a draft: its own, English when it is not known. */
export function wordingLanguage(language: DocumentLanguage | undefined): WordingLanguage {
	return language ?? 'en';
}
