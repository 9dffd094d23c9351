import type { DocumentLanguage } from './model/types';

// A draft's language shows in its script, and among the Latin-script languages in its commonest short words.
// The first few thousand characters are enough and keep detection cheap on very long drafts.
const SAMPLE = 3000;
const MARKERS: ReadonlyArray<[DocumentLanguage, RegExp]> = [
	['en', /\b(?:the|of|and|to|its|on|with|that)\b/gi],
	['fr', /\b(?:le|la|les|des|du|et|sur|aux|sa|ses)\b/gi],
	['es', /\b(?:el|los|las|del|y|en|con|su|sus|por)\b/gi],
];

/** Guesses the language of a resolution from its text; English when there is nothing to go on. */
export function detectLanguage(text: string): DocumentLanguage {
	// Mastheads of the Arabic, Chinese and Russian versions carry English lines ("Distr.: General"), so the
	// sample skips nothing but counts scripts across it, which outweighs those few words.
	const sample = text.slice(0, SAMPLE);
	const scripts = countScripts(sample);
	const counts: Array<[DocumentLanguage, number]> = [['zh', scripts.han * 3], ['ar', scripts.arabic], ['ru', scripts.cyrillic]];
	const latin = scripts.latin;
	counts.sort((a, b) => b[1] - a[1]);
	if (counts[0][1] > latin * 0.5 && counts[0][1] > 0) {
		return counts[0][0];
	}
	let best: DocumentLanguage = 'en';
	let bestScore = 0;
	for (const [language, pattern] of MARKERS) {
		const score = count(sample, pattern);
		if (score > bestScore) {
			best = language;
			bestScore = score;
		}
	}
	return best;
}

function countScripts(text: string): { han: number; arabic: number; cyrillic: number; latin: number } {
	const result = { han: 0, arabic: 0, cyrillic: 0, latin: 0 };
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code >= 0x4e00 && code <= 0x9fff) {
			result.han++;
		} else if (code >= 0x0600 && code <= 0x06ff) {
			result.arabic++;
		} else if (code >= 0x0400 && code <= 0x04ff) {
			result.cyrillic++;
		} else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f)) {
			result.latin++;
		}
	}
	return result;
}

function count(text: string, pattern: RegExp): number {
	pattern.lastIndex = 0;
	let total = 0;
	while (pattern.exec(text)) {
		total++;
	}
	return total;
}
