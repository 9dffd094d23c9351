import type { DocumentLanguage, Opener } from '../../model/types';
import { normalizeForMatching } from '../../vocabulary';
import type { FixData } from '../types';
import type { Part } from './paragraphs';

/**
 * What the verb rules need to know about the shape of an opening phrase in each language: its repetition markers
 * ("also", 又), the connectors that may follow it ("in this regard"), its qualifiers of manner ("with concern"),
 * and how to write a marker into it.
 */

// The markers of a first and of a later repetition, in the order official texts use them (drafting-rules.md
// R32–R36: "Recalling", "Recalling also", "Recalling further"; 回顾, 又回顾, 还回顾).
const MARKERS: Record<DocumentLanguage, readonly [string, string]> = {
	en: ['also', 'further'],
	fr: ['également', 'en outre'],
	es: ['también', 'además'],
	ru: ['также', 'далее'],
	ar: ['أيضا', 'كذلك'],
	zh: ['又', '还'],
};

// Words that join an opener without changing which verb it is ("Stressing, however,", "Recognizes in this regard").
const CONNECTORS: Record<DocumentLanguage, RegExp> = {
	en: /,? (?:however|in this regard|in this context),?/g,
	fr: /,? (?:toutefois|à cet égard),?/g,
	es: /,? (?:sin embargo|a este respecto),?/g,
	ru: /,? (?:вместе с тем|в этой связи),?/g,
	ar: /[،,]? ?(?:مع ذلك|في هذا الصدد)[،,]?/g,
	zh: /在这方面/g,
};

