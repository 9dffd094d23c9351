import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchOpener } from '../../../server/src/languageService/parser/opener';
import { getVocabulary } from '../../../server/src/languageService/vocabulary';

describe('opener: the window it is read in', () => {
	it('finds the longest Chinese reading, prefix, repetition, adverb and verb, in a long paragraph', () => {
		const found = matchOpener('在这方面再次强烈地表示注意到信息和通信技术具有潜力，能提出新的办法应对发展挑战，', 'zh');
		assert.equal(found?.text, '在这方面再次强烈地表示注意到');
		assert.equal(found?.canonical, '在这方面再次强烈地表示注意到');
		assert.equal(found?.known, true);
	});

	it('reads further when characters the matching ignores (zero-width spaces, soft hyphens) stand in the opener', () => {
		const body = `又${'\u200b'.repeat(20)}确认信息和通信技术具有潜力，能提出新的办法应对发展挑战，`;
		const found = matchOpener(body, 'zh');
		assert.equal(found?.end, 23);
		assert.equal(found?.repeated, true);
		assert.equal(found?.concept, 'recognize');
	});

	it('tells a verb from a longer word after it by the letter that follows, also beyond ASCII', () => {
		assert.equal(matchOpener('Notes with concern the report', 'en')?.text, 'Notes with concern');
		assert.equal(matchOpener('Noteworthy is the report', 'en')?.known, false);
		assert.equal(matchOpener('Notesé the report', 'en')?.known, false);
		assert.equal(matchOpener('Also decides to remain seized', 'en')?.repeated, true);
	});
});

describe('opener: the Chinese words of repetition, told by their first character', () => {
	it('reads 又 and 还 as repetition, 再次, 并 and 也 as words before the verb, and 再 or 次 alone as neither', () => {
		const cases: Array<[string, [string, boolean] | undefined]> = [
			['又', ['又确认', true]], ['还', ['还确认', true]], ['再次', ['再次确认', false]], ['并', ['并确认', false]],
			['也', ['也确认', false]], ['再', undefined], ['次', undefined], ['又再次', undefined],
			['在这方面还', ['在这方面还确认', true]], ['在这方面再次强烈地', ['在这方面再次强烈地确认', false]],
		];
		for (const [prefix, want] of cases) {
			const found = matchOpener(`${prefix}确认信息和通信技术具有潜力，`, 'zh');
			assert.deepEqual(found && [found.text, found.repeated], want, prefix);
		}
	});
});

describe('opener: the canonical form of a plain ASCII window', () => {
	it('equals the one read when a character beyond ASCII in the window forces the general path', () => {
		// Every English phrase, as written, in capitals, with the words that may follow it and then text: the plain
		// window takes the fast path, and the same paragraph with a curly quotation mark inside the window does not.
		const tails = ['', ' also', ' further', ', however,', ' with deep concern', ' of'];
		for (const { phrase } of getVocabulary('en').entries) {
			for (const written of [phrase, phrase.toUpperCase(), `Also ${phrase.toLowerCase()}`]) {
				for (const tail of tails) {
					const plain = `${written}${tail} the report`;
					const general = `${plain} \u201cx\u201d`;
					const fast = matchOpener(plain, 'en');
					const slow = matchOpener(general, 'en');
					assert.equal(fast?.canonical, slow?.canonical, plain);
					assert.equal(fast?.text, slow?.text, plain);
				}
			}
		}
	});
});
