import type { DocumentLanguage, Opener } from '../model/types';
import { skipWhiteSpace } from '../text/whitespace';
import { entriesAt, MatchMap, normalize, preparedEntries, REPETITION_WORD, type PreparedEntry } from '../vocabulary';

/** An opener found in clean text, with clean offsets; the caller maps them to the source. */
export type OpenerMatch = Omit<Opener, 'span'> & { start: number; end: number };

// Only the beginning of a paragraph can hold its opener; looking further is wasted work on long paragraphs.
const WINDOW = 90;
// Refilled by every call (nothing carries over from one call to the next); see MatchMap.
const WINDOW_MAP = new MatchMap(WINDOW + 1);

// Words that may stand before an operative verb ("Also requests", "Further decides") or after any verb
// ("Recalling also"), per cased language.
// Without the flag `u`, the flag `i` folds only within ASCII, so the same pattern reads normalized text and an
// opening text that kept its capitals (see openingText).
const LEADING_REPETITION: Partial<Record<DocumentLanguage, RegExp>> = {
	en: /^(?:also|further|once again|again) /i,
};
// Sticky patterns read the words right after the verb where they stand, without copying the rest of the text.
const TRAILING: Partial<Record<DocumentLanguage, RegExp[]>> = {
	en: [
		/ (?:also|further)(?![\p{L}])/uy,
		/,? (?:however|in this regard|in this context),?(?![\p{L}])/uy,
		/ with (?:(?:great|grave|deep|serious|particular|profound|growing|utmost) )?(?:satisfaction|concern|appreciation|regret|alarm|interest|approval)(?![\p{L}])/uy,
		/ of(?![\p{L}])/uy,
	],
	fr: [/ (?:également|en outre)(?![\p{L}])/uy, /,? (?:à cet égard|toutefois|en outre),?(?![\p{L}])/uy],
	es: [/ (?:también|además)(?![\p{L}])/uy, /,? (?:a este respecto|sin embargo),?(?![\p{L}])/uy],
	ru: [/ (?:также|далее)(?![\p{L}])/uy, / (?:в этой связи|вместе с тем)(?![\p{L}])/uy],
	ar: [/ (?:أيضا|كذلك)(?![\p{L}])/uy],
};
// Most openers are followed by none of the trailing words: one sticky pattern, the union of a language's, tells so
// in one call instead of one call per pattern (a call costs more than the few characters it reads). A union matches
// where one of its parts does, so the patterns themselves run only where one of them may match.
const TRAILING_ANY: Partial<Record<DocumentLanguage, RegExp>> = Object.fromEntries(Object.entries(TRAILING)
	.map(([language, tails]) => [language, new RegExp(tails.map(tail => `(?:${tail.source})`).join('|'), 'uy')]));
// An opening text of printable ASCII keeps its capitals (see openingText) and is read with case-insensitive copies of
// the patterns: on ASCII text they match where the originals match the lower-cased text. The originals stay for
// normalized text, in which the flags `iu` would also fold "ſ" to "s".
const caseless = (pattern: RegExp): RegExp => new RegExp(pattern.source, `${pattern.flags}i`);
const TRAILING_CASELESS: Partial<Record<DocumentLanguage, RegExp[]>> = Object.fromEntries(Object.entries(TRAILING)
	.map(([language, tails]) => [language, tails.map(caseless)]));
const TRAILING_ANY_CASELESS: Partial<Record<DocumentLanguage, RegExp>> = Object.fromEntries(Object.entries(TRAILING_ANY)
	.map(([language, any]) => [language, caseless(any)]));

/** Finds the opening verb phrase at the start of `body` (clean text of a paragraph without its number). */
export function matchOpener(body: string, language: DocumentLanguage): OpenerMatch | undefined {
	const leading = skipWhiteSpace(body);
	const text = openingText(body, leading, language);
	const found = language === 'zh' ? matchChinese(text) : matchCased(text, language, WINDOW_MAP.identity);
	if (!found) {
		return undefined;
	}
	const start = leading + (WINDOW_MAP.at(0) as number);
	const end = leading + (WINDOW_MAP.at(found.length - 1) as number) + 1;
	const entry = found.entry?.entry;
	// Most paragraphs write their opener exactly as the vocabulary does; the model then holds the vocabulary's
	// string, one for the whole document, rather than a copy per paragraph.
	const sliced = body.slice(start, end);
	const written = entry && sliced === entry.phrase ? entry.phrase : sliced;
	return {
		text: written,
		start,
		end,
		canonical: entry ? canonicalForm(written, entry.phrase, language, WINDOW_MAP.identity) : written,
		known: entry !== undefined,
		form: entry ? entry.part : guessForm(written, language),
		concept: entry?.concept || undefined,
		repeated: found.repeated,
	};
}

