import type { DocumentLanguage } from '../../model/types';
import { getVocabulary, normalizeForMatching, type VerbEntry } from '../../vocabulary';

/** The two degrees of repetition: a verb used a second time takes "also", a third time "further". */
export type Repetition = 'also' | 'further';

const MARKERS: Record<DocumentLanguage, Record<Repetition, string>> = {
	en: { also: 'also', further: 'further' },
	fr: { also: 'également', further: 'en outre' },
	es: { also: 'también', further: 'además' },
	ru: { also: 'также', further: 'далее' },
	ar: { also: 'أيضا', further: 'كذلك' },
	zh: { also: '又', further: '还' },
};

// Russian and Arabic put the marker before a governed preposition: "ссылаясь также на", "وإذ تشير أيضا إلى".
const TRAILING_PREPOSITION = /^(.*) (на|о|об|за|к|в|إلى|على|ب|ل|في)$/u;

/** A written opener without its repetition marker, and which marker it had. */
export interface StrippedOpener {
	base: string;
	marker?: Repetition;
}

/** Removes the also/further marker: "Recalling also" → "Recalling", "Also requests" → "Requests", 又回顾 → 回顾. */
export function stripRepetition(language: DocumentLanguage, opener: string): StrippedOpener {
	for (const marker of ['also', 'further'] as const) {
		const word = MARKERS[language][marker];
		if (language === 'zh') {
			if (opener.startsWith(word)) {
				return { base: opener.slice(word.length), marker };
			}
			continue;
		}
		const leading = new RegExp(`^${word} `, 'iu');
		if (language === 'en' && leading.test(opener)) {
			const rest = opener.replace(leading, '');
			return { base: rest[0].toUpperCase() + rest.slice(1), marker };
		}
		const inner = ` ${word}`;
		const at = opener.indexOf(inner);
		if (at > 0 && (at + inner.length === opener.length || opener[at + inner.length] === ' ')) {
			return { base: opener.slice(0, at) + opener.slice(at + inner.length), marker };
		}
	}
	return { base: opener };
}

/**
 * The repeated form of a base phrase, as drafters write it: the vocabulary's own entry when it lists one
 * ("Rappelant également", "وإذ تشير أيضا إلى"), otherwise by the rules of drafting-rules.md R32–R36: English
 * preambles put the word after the verb ("Recalling also", "Taking note also of"), English operative paragraphs
 * before it ("Also requests"), Chinese prefixes 又 or 还, the other languages put it after the verb.
 */
export function repeatedForm(language: DocumentLanguage, part: VerbEntry['part'], base: string, marker: Repetition): string {
	const listed = getVocabulary(language).entries.find(entry => (entry.part === part || entry.part === 'both')
		&& stripRepetition(language, entry.phrase).marker === marker
		&& normalizeForMatching(stripRepetition(language, entry.phrase).base) === normalizeForMatching(base));
	if (listed) {
		return listed.phrase;
	}
	const word = MARKERS[language][marker];
	if (language === 'zh') {
		return word + base;
	}
	if (language === 'en' && part === 'operative') {
		return `${word[0].toUpperCase()}${word.slice(1)} ${base[0].toLowerCase()}${base.slice(1)}`;
	}
	if (language === 'en' && / of$/.test(base)) {
		return `${base.slice(0, -3)} ${word} of`;
	}
	const preposition = TRAILING_PREPOSITION.exec(base);
	return preposition ? `${preposition[1]} ${word} ${preposition[2]}` : `${base} ${word}`;
}

/** The repeated forms to offer after a paragraph that opened with `previous`, the likelier one first. */
export function repetitionsAfter(language: DocumentLanguage, part: VerbEntry['part'], previous: string): string[] {
	const stripped = stripRepetition(language, previous);
	const { marker } = stripped;
	const base = laterParagraphForm(language, stripped.base);
	const order: Repetition[] = marker === undefined ? ['also', 'further'] : marker === 'also' ? ['further', 'also'] : ['further'];
	return order.map(degree => repeatedForm(language, part, base, degree));
}

/**
 * Arabic opens the first preambular paragraph with إذ and every later one with وإذ (aligned-openers.md §4.3), so
 * a phrase offered after another paragraph takes وإذ.
 */
export function laterParagraphForm(language: DocumentLanguage, phrase: string): string {
	return language === 'ar' && phrase.startsWith('إذ ') ? `و${phrase}` : phrase;
}
