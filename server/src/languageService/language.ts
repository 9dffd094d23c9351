import type { DocumentLanguage } from './model/types';

// A draft's language shows in its script, and among the Latin-script languages in its commonest short words.
// The first few thousand characters are enough and keep detection cheap on very long drafts.
const SAMPLE = 6000;
const HAN = /[\u4e00-\u9fff]/g;
const ARABIC = /[\u0600-\u06ff]/g;
const CYRILLIC = /[\u0400-\u04ff]/g;
const LATIN = /[A-Za-z\u00c0-\u024f]/g;
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
	const counts: Array<[DocumentLanguage, number]> = [
		['zh', count(sample, HAN) * 3],
		['ar', count(sample, ARABIC)],
		['ru', count(sample, CYRILLIC)],
	];
	const latin = count(sample, LATIN);
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

function count(text: string, pattern: RegExp): number {
	pattern.lastIndex = 0;
	let total = 0;
	while (pattern.exec(text)) {
		total++;
	}
	return total;
}
