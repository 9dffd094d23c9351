import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findCitations, findDates, findResolutionReferences } from '../../../server/src/languageService/citations';
import { readResolutionNumber, tokenEndAt } from '../../../server/src/languageService/citations/numberTokens';
import { summary } from './citationSummary';

// The shortcuts of citation finding (a plain "70/1" read without the full expression, the organ look-back that
// gives up early, months looked up as written, the digit scan by character codes) must give what the full
// reading gives, on the forms they take and on the forms next to them that they must leave to it.
describe('citation finding shortcuts', () => {
	it('reads a plain slash number as the full reading does, and leaves every other shape to it', () => {
		assert.deepEqual(readResolutionNumber('70/1'), {
			first: '70', second: '1', letter: undefined, parts: undefined, paren: undefined, canonical: '70/1',
		});
		assert.deepEqual(readResolutionNumber('2006/46'), {
			first: '2006', second: '46', letter: undefined, parts: undefined, paren: undefined, canonical: '2006/46',
		});
		assert.equal(readResolutionNumber('12345/1'), undefined);
		assert.equal(readResolutionNumber('70/12345'), undefined);
		assert.equal(readResolutionNumber('70/'), undefined);
		assert.equal(readResolutionNumber('/70'), undefined);
		assert.equal(readResolutionNumber('70/1/2'), undefined);
		assert.equal(readResolutionNumber('49/222 A')?.canonical, '49/222 A');
		assert.equal(readResolutionNumber('S-26/2')?.first, 'S-26');
		assert.equal(readResolutionNumber('70\u20111'), undefined);
	});

	it('ends a plain slash number by its codes where the token expression would, and leaves lettered parts to it', () => {
		const ends: Array<[string, number]> = [
			['70/1', 4], ['70/1 of', 4], ['70/1a', 4], ['7/1 x', 3], ['70/1 (2016)', 4],
			['70/1A', 5], ['70/1 A and', 6], ['70/1\tB', 6], ['70/1\u00a0B', 6], ['70/1 \u0623\u0644\u0641', 8],
			['70/12345', 7], ['12345/6', -1], ['2334 (2016)', 11],
		];
		assert.deepEqual(ends.map(([token]) => [token, tokenEndAt(token, 0)]), ends);
	});

	it('gives plain and lettered numbers the symbol their organ issues', () => {
		assert.deepEqual(summary('its resolutions 70/1, 49/222 A and B and 2006/46', 'en', 'GA').map(row => row[2]), [
			'A/RES/70/1', 'A/RES/49/222 A', 'E/RES/2006/46',
		]);
	});

	it('takes an organ named in the clause before a list and none from an earlier clause', () => {
		assert.deepEqual(summary('Recalling Security Council resolution 2334 (2016)', 'en').map(row => row[1]), ['SC']);
		assert.deepEqual(summary('the Human Rights Council; its resolution 5/1', 'en', 'GA').map(row => row[1]), ['GA']);
		assert.deepEqual(summary('the Human Rights Council, in its resolution 5/1', 'en', 'GA').map(row => row[1]), ['HRC']);
		// An organ named further back than the look-back reaches says nothing about the citation.
		const far = `the Human Rights Council ${'and others '.repeat(8)}in its resolution 5/1`;
		assert.deepEqual(summary(far, 'en', 'GA').map(row => row[1]), ['GA']);
		assert.deepEqual(summary('回顾人权理事会第 5/1 号决议', 'zh', 'GA').map(row => row[1]), ['HRC']);
		assert.deepEqual(summary('人权理事会；第 5/1 号决议', 'zh', 'GA').map(row => row[1]), ['GA']);
	});

	it('reads month names in any case, as written or not', () => {
		assert.deepEqual(findDates('le 1er Mai 2020 et le 3 MARS 2021', 'fr').map(date => date.iso), ['2020-05-01', '2021-03-03']);
		assert.deepEqual(findDates('on 5 December 2017 and 7 december 2017', 'en').map(date => date.iso), ['2017-12-05']);
		assert.deepEqual(findDates('el 9 de Julio de 2013', 'es').map(date => date.iso), ['2013-07-09']);
	});

	it('reads English dates after any kind and number of spaces, and in the mastheads of other languages', () => {
		const spaces = ['\u00A0', '\t', '  ', '\u2009', '\u3000', '\u202F'];
		for (const space of spaces) {
			assert.deepEqual(findDates(`on 25${space}September${space}2015`, 'en').map(date => date.iso), ['2015-09-25'], JSON.stringify(space));
		}
		assert.deepEqual(findDates('25September 2015, 25 september 2015, 25 Sept 2015', 'en'), []);
		assert.deepEqual(findDates('10 December 2024 大会 2015 年 9 月 25 日', 'zh').map(date => date.iso), ['2024-12-10', '2015-09-25']);
	});

	it('gives each Chinese number the date before it, however many lists and dates the paragraph holds', () => {
		const text = '回顾 2015 年 9 月 25 日第 70/1 号决议、2016 年 12 月 23 日第 71/243 号决议和 2017 年 12 月 20 日第 72/200 号决议，'
			+ '又回顾 2018 年 12 月 20 日第 73/218 号决议以及第 74/1 号决议';
		assert.deepEqual(summary(text, 'zh', 'GA').map(row => [row[0], row[3]]), [
			['70/1', '2015-09-25'], ['71/243', '2016-12-23'], ['72/200', '2017-12-20'], ['73/218', '2018-12-20'], ['74/1', undefined],
		]);
	});

	it('reads Chinese numbers after any spaces following "第", and passes over ordinals in Chinese numerals', () => {
		const text = '第七十三届会议\u3000回顾第\u3000\t70/1 号决议和第 ES-10/21 号决议以及第S-26/2号决议';
		assert.deepEqual(summary(text, 'zh', 'GA').map(row => row[0]), ['70/1', 'ES-10/21', 'S-26/2']);
	});

	it('finds numbers wherever their digits stand: at the start and end of the text and after a session prefix', () => {
		assert.deepEqual(findResolutionReferences('resolution 70/1', 'en').map(citation => citation.text), ['70/1']);
		assert.deepEqual(summary('resolutions ES-10/21 and S-26/2', 'en').map(row => row[0]), ['ES-10/21', 'S-26/2']);
		assert.deepEqual(summary('resolution 1 resolution 70/1 of 25 September 2015 and 70/2', 'en').map(row => row[0]), ['70/1', '70/2']);
	});

	it('passes over the text between citations without losing a list, a bare number or a later keyword', () => {
		assert.deepEqual(summary('In 2015, 70/30 of the 12/31 figures, and resolution 70/1', 'en').map(row => row[0]), ['70/1']);
		const near = `resolutions on the region, ${'x'.repeat(150)} in particular 1500 (2003)`;
		assert.deepEqual(summary(near, 'en', 'SC').map(row => row[0]), ['1500 (2003)']);
		const far = `resolutions on the region, ${'x'.repeat(190)} in particular 1500 (2003)`;
		assert.deepEqual(summary(far, 'en', 'SC'), []);
		assert.deepEqual(summary('resolution 70/1 (2015 figures 12) and later resolution 71/1', 'en').map(row => row[0]), ['70/1', '71/1']);
		assert.deepEqual(summary('resolutions 70/1, S-26/2 and ES-10/21 and 2334 (2016)', 'en').map(row => row[0]), [
			'70/1', 'S-26/2', 'ES-10/21', '2334 (2016)',
		]);
	});

	it('finds nothing in a text without a digit, and a citation whose only digits stand at the very end', () => {
		assert.deepEqual(findCitations('Recalling its resolution seventy/one, document A/RES/LXX and HIV/AIDS,', 'en', 'GA'), []);
		assert.deepEqual(findCitations('Recalling document A/RES/70/1', 'en', 'GA').map(citation => citation.symbol), ['A/RES/70/1']);
		assert.deepEqual(findCitations('回顾第七十届会议第 70/1 号决议', 'zh', 'GA').map(citation => citation.symbol), ['A/RES/70/1']);
	});

	it('moves each citation and its date to the source once, in a paragraph with symbols and without', () => {
		const text = 'Recalling its resolution 70/1 of 25 September 2015 and document A/70/1,';
		const [reference, symbol] = findCitations(text, 'en', 'GA');
		assert.equal(text.slice(reference.span.start, reference.span.end), '70/1');
		assert.equal(text.slice(reference.date!.span.start, reference.date!.span.end), '25 September 2015');
		assert.equal(symbol.symbol, 'A/70/1');
	});
});
