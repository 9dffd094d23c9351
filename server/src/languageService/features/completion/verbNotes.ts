import { ENGLISH_VERB_NOTES } from '../../wording/verbNotes/en';

const SAME_VERB_IN_BOTH_PARTS = 'Chinese uses the same verb in both parts: the number and the final punctuation (，or ；/。) tell the part.';

/** What an opening phrase signals, when its concept is known. */
export function verbNote(concept: string | undefined): string | undefined {
	return concept ? ENGLISH_VERB_NOTES.concepts[concept] : undefined;
}

/** What opening a paragraph of a part means. */
export function partNote(part: 'preambular' | 'operative' | 'both'): string {
	return part === 'both' ? SAME_VERB_IN_BOTH_PARTS : ENGLISH_VERB_NOTES.parts[part];
}
