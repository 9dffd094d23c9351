import type { DocumentLanguage, Opener } from '../../model/types';
import { getVocabulary, type VerbEntry } from '../../vocabulary';
import type { Part } from './paragraphs';
import { coreLength, markerOf, phraseKey } from './verbForms';

/**
 * An opener in the other part's form, through the vocabulary's concept pairs (drafting-rules.md §3.4): "Recalling"
 * ↔ "Recalls", "Recalling also" ↔ "Also recalls", "Rappelant" ↔ "Rappelle". Undefined when the concept has no form
 * in the other part ("Decides", "Bearing in mind"), when the pair table offers more than one form to choose from,
 * and in Chinese, which has one form for both parts.
 */
export function swappedVerbForm(opener: Opener, language: DocumentLanguage, target: Part): string | undefined {
	if (!opener.concept || language === 'zh') {
		return undefined;
	}
	return language === 'en' ? swappedEnglishForm(opener, target) : swappedPostposedForm(opener, language, target);
}

/**
 * English keeps the words after the verb ("Taking note with appreciation of" → "Takes note with appreciation of")
 * and moves the marker across, since the preamble post-poses it and the operative part pre-poses it (R32, R33).
 */
function swappedEnglishForm(opener: Opener, target: Part): string | undefined {
	const entries = plainEntries(opener, 'en');
	const from = entries.find(entry => entry.part === opener.form);
	const to = entries.find(entry => entry.part === target);
	if (!from || !to) {
		return undefined;
	}
	const leading = /^(also|further) /i.exec(opener.canonical);
	let rest = opener.canonical.slice(leading ? leading[0].length : 0);
	if (!rest.toLowerCase().startsWith(from.phrase.toLowerCase())) {
		return undefined;
	}
	rest = rest.slice(from.phrase.length);
	const trailing = /^ (also|further)(?= |,|$)/.exec(rest);
	if (trailing) {
		rest = rest.slice(trailing[0].length);
	}
	const marker = (leading?.[1] ?? trailing?.[1])?.toLowerCase();
	const phrase = `${to.phrase}${rest}`;
	if (!marker) {
		return phrase;
	}
	if (target === 'operative') {
		return `${marker[0].toUpperCase()}${marker.slice(1)} ${phrase[0].toLowerCase()}${phrase.slice(1)}`;
	}
	return withPostposedMarker(phrase, marker, 'en');
}

/**
 * French, Spanish, Russian and Arabic post-pose the marker in both parts (R36), so the swap replaces the phrase and
 * writes the marker after it again. Only an opener that is exactly a vocabulary phrase is swapped, and only into a
 * form that is the one the table gives, in the same gender: "Rappelant également" → "Rappelle également". Arabic
 * has two preambular forms of every verb (إذ for the first paragraph, وإذ after it), so it swaps into the
 * operative part only.
 */
function swappedPostposedForm(opener: Opener, language: DocumentLanguage, target: Part): string | undefined {
	const key = phraseKey(opener.canonical, language);
	const entries = plainEntries(opener, language);
	const from = entries.find(entry => entry.part === opener.form && phraseKey(entry.phrase, language) === key);
	if (!from) {
		return undefined;
	}
	const forms = new Set(entries
		.filter(entry => entry.part === target && (!entry.gender || !from.gender || entry.gender === from.gender))
		.map(entry => entry.phrase));
	if (forms.size !== 1) {
		return undefined;
	}
	const [phrase] = forms;
	const marker = markerOf(opener.canonical, language);
	return marker ? withPostposedMarker(phrase, marker, language) : phrase;
}

// The entries of the opener's concept without a repetition marker of their own ("Rappelant", not "Rappelant
// également"), which the vocabulary lists as variants.
function plainEntries(opener: Opener, language: DocumentLanguage): VerbEntry[] {
	return getVocabulary(language).entries.filter(entry => entry.concept === opener.concept && markerOf(entry.phrase, language) === undefined);
}

function withPostposedMarker(phrase: string, marker: string, language: DocumentLanguage): string {
	const cut = coreLength(phrase, language);
	return `${phrase.slice(0, cut)} ${marker}${phrase.slice(cut)}`;
}
