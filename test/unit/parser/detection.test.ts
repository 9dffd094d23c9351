import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage } from '../../../server/src/languageService/language';

// detectLanguage counts the first 3000 characters in chunks and stops once the rest could not change the script;
// these texts are built so that the answer is decided late, or by a tie, or at the edge of the sample.
describe('detectLanguage', () => {
	it('reads a Chinese text under an English masthead as Chinese', () => {
		assert.equal(detectLanguage('United Nations\nDistr.: General\n\n大会\n' + '回顾其决议，'.repeat(50)), 'zh');
	});

	it('lets a script that overtakes another in the last chunk win', () => {
		// 1200 Cyrillic letters lead until the Arabic ones after them outnumber them.
		assert.equal(detectLanguage('б'.repeat(1200) + 'ب'.repeat(1300)), 'ar');
		assert.equal(detectLanguage('б'.repeat(1300) + 'ب'.repeat(1200)), 'ru');
	});

	it('gives a tie between scripts to the first of Chinese, Arabic and Russian', () => {
		assert.equal(detectLanguage('б'.repeat(100) + 'ب'.repeat(100)), 'ar');
		assert.equal(detectLanguage('ب'.repeat(300) + '中'.repeat(100)), 'zh');
	});

	it('leaves a script short of half the Latin letters to the words of the Latin-script languages', () => {
		assert.equal(detectLanguage('ب'.repeat(400) + ' la '.repeat(650)), 'fr');
		assert.equal(detectLanguage('ب'.repeat(400) + ' the '.repeat(520)), 'en');
	});

	it('counts only the first 3000 characters, and a word cut by the end of the sample as it stands there', () => {
		assert.equal(detectLanguage(' y'.repeat(1500) + ' of'.repeat(2000)), 'es');
		assert.equal(detectLanguage(' '.repeat(2997) + 'del'), 'es');
		// "de" is no marker; with nothing to go on the text is English.
		assert.equal(detectLanguage(' '.repeat(2998) + 'del'), 'en');
		assert.equal(detectLanguage(' '.repeat(2998) + 'les'), 'fr');
	});

	it('counts words of ASCII letters, digits and underscores, in any case', () => {
		assert.equal(detectLanguage('LOS los Los the_ the2 2the'), 'es');
		assert.equal(detectLanguage('éla élaé la'), 'fr');
	});
});
