import type { DocumentLanguage } from './model/types';

// A draft's language shows in its script, and among the Latin-script languages in its commonest short words.
// The first few thousand characters are enough and keep detection cheap on very long drafts.
const SAMPLE = 3000;
const MARKERS: ReadonlyArray<[DocumentLanguage, readonly string[]]> = [
	['en', ['the', 'of', 'and', 'to', 'its', 'on', 'with', 'that']],
	['fr', ['le', 'la', 'les', 'des', 'du', 'et', 'sur', 'aux', 'sa', 'ses']],
	['es', ['el', 'los', 'las', 'del', 'y', 'en', 'con', 'su', 'sus', 'por']],
];
const LONGEST_MARKER = 4;

// Each marker word by its number (see wordNumber), with the position of its language in MARKERS.
const MARKER_LANGUAGE = new Map(MARKERS.flatMap(([, words], language) => words.map(word => [wordNumber(word, 0, word.length), language])));

/** Guesses the language of a resolution from its text; English when there is nothing to go on. */
export function detectLanguage(text: string): DocumentLanguage {
	// Mastheads of the Arabic, Chinese and Russian versions carry English lines ("Distr.: General"), so the
	// sample skips nothing but counts scripts across it, which outweighs those few words.
	const counts = countSample(text, Math.min(text.length, SAMPLE));
	const scripts: Array<[DocumentLanguage, number]> = [['zh', counts.han * 3], ['ar', counts.arabic], ['ru', counts.cyrillic]];
	// The first of the highest counts, as a stable sort would put it first.
	const [script, score] = scripts.reduce((best, candidate) => (candidate[1] > best[1] ? candidate : best));
	if (score > counts.latin * 0.5 && score > 0) {
		return script;
	}
	let best: DocumentLanguage = 'en';
	let bestScore = 0;
	MARKERS.forEach(([language], index) => {
		if (counts.words[index] > bestScore) {
			best = language;
			bestScore = counts.words[index];
		}
	});
	return best;
}

/**
 * Counts the letters of each script in the first `end` characters, and the marker words of each Latin-script
 * language there, in one pass. A word is a run of the characters of `\w` (ASCII letters, digits and "_"), as
 * `\b` delimits words in a pattern; a marker matches in any case.
 */
function countSample(text: string, end: number): { han: number; arabic: number; cyrillic: number; latin: number; words: number[] } {
	const words = MARKERS.map(() => 0);
	let han = 0;
	let arabic = 0;
	let cyrillic = 0;
	let latin = 0;
	let wordStart = -1;
	for (let i = 0; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code >= 0x4e00) {
			han += code <= 0x9fff ? 1 : 0;
		} else if (code < 128) {
			const lower = code | 0x20;
			const letter = lower >= 97 && lower <= 122;
			latin += letter ? 1 : 0;
			if (letter || (code >= 48 && code <= 57) || code === 95) {
				wordStart = wordStart < 0 ? i : wordStart;
				continue;
			}
		} else if (code >= 0x0600) {
			arabic += code <= 0x06ff ? 1 : 0;
		} else if (code >= 0x0400) {
			cyrillic += code <= 0x04ff ? 1 : 0;
		} else if (code >= 0xc0 && code <= 0x24f) {
			latin++;
		}
		if (wordStart >= 0) {
			countWord(words, text, wordStart, i);
			wordStart = -1;
		}
	}
	if (wordStart >= 0) {
		countWord(words, text, wordStart, end);
	}
	return { han, arabic, cyrillic, latin, words };
}

/** Counts the word `[start, end)` under its language when it is a marker word. */
function countWord(words: number[], text: string, start: number, end: number): void {
	const language = end - start <= LONGEST_MARKER ? MARKER_LANGUAGE.get(wordNumber(text, start, end)) : undefined;
	if (language !== undefined) {
		words[language]++;
	}
}

/**
 * A number for a short word that is the same in any case and differs between words, so that words can be looked up
 * without making a string of each: five bits a letter, and -1 for a word with a digit or "_" (no marker has one).
 */
function wordNumber(text: string, start: number, end: number): number {
	let number = 0;
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i) | 0x20;
		if (code < 97 || code > 122) {
			return -1;
		}
		number = number * 32 + code - 96;
	}
	return number;
}