// The prepositions that close an opener, before which a post-posed marker goes ("Taking note also of",
// "وإذ تشير أيضا إلى"); the Arabic ones may be joined to the next word in the source ("ترحب بنتائج").
const TRAILING_PREPOSITION: Record<DocumentLanguage, RegExp> = {
	en: / (?:of|upon|on|by)$/,
	fr: / (?:de|à|d['’])$/,
	es: / (?:de|a|con)$/,
	ru: / (?:на|о|за)$/,
	ar: / (?:إلى|على|ب|ل)$/,
	zh: /$^/,
};

// Manner qualifiers ("Noting with grave concern", 满意地注意到, وإذ تلاحظ بقلق بالغ) make an opener a phrase of its
// own, and translation may render two different qualifiers alike: the Arabic text of A/RES/75/202 writes
// "وإذ تلاحظ بقلق بالغ" for both "Noting with great concern" and "Noting with grave concern".
const QUALIFIER: Record<DocumentLanguage, RegExp> = {
	en: /(?:^| )with /,
	fr: /(?:^| )avec /,
	es: /(?:^| )con /,
	ru: /(?:^| )с /,
	ar: /(?:^| )(?:ب(?:قلق|ارتياح|تقدير|اهتمام)|مع )/,
	zh: /地/,
};

/**
 * The repetition key of an opener (see {@link phraseKey}), or undefined when the opener carries a qualifier of
 * manner ("with concern", "满意地") and is a phrase of its own. The phrase is normalized once for both.
 */
export function repetitionKey(opener: Opener, language: DocumentLanguage): string | undefined {
	const normalized = normalizeForMatching(opener.canonical);
	return QUALIFIER[language].test(normalized) ? undefined : normalizedPhraseKey(normalized, language);
}

/** The marker that a repetition takes: the first repeat "also" (又), later ones "further" (还). */
export function repetitionMarker(language: DocumentLanguage, repeat: number): string {
	return MARKERS[language][repeat <= 1 ? 0 : 1];
}

// The repetition markers as they stand in a normalized opener: the Chinese prefix, or a word anywhere in the others,
// as a pattern source; `before` is what stands before a word.
function markerSource(language: DocumentLanguage, before: string): string {
	return language === 'zh' ? '^[又还]' : `${before}(?:${[...MARKERS[language], 'again'].join('|')})(?= |$)`;
}

// For the replacement, the space before a word is looked behind rather than matched and put back: a replacement
// pattern with "$1" took the engine's slow path, about 300 ns a phrase against 50-150 ns for an empty replacement.
const MARKER_WORDS = Object.fromEntries(Object.keys(MARKERS).map(language => [
	language,
	new RegExp(markerSource(language as DocumentLanguage, '(?<=^| )'), language === 'zh' ? '' : 'g'),
])) as Record<DocumentLanguage, RegExp>;

// Whether a normalized phrase has anything that phraseKey removes or changes: a connector, a repetition marker,
// the Arabic "و", or white space other than single spaces between words. Most openers have none, and one test
// costs less than the replacements, which would leave such a phrase as it is. The test matches the space before a
// marker word: in this alternation a look-behind made it run about 2.5 times as long.
const NEEDS_REDUCING = Object.fromEntries(Object.keys(MARKERS).map(language => [
	language,
	new RegExp([
		CONNECTORS[language as DocumentLanguage].source,
		markerSource(language as DocumentLanguage, '(?:^| )'),
		...(language === 'ar' ? ['^وإذ'] : []),
		'\\s\\s', '^\\s', '\\s$', '[^\\S ]',
	].join('|')),
])) as Record<DocumentLanguage, RegExp>;

/**
 * The phrase reduced to what tells whether two paragraphs repeat a verb: lower-cased, without its repetition
 * markers and connectors, and for Arabic without the "و" that joins every preambular paragraph but the first
 * ("إذ تشير إلى", "وإذ تشير إلى").
 */
export function phraseKey(phrase: string, language: DocumentLanguage): string {
	return normalizedPhraseKey(normalizeForMatching(phrase), language);
}

function normalizedPhraseKey(normalized: string, language: DocumentLanguage): string {
	if (!NEEDS_REDUCING[language].test(normalized)) {
		return normalized;
	}
	let key = normalized.replace(CONNECTORS[language], ' ').replace(MARKER_WORDS[language], '');
	if (language === 'ar') {
		key = key.replace(/^وإذ/, 'إذ');
	}
	return key.replace(/\s+/g, ' ').trim();
}

/** The repetition marker a phrase carries ("also", "également", 又), if any. */
export function markerOf(phrase: string, language: DocumentLanguage): string | undefined {
	const normalized = normalizeForMatching(phrase);
	return MARKERS[language].find(marker => (language === 'zh' ? normalized.startsWith(marker) : ` ${normalized} `.includes(` ${marker} `)));
}

/**
 * The edit that writes a repetition marker into an opener: pre-posed and capitalised in English operative
 * paragraphs ("Also requests", R33), as a prefix in Chinese (又回顾, R35), and post-posed everywhere else, before a
 * closing preposition and any connector ("Recalling also", "Taking note also of", "Rappelant également", R32, R36).
 */
export function markerInsertion(source: string, opener: Opener, language: DocumentLanguage, part: Part, marker: string): FixData {
	const { start, end } = opener.span;
	const title = `Add "${marker}"`;
	if (language === 'zh') {
		const connector = /^在这方面/.exec(source.slice(start, end));
		return { fix: 'insert', offset: start + (connector ? connector[0].length : 0), text: marker, title };
	}
	if (language === 'en' && part === 'operative') {
		const first = source[start];
		const capital = marker[0].toUpperCase() + marker.slice(1);
		return { fix: 'replace', span: { start, end: start + 1 }, text: `${capital} ${first.toLowerCase()}`, title: `Add "${capital}"` };
	}
	return { fix: 'insert', offset: start + coreLength(source.slice(start, end), language), text: ` ${marker}`, title };
}

const CLOSING_CONNECTOR = Object.fromEntries(Object.entries(CONNECTORS).map(([language, connectors]) => [
	language,
	new RegExp(`(?:${connectors.source})$`),
])) as Record<DocumentLanguage, RegExp>;

/** The length of the verb phrase itself: the written opener without a closing preposition or connector. */
export function coreLength(written: string, language: DocumentLanguage): number {
	let core = written.replace(/[\s,،]+$/, '');
	const preposition = TRAILING_PREPOSITION[language].exec(core);
	if (preposition) {
		core = core.slice(0, preposition.index);
	}
	const connector = CLOSING_CONNECTOR[language].exec(core);
	return connector ? connector.index : core.length;
}
