import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verbNotesIn } from '../../../server/src/languageService/wording/verbNotes';
import { getVocabulary } from '../../../server/src/languageService/vocabulary';
import type { DocumentLanguage } from '../../../server/src/languageService/model/types';

/**
 * The notes on opening phrases in the six languages: every language explains every concept the English notes
 * explain, and nothing of the English is left in another language's notes.
 */

const ENGLISH = verbNotesIn('en');
const LANGUAGES: readonly DocumentLanguage[] = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];
const OTHERS = LANGUAGES.filter(language => language !== 'en');

// Words that occur in the English notes and in no French or Spanish sentence.
const ENGLISH_WORDS = /\b(the|with|which|that|organ|States that|Expresses|stronger|weaker|only)\b/;

/** Every string a language's notes show, with where it comes from. */
function strings(language: DocumentLanguage): Array<[string, string]> {
	const notes = verbNotesIn(language);
	return [
		...Object.entries(notes.concepts),
		['parts.preambular', notes.parts.preambular],
		['parts.operative', notes.parts.operative],
		['detail(preambular)', notes.detail('preambular')],
		['detail(operative, 3)', notes.detail('operative', '3')],
		['unattested', notes.unattested],
		['equivalents', notes.equivalents],
	];
}

describe('notes on opening phrases', () => {
	it('has an English note for every concept of every language\'s vocabulary', () => {
		const missing = LANGUAGES.flatMap(language => getVocabulary(language).entries
			.map(entry => entry.concept)
			.filter(concept => concept && !(concept in ENGLISH.concepts))
			.map(concept => `${language}: ${concept}`));
		assert.deepEqual([...new Set(missing)], []);
	});

	for (const language of OTHERS) {
		describe(language, () => {
			it('explains every concept the English notes explain, and no other', () => {
				assert.deepEqual(Object.keys(verbNotesIn(language).concepts), Object.keys(ENGLISH.concepts));
			});

			it('leaves nothing in English', () => {
				const english = new Map(strings('en'));
				for (const [key, text] of strings(language)) {
					assert.ok(text.trim().length > 0, `${language} ${key} is empty`);
					assert.notEqual(text, english.get(key), `${language} ${key} is the English text`);
					if (language === 'fr' || language === 'es') {
						assert.doesNotMatch(text, ENGLISH_WORDS, `${language} ${key}: ${text}`);
					} else {
						// Russian, Arabic and Chinese notes are in their own script; Chapter VII keeps its Roman numeral.
						assert.doesNotMatch(text.replace(/\bVII\b/g, ''), /[A-Za-z]{2,}/, `${language} ${key}: ${text}`);
					}
				}
			});

			it('puts the number of an operative paragraph in its detail', () => {
				assert.match(verbNotesIn(language).detail('operative', '12'), /12/);
				assert.doesNotMatch(verbNotesIn(language).detail('operative'), /\d/);
			});
		});
	}
});
