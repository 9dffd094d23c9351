import type { SymbolPhrasing } from '../citations/symbolPhrasing';
import type { HoverWording } from '../features/hover/wording';
import type { Organ } from '../model/types';

/** The languages whose wording lives in one pack file each (fr.ts, es.ts, ru.ts, ar.ts) rather than in the tables. */
export type PackLanguage = 'fr' | 'es' | 'ru' | 'ar';

/**
 * Names for the components of a symbol, keyed like the English tables in citations/symbolNames.ts. A key missing
 * here shows the symbol's own code, never the English name: a French hover with an English phrase in it reads
 * worse than one with the bare code.
 */
export interface SymbolNameTranslation {
	series: Readonly<Record<string, string>>;
	bodies: Readonly<Record<string, string>>;
	generic: Readonly<Record<string, string>>;
	special: Readonly<Record<string, string>>;
	modifiers: Readonly<Record<string, string>>;
	parenthesis: Readonly<Record<string, string>>;
	generalCommittee: string;
	draftNote: string;
}

/** Everything one language needs for decoded symbols and hovers. */
export interface LanguagePack {
	organs: Readonly<Record<Organ, string>>;
	/** A date in the language's UN form, from day, 1-based month and year. */
	date(day: number, month: number, year: number): string;
	names: SymbolNameTranslation;
	phrasing: SymbolPhrasing;
	hover: HoverWording;
}