/**
 * The normalized start of `body` from `leading` on that the opener is read in, its map in WINDOW_MAP. A Chinese
 * opener never reads past CHINESE_REACH normalized characters, so only those are normalized (the cost is per
 * character, for every paragraph); should the characters the normalization drops leave fewer, the whole window is
 * read, so that the result is always the window's. In the other languages a window of printable ASCII with single
 * spaces (WINDOW_MAP.identity) keeps its capitals: the lower-cased copy cost about a fifth of the reading, and the
 * vocabulary and the patterns read ASCII case-insensitively.
 */
function openingText(body: string, leading: number, language: DocumentLanguage): string {
	if (language === 'zh') {
		const reach = chineseReach();
		const text = normalize(body.slice(leading, leading + reach), WINDOW_MAP);
		if (text.length >= reach || leading + reach >= body.length) {
			return text;
		}
	}
	return normalize(body.slice(leading, leading + WINDOW), WINDOW_MAP, true);
}

interface Found {
	length: number;
	entry?: PreparedEntry;
	repeated: boolean;
}

/** `keptCase`: the text is printable ASCII that kept its capitals (see openingText). */
function matchCased(text: string, language: DocumentLanguage, keptCase: boolean): Found | undefined {
	let position = 0;
	let repeated = false;
	// The words that may lead begin with "a", "f" or "o", in either case (ORing 0x20 lower-cases an ASCII capital); most
	// paragraphs open with another letter, and the test of one character spares them the pattern's call.
	const first = text.charCodeAt(0) | 0x20;
	const lead = first === 97 || first === 102 || first === 111 ? LEADING_REPETITION[language]?.exec(text) : undefined;
	if (lead) {
		position = lead[0].length;
		repeated = true;
	}
	const entry = longestEntryAt(text, position, language);
	if (!entry) {
		return guessFirstWord(text, language, keptCase);
	}
	position += entry.normalized.length;
	const tails = (keptCase ? TRAILING_CASELESS : TRAILING)[language];
	if (tails && trailingAt(text, position, (keptCase ? TRAILING_ANY_CASELESS : TRAILING_ANY)[language] as RegExp)) {
		for (const tail of tails) {
			tail.lastIndex = position;
			const match = tail.exec(text);
			if (match) {
				position += match[0].length;
				repeated ||= REPETITION_WORD.test(keptCase ? match[0].toLowerCase() : match[0]);
			}
		}
	}
	repeated ||= entry.repetition;
	return { length: position, entry, repeated };
}

/** Whether one of the trailing patterns, whose union is `any`, matches at `position` of `text`. */
function trailingAt(text: string, position: number, any: RegExp): boolean {
	any.lastIndex = position;
	return any.test(text);
}

function longestEntryAt(text: string, position: number, language: DocumentLanguage): PreparedEntry | undefined {
	for (const candidate of entriesAt(text, position, language)) {
		// Arabic writes some prepositions joined to the next word ("ترحب ب" + "جميع") and Chinese puts the object
		// right after the verb, so such phrases need no boundary; everywhere else a phrase must end at a word
		// boundary ("Notes" is not "Noteworthy").
		if (language === 'zh' || !isLetterAt(text, position + candidate.normalized.length) || / [بلك]$/.test(candidate.normalized)) {
			return candidate;
		}
	}
	return undefined;
}

/** True when a letter or combining mark stands at `index`; ASCII is told by its code, without the pattern. */
function isLetterAt(text: string, index: number): boolean {
	if (index >= text.length) {
		return false;
	}
	const code = text.charCodeAt(index);
	if (code < 128) {
		return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
	}
	return /[\p{L}\p{M}]/u.test(text[index]);
}

