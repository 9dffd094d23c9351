/**
 * What the hovers and the completion say about opening phrases, in one language: what the verb of each vocabulary
 * concept signals, what opening a paragraph of each part means, and the few labels of a completion item. One file
 * per language (en.ts, zh.ts, fr.ts, es.ts, ru.ts, ar.ts), written for drafters in the terms of that language's
 * official texts, never translated word for word from the English.
 */
export interface VerbNoteWording {
	/**
	 * By vocabulary concept (the keys of the English notes): the strength of the language, who acts, and where the
	 * phrase usually stands. A concept missing here shows no note, rather than an English sentence.
	 */
	concepts: Readonly<Record<string, string>>;
	/** What opening a paragraph of each part means, with the part's typography and final punctuation. */
	parts: Readonly<Record<'preambular' | 'operative', string>>;
	/** The completion item's detail: the part it opens, for an operative item with the number it will carry. */
	detail(part: 'preambular' | 'operative', number?: string): string;
	/** Added to the detail of a standard phrase not yet seen in the corpus of official texts. */
	unattested: string;
	/** Introduces the equivalents in the other languages ("Equivalents: "). */
	equivalents: string;
}
