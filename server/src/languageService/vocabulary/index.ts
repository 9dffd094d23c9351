import type { DocumentLanguage } from '../model/types';
import { arabic } from './ar';
import { english } from './en';
import { spanish } from './es';
import { french } from './fr';
import { russian } from './ru';
import type { LanguageVocabulary, VerbEntry } from './types';
import { chinese } from './zh';

export type { LanguageVocabulary, VerbEntry, VerbPart } from './types';

const VOCABULARIES: Record<DocumentLanguage, LanguageVocabulary> = {
	en: english, fr: french, es: spanish, ru: russian, zh: chinese, ar: arabic,
};

export function getVocabulary(language: DocumentLanguage): LanguageVocabulary {
	return VOCABULARIES[language];
}

/** A vocabulary entry in matching form, longest first, so that "Taking note" wins over "Taking". */
export interface PreparedEntry {
	entry: VerbEntry;
	normalized: string;
	/** Whether the normalized phrase holds a word of repetition ("also", "further"), told once per phrase. */
	repetition: boolean;
}

/** A word of repetition ("also", "further") in a normalized phrase, in any language. */
export const REPETITION_WORD = /(?:^|\s)(?:also|further|également|en outre|también|además|также|далее|أيضا|كذلك)(?:\s|$)/;

const prepared = new Map<DocumentLanguage, PreparedEntry[]>();

export function preparedEntries(language: DocumentLanguage): PreparedEntry[] {
	let list = prepared.get(language);
	if (!list) {
		list = VOCABULARIES[language].entries
			.map(entry => {
				const normalized = normalizeForMatching(entry.phrase);
				return { entry, normalized, repetition: REPETITION_WORD.test(normalized) };
			})
			.sort((a, b) => b.normalized.length - a.normalized.length);
		prepared.set(language, list);
	}
	return list;
}

/** A trie over the normalized phrases of one language, one UTF-16 code unit per level, keyed by its code. */
interface TrieNode {
	children: Map<number, TrieNode>;
	/** The entries whose normalized phrase ends here, in the order of {@link preparedEntries}. */
	entries: PreparedEntry[];
	/**
	 * The code of the only child, or -1 when the node has none or several. Most of a trie is chains of single
	 * children (the letters of one phrase), which the walk then follows by one comparison instead of a lookup.
	 */
	onlyCode: number;
	onlyChild: TrieNode | undefined;
}

function newNode(): TrieNode {
	return { children: new Map(), entries: [], onlyCode: -1, onlyChild: undefined };
}

const tries = new Map<DocumentLanguage, TrieNode>();

function trieOf(language: DocumentLanguage): TrieNode {
	let root = tries.get(language);
	if (!root) {
		root = newNode();
		for (const prepared of preparedEntries(language)) {
			let node = root;
			for (let i = 0; i < prepared.normalized.length; i++) {
				const code = prepared.normalized.charCodeAt(i);
				let child = node.children.get(code);
				if (!child) {
					child = newNode();
					node.children.set(code, child);
					const only = node.children.size === 1;
					node.onlyCode = only ? code : -1;
					node.onlyChild = only ? child : undefined;
				}
				node = child;
			}
			node.entries.push(prepared);
		}
		tries.set(language, root);
	}
	return root;
}

const NO_ENTRIES: readonly PreparedEntry[] = [];

/**
 * The entries whose normalized phrase `text` holds at `position`, longest first: the same entries, in the same
 * order, as filtering {@link preparedEntries} with `startsWith`, but found by walking a trie, because every
 * paragraph of every keystroke asks and a language has hundreds of phrases. ASCII capitals in `text` read as their
 * lower case, as normalizing would make them (see normalize's `keepAsciiCase`).
 */
export function entriesAt(text: string, position: number, language: DocumentLanguage): readonly PreparedEntry[] {
	// Most walks pass one phrase's end or none, whose list is returned as it is; only several are gathered.
	let last: PreparedEntry[] | undefined;
	let ends: PreparedEntry[][] | undefined;
	let node: TrieNode | undefined = trieOf(language);
	for (let i = position; i < text.length && node; i++) {
		const written = text.charCodeAt(i);
		const code = written >= 65 && written <= 90 ? written + 32 : written;
		node = node.onlyCode < 0 ? node.children.get(code) : node.onlyCode === code ? node.onlyChild : undefined;
		if (node && node.entries.length > 0) {
			if (last) {
				(ends ??= [last]).push(node.entries);
			}
			last = node.entries;
		}
	}
	if (!ends) {
		return last ?? NO_ENTRIES;
	}
	const found: PreparedEntry[] = [];
	for (let i = ends.length - 1; i >= 0; i--) {
		found.push(...ends[i]);
	}
	return found;
}


/**
 * Characters that do not change a word for matching purposes: the Arabic tatweel and vowel marks (official
 * texts write both "تسلّم" and "تسلم", "علماً" and "علما"), soft hyphens and zero-width joiners.
 */