// A verb not in the vocabulary still names the paragraph in the outline: take the first word, with a following
// "also"/"further" (or, in Arabic, the verb after the preambular particle إذ/وإذ/وقد), and leave the part to the
// morphology guess.
const FIRST_WORD = /^[\p{L}\p{M}][\p{L}\p{M}'\-]*(?: (?:also|further))?/u;
const FIRST_WORD_CASELESS = caseless(FIRST_WORD);
const ARABIC_PARTICLE_AND_VERB = /^(?:و?إذ|وقد) [\p{L}\p{M}]+/u;

function guessFirstWord(text: string, language: DocumentLanguage, keptCase: boolean): Found | undefined {
	const match = (language === 'ar' ? ARABIC_PARTICLE_AND_VERB.exec(text) : null) ?? (keptCase ? FIRST_WORD_CASELESS : FIRST_WORD).exec(text);
	return match ? { length: match[0].length, repeated: / (?:also|further)$/i.test(match[0]) } : undefined;
}

// A Chinese opener may begin with 在这方面 ("in this regard") and a word of repetition (又, 还: "also"; 再次, 并, 也),
// then an adverb of one to four ideographs and 地 ("强烈地"). The reading reaches at most six characters of prefix
// (在这方面再次), five of adverb and the verb, then the character after the verb, where the walk through the
// vocabulary stops. Both are read by code rather than patterns: every Chinese paragraph asks, and a pattern's call
// costs more than the few characters it reads.
const IN_THIS_REGARD = '在这方面';
const ADVERB_END = 0x5730; // 地
const LONGEST_ADVERB = 4;
let chineseReachLength = 0;

/** How many normalized characters a Chinese opener is read in (see above), counted from the vocabulary once. */
function chineseReach(): number {
	chineseReachLength ||= IN_THIS_REGARD.length + 2 + LONGEST_ADVERB + 1 + preparedEntries('zh')[0].normalized.length + 1;
	return chineseReachLength;
}

function matchChinese(text: string): Found | undefined {
	let afterPrefix = text.startsWith(IN_THIS_REGARD) ? IN_THIS_REGARD.length : 0;
	const word = text.charCodeAt(afterPrefix);
	const repetition = repetitionLength(text, afterPrefix);
	afterPrefix += repetition;
	const repeated = repetition > 0 && (word === AGAIN || word === STILL);
	// Try the longest reading first and fall back, because "确认地方…" is the verb 确认 and not an adverb, and
	// "再次承诺" is a verb of its own rather than the prefix 再次.
	const afterAdverb = afterPrefix + adverbLength(text, afterPrefix);
	return chineseEntryAt(text, afterAdverb, repeated)
		?? (afterPrefix < afterAdverb ? chineseEntryAt(text, afterPrefix, repeated) : undefined)
		?? (afterPrefix > 0 ? chineseEntryAt(text, 0, repeated) : undefined);
}

const AGAIN = 0x53c8; // 又
const STILL = 0x8fd8; // 还
const ONCE_MORE = 0x518d; // 再, of 再次
const TIME = 0x6b21; // 次
const AND = 0x5e76; // 并
const ALSO = 0x4e5f; // 也

/** The length of the word of repetition (又, 还, 再次, 并, 也) at `start`, told by its first character; 0 for none. */
function repetitionLength(text: string, start: number): number {
	const code = text.charCodeAt(start);
	if (code === ONCE_MORE) {
		return text.charCodeAt(start + 1) === TIME ? 2 : 0;
	}
	return code === AGAIN || code === STILL || code === AND || code === ALSO ? 1 : 0;
}

/** The length of the adverb at `start`, the longest run of one to four ideographs followed by 地; 0 for none. */
function adverbLength(text: string, start: number): number {
	let ideographs = 0;
	while (ideographs < LONGEST_ADVERB && isIdeograph(text.charCodeAt(start + ideographs))) {
		ideographs++;
	}
	for (let length = ideographs; length >= 1; length--) {
		if (text.charCodeAt(start + length) === ADVERB_END) {
			return length + 1;
		}
	}
	return 0;
}

function isIdeograph(code: number): boolean {
	return code >= 0x4e00 && code <= 0x9fff;
}

function chineseEntryAt(text: string, start: number, repeated: boolean): Found | undefined {
	const entry = longestEntryAt(text, start, 'zh');
	return entry && { length: start + entry.normalized.length, entry, repeated: repeated && start > 0 };
}

/**
 * The opener as the vocabulary writes it. `plain` tells that the window it was read in was printable ASCII with
 * single spaces (see MatchMap.identity), whose white space is already collapsed: the pattern's copy is then spared.
 */
function canonicalForm(written: string, phrase: string, language: DocumentLanguage, plain: boolean): string {
	if (written === phrase) {
		return phrase;
	}
	if (language === 'zh' || language === 'ar') {
		return plain ? written : written.replace(/[\s\u00a0]+/g, ' ');
	}
	const collapsed = plain ? written : written.replace(/[\s\u00a0\u202f]+/g, ' ');
	// Keep the writer's words but the vocabulary's capitalisation of the verb's first letter.
	return phrase[0] === phrase[0].toLowerCase() ? collapsed : collapsed[0].toUpperCase() + collapsed.slice(1);
}

function guessForm(written: string, language: DocumentLanguage): Opener['form'] {
	const space = written.indexOf(' ');
	const word = (space < 0 ? written : written.slice(0, space)).toLowerCase();
	switch (language) {
		case 'en':
			return /ing$/.test(word) || word === 'having' ? 'preambular' : /[^s]s$/.test(word) ? 'operative' : 'unknown';
		case 'fr':
			return /ant$/.test(word) ? 'preambular' : 'unknown';
		case 'es':
			return /(?:ando|iendo|yendo)$/.test(word) ? 'preambular' : 'unknown';
		case 'ru':
			return /(?:я|в|вшись)$/.test(word) ? 'preambular' : /(?:ет|ит|ют|ят)$/.test(word) ? 'operative' : 'unknown';
		case 'ar':
			return /^(?:و?إذ|وقد)$/.test(word) ? 'preambular' : 'unknown';
		default:
			return 'unknown';
	}
}
