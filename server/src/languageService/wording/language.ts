import type { DocumentLanguage } from '../model/types';

/**
 * The languages the product writes its own wording in (hovers, decoded symbols). Drafts in the other official
 * languages read English wording until their translations exist (issue 10).
 */
export type WordingLanguage = 'en' | 'zh';

/** One phrase in every wording language. */
export type Wording = Readonly<Record<WordingLanguage, string>>;

/** The wording language for a draft: its own when the product speaks it, English otherwise. */
export function wordingLanguage(language: DocumentLanguage | undefined): WordingLanguage {
	return language === 'zh' ? 'zh' : 'en';
}
