import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchOpener } from '../../../server/src/languageService/parser/opener';

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
