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
}

const prepared = new Map<DocumentLanguage, PreparedEntry[]>();

export function preparedEntries(language: DocumentLanguage): PreparedEntry[] {
	let list = prepared.get(language);
	if (!list) {
		list = VOCABULARIES[language].entries
			.map(entry => ({ entry, normalized: normalizeForMatching(entry.phrase) }))
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
}

const tries = new Map<DocumentLanguage, TrieNode>();

function trieOf(language: DocumentLanguage): TrieNode {
	let root = tries.get(language);
	if (!root) {
		root = { children: new Map(), entries: [] };
		for (const prepared of preparedEntries(language)) {
			let node = root;
			for (let i = 0; i < prepared.normalized.length; i++) {
				const code = prepared.normalized.charCodeAt(i);
				let child = node.children.get(code);
				if (!child) {
					child = { children: new Map(), entries: [] };
					node.children.set(code, child);
				}
				node = child;
			}
			node.entries.push(prepared);
		}
		tries.set(language, root);
	}
	return root;
}

/**
 * The entries whose normalized phrase `text` holds at `position`, longest first: the same entries, in the same
 * order, as filtering {@link preparedEntries} with `startsWith`, but found by walking a trie, because every
 * paragraph of every keystroke asks and a language has hundreds of phrases.
 */
export function entriesAt(text: string, position: number, language: DocumentLanguage): readonly PreparedEntry[] {
	const ends: PreparedEntry[][] = [];
	let node: TrieNode | undefined = trieOf(language);
	for (let i = position; i < text.length && node; i++) {
		node = node.children.get(text.charCodeAt(i));
		if (node && node.entries.length > 0) {
			ends.push(node.entries);
		}
	}
	if (ends.length === 1) {
		return ends[0];
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
	return normalizeWithMap(text).text;
}

/** Like {@link normalizeForMatching}, also returning for every normalized character its index in `text`. */
export function normalizeWithMap(text: string): { text: string; map: number[] } {
	let out = '';
	// Made to measure once: the opener reads at most a few dozen characters, and pushing would grow it repeatedly.
	const map: number[] = new Array<number>(text.length + 1);
	let mapped = 0;
	let lastWasSpace = true;
	// Characters that stay as they are (most of them) are copied a run at a time with one slice, rather than one
	// new string per character; `run` is where the current run of unchanged characters began.
	let run = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		// The common characters first: ASCII other than capitals and spaces, and CJK ideographs and punctuation,
		// which are neither ignored, nor spaces, nor cased.
		if ((code > 32 && code < 0xa0 && (code < 65 || code > 90)) || code > 0x3000) {
			map[mapped++] = i;
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
		if (kept) {
			map[mapped++] = i;
			continue;
		}
		out += text.slice(run, i) + replacement;
		if (replacement !== '') {
			map[mapped++] = i;
		}
		run = i + 1;
	}
	out = run === 0 ? text : out + text.slice(run);
	map[mapped++] = text.length;
	map.length = mapped;
	return { text: out, map };
}
