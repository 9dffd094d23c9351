import type { VerbEntry } from './types';

/** Turns plain phrase lists of one language into vocabulary entries attested in official texts. */
export function phrasesToEntries(preambular: readonly string[], operative: readonly string[]): VerbEntry[] {
	return [
		...preambular.map(phrase => ({ phrase, part: 'preambular' as const, concept: '', attested: true })),
		...operative.map(phrase => ({ phrase, part: 'operative' as const, concept: '', attested: true })),
	];
}