function isIgnored(code: number): boolean {
	return code === 0x0640 || (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x00ad || (code >= 0x200b && code <= 0x200d);
}

function isSpace(code: number): boolean {
	return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x202f || code === 0x3000;
}

// ASCII letters are lower-cased by arithmetic and caseless scripts (Arabic, CJK) are copied; only the cased
// scripts beyond ASCII (accented Latin, Cyrillic) need the full case mapping.
function foldCase(text: string, index: number, code: number): string {
	if (code === 0x2019) {
		return '\'';
	}
	if (code >= 65 && code <= 90) {
		return String.fromCharCode(code + 32);
	}
	if (isCaseless(code)) {
		return text[index];
	}
	return text[index].toLowerCase();
}

/** ASCII and the caseless scripts (Hebrew to Tibetan, punctuation, CJK); ASCII capitals are handled apart. */
function isCaseless(code: number): boolean {
	return code < 0xc0 || (code >= 0x0590 && code < 0x1e00) || code >= 0x2000;
}

/** Lower-cases and folds ignored characters and every kind of space, for comparison only. */
export function normalizeForMatching(text: string): string {
	return normalize(text, undefined);
}

/** Like {@link normalizeForMatching}, also returning for every normalized character its index in `text`. */
export function normalizeWithMap(text: string): { text: string; map: number[] } {
	const map = new MatchMap(text.length + 1);
	const normalized = normalize(text, map);
	return { text: normalized, map: Array.from({ length: map.count }, (_, k) => map.at(k) as number) };
}

/**
 * Where each normalized character came from: `indices[k]` is the index in the original text of normalized
 * character k, and the entry after the last is the text's length. The opener reads a window of a paragraph for
 * every paragraph of every keystroke, so it keeps one map and refills it, rather than building an array a call.
 */
export class MatchMap {
	readonly indices: Int32Array;
	count = 0;
	/** True when every normalized character came from the character at its own index; `indices` is then unused. */
	identity = false;

	constructor(capacity: number) {
		this.indices = new Int32Array(capacity);
	}

	/** The index in the original text of normalized character `k`; undefined past the filled entries. */
	at(k: number): number | undefined {
		if (k < 0 || k >= this.count) {
			return undefined;
		}
		return this.identity ? k : this.indices[k];
	}
}

// Printable ASCII with single spaces between words: normalizing such a text only lower-cases its capitals, which
// one native call does, instead of a loop over its characters (the opener of every English paragraph). So does a
// text that also holds typographic marks of General Punctuation, which the loop keeps as they are (dashes,
// quotation marks but the apostrophe ’, which becomes ', bullets, the ellipsis; none has a case, none is a space
// or ignored): the opener of a paragraph that quotes a title (“Transforming our world …”) in its first words. That
// wider class is tried only on a text the first one refuses, since it costs more per character.
const NOT_PLAIN_ASCII = /[^\x21-\x7e ]| {2}/;
const NOT_PLAIN = /[^\x21-\x7e \u2010-\u2018\u201a-\u2027\u2030-\u205e]| {2}/;

/**
 * Normalizes `text` and, when `map` is given (room for the text's length plus one), fills it. With `keepAsciiCase`,
 * printable ASCII with single spaces (map.identity) is returned as it is, capitals and all, for a caller that reads
 * ASCII case-insensitively and would rather not pay for the lower-cased copy; any other text is normalized fully.
 */
export function normalize(text: string, map: MatchMap | undefined, keepAsciiCase = false): string {
	// A leading space is dropped, so a text that starts with one takes the loop, and so does one that does not start
	// with ASCII (Chinese, Russian, Arabic), which spares it the pattern's call.
	const first = text.charCodeAt(0);
	if (!(first === 32 || first > 0x7e) && (!NOT_PLAIN_ASCII.test(text) || !NOT_PLAIN.test(text))) {
		if (map) {
			map.count = text.length + 1;
			map.identity = true;
		}
		return keepAsciiCase ? text : text.toLowerCase();
	}
	if (map) {
		map.identity = false;
	}
	let out = '';
	let mapped = 0;
	const indices = map?.indices;
	let lastWasSpace = true;
	// Characters that stay as they are (most of them) are copied a run at a time with one slice, rather than one
	// new string per character; `run` is where the current run of unchanged characters began.
	let run = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		// The common characters first: ASCII other than capitals and spaces, and CJK ideographs and punctuation,
		// which are neither ignored, nor spaces, nor cased.
		if ((code > 32 && code < 0xa0 && (code < 65 || code > 90)) || code > 0x3000) {
			if (indices) {
				indices[mapped] = i;
			}
			mapped++;
			lastWasSpace = false;
			continue;
		}
		let kept = false;
		let replacement = '';
		if (isIgnored(code)) {
			// Dropped: neither kept nor replaced.
		} else if (isSpace(code)) {
			kept = !lastWasSpace && code === 32;
			replacement = lastWasSpace ? '' : ' ';
			lastWasSpace = true;
		} else {
			lastWasSpace = false;
			kept = isCaseless(code) && code !== 0x2019 && (code < 65 || code > 90);
			if (!kept) {
				replacement = foldCase(text, i, code);
				kept = replacement === text[i];
			}
		}
		if (kept || replacement !== '') {
			if (indices) {
				indices[mapped] = i;
			}
			mapped++;
		}
		if (kept) {
			continue;
		}
		out += text.slice(run, i) + replacement;
		run = i + 1;
	}
	if (indices) {
		indices[mapped] = text.length;
	}
	if (map) {
		map.count = mapped + 1;
	}
	return run === 0 ? text : out + text.slice(run);
}
