import type { DocumentLanguage } from '../model/types';

/** Which part of a resolution a verb phrase opens, judged by its grammatical form. */
export type VerbPart = 'preambular' | 'operative' | 'both';

/**
 * One opening phrase of the drafting vocabulary of one language. Entries that share a `concept` are
 * equivalents across languages and across the two parts ("recall": Recalling, Recalls, 回顾, Rappelant …).
 */
export interface VerbEntry {
	phrase: string;
	part: VerbPart;
	concept: string;
	/**
	 * True when the phrase was seen opening a paragraph of an official text (the aligned openers of the
	 * corpus, or a ✓ cell of the verb tables in drafting-rules.md §3); false for standard usage not yet
	 * confirmed there.
	 */
	attested: boolean;
	/**
	 * The grammatical gender the phrase agrees with, where the language marks it: French and Spanish adjectives
	 * ("Consciente" for l'Assemblée, "Conscient" for le Conseil) and Arabic verbs (تشير for الجمعية, يشير for
	 * المجلس). Absent where the phrase is the same for every organ.
	 */
	gender?: 'feminine' | 'masculine';
}

/** The drafting vocabulary of one document language. */
export interface LanguageVocabulary {
	language: DocumentLanguage;
	entries: readonly VerbEntry[];
	/** Words that mark a repeated verb ("also", "further"; 又, 还), which may attach before or after the verb. */
	repetitionMarkers: readonly string[];
}
