import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findResolutionReferences } from '../../../server/src/languageService/citations';
import { summary } from './citationSummary';

describe('findResolutionReferences in English', () => {
	it('reads a single resolution with its date', () => {
		const text = 'Recalling its resolution 71/243 of 21 December 2016 on operational activities,';
		const [citation, ...rest] = findResolutionReferences(text, 'en', [], 'GA');
		assert.equal(rest.length, 0);
		assert.equal(citation.kind, 'resolution');
		assert.equal(citation.text, '71/243');
		assert.equal(citation.number, '71/243');
		assert.equal(citation.organ, 'GA');
		assert.equal(citation.symbol, 'A/RES/71/243');
		assert.equal(citation.date?.iso, '2016-12-21');
		assert.equal(text.slice(citation.span.start, citation.span.end), '71/243');
	});

	it('makes every number of a list its own citation with its own date', () => {
		const text = 'Recalling its resolutions 61/16 of 20 November 2006, 67/290 of 9 July 2013 and 72/305 of 23 July 2018,';
		assert.deepEqual(summary(text, 'en'), [
			['61/16', 'GA', 'A/RES/61/16', '2006-11-20'],
			['67/290', 'GA', 'A/RES/67/290', '2013-07-09'],
			['72/305', 'GA', 'A/RES/72/305', '2018-07-23'],
		]);
	});

	it('reads a list without dates, as in a footnote', () => {
		assert.deepEqual(summary('Resolutions 65/1, 66/288 and 68/6.', 'en').map(row => row[0]), ['65/1', '66/288', '68/6']);
	});

	it('keeps lettered parts with the number and reads past their several dates', () => {
		const text = 'its resolutions 49/222 A and B of 23 December 1994 and 20 July 1995, 51/226 of 3 April 1997';
		const citations = findResolutionReferences(text, 'en');
		assert.deepEqual(citations.map(citation => citation.number), ['49/222 A and B', '51/226']);
		assert.equal(citations[0].symbol, 'A/RES/49/222 A');
		assert.equal(citations[0].date?.iso, '1994-12-23');
		assert.equal(citations[1].date?.iso, '1997-04-03');
	});

	it('reads old and special-session Assembly numbers', () => {
		assert.deepEqual(summary('resolution 217 A (III) and resolution 2758 (XXVI)', 'en'), [
			['217 A (III)', 'GA', 'A/RES/217 A (III)', undefined],
			['2758 (XXVI)', 'GA', 'A/RES/2758 (XXVI)', undefined],
		]);
		assert.deepEqual(summary('resolutions 3362 (S-VII), S-26/2 and ES-10/21', 'en'), [
			['3362 (S-VII)', 'GA', 'A/RES/3362 (S-VII)', undefined],
			['S-26/2', 'GA', 'A/RES/S-26/2', undefined],
			['ES-10/21', 'GA', 'A/RES/ES-10/21', undefined],
		]);
	});

	it('reads Security Council numbers, also bare ones in a list after the keyword', () => {
		assert.deepEqual(summary('Reaffirming Security Council resolution 1325 (2000) of 31 October 2000,', 'en'), [
			['1325 (2000)', 'SC', 'S/RES/1325 (2000)', '2000-10-31'],
		]);
		const text = 'Recalling its previous resolutions on the region, in particular 1542 (2004), 1608 (2005) and 2070 (2012),';
		assert.deepEqual(summary(text, 'en', 'SC').map(row => row[2]), ['S/RES/1542 (2004)', 'S/RES/1608 (2005)', 'S/RES/2070 (2012)']);
	});

	it('reads Economic and Social Council numbers by their shape and by the organ named', () => {
		assert.deepEqual(summary('Economic and Social Council resolution 2004/68 of 5 November 2004', 'en'), [
			['2004/68', 'ECOSOC', 'E/RES/2004/68', '2004-11-05'],
		]);
		assert.deepEqual(summary('as set out in Council resolution 2011/33,', 'en', 'GA'), [['2011/33', 'ECOSOC', 'E/RES/2011/33', undefined]]);
		assert.deepEqual(summary('its resolution 1296 (XLIV)', 'en', 'ECOSOC'), [['1296 (XLIV)', 'ECOSOC', 'E/RES/1296 (XLIV)', undefined]]);
	});

	it('reads Human Rights Council numbers when the Council is named or is the document organ', () => {
		assert.deepEqual(summary('Human Rights Council resolution 16/21 and decision 19/119', 'en'), [
			['16/21', 'HRC', 'A/HRC/RES/16/21', undefined],
			['19/119', 'HRC', 'A/HRC/DEC/19/119', undefined],
		]);
		assert.deepEqual(summary('Recalling its resolution 24/5,', 'en', 'HRC').map(row => row[1]), ['HRC']);
		assert.deepEqual(summary('Recalling its resolution 24/5,', 'en', 'GA').map(row => row[1]), ['GA']);
		assert.deepEqual(summary('General Assembly resolution 60/251', 'en', 'HRC').map(row => row[1]), ['GA']);
	});

	it('reads decisions, which the Assembly and the Economic and Social Council do not issue as documents', () => {
		const citations = findResolutionReferences('in its decision 62/557 and Council decision 2019/212', 'en');
		assert.deepEqual(citations.map(citation => [citation.kind, citation.organ, citation.symbol]), [
			['decision', 'GA', undefined],
			['decision', 'ECOSOC', undefined],
		]);
	});

	it('takes the organ from the words before the keyword', () => {
		const text = 'as requested by the General Assembly in its resolution 78/132 and endorsed by the Economic and Social Council in its resolution 2023/3';
		assert.deepEqual(summary(text, 'en').map(row => row[1]), ['GA', 'ECOSOC']);
	});

	it('does not report numbers that are not resolutions', () => {
		const negatives = [
			'during the 2022–2026 review cycle',
			'a 70/30 split of the costs',
			'in paragraph 15 of the annex, 75 per cent of States',
			'Recalling resolution 70/1, which set targets to be met by 2030 (2015 baseline),',
			'Recalling resolution 70/1, with milestones for 2030 (2015) in view,',
			'on 12/31/2020 the decision entered into force',
			'75/202. Information and communications technologies',
		];
		for (const text of negatives) {
			const found = summary(text, 'en').map(row => row[0]).filter(number => number !== '70/1');
			assert.deepEqual(found, [], text);
		}
	});

	it('skips the numbers inside spans to avoid and never reads a number inside a symbol', () => {
		const text = 'See resolution 70/1 and resolution 70/2.';
		const start = text.indexOf('70/1');
		const citations = findResolutionReferences(text, 'en', [{ start, end: start + 4 }]);
		assert.deepEqual(citations.map(citation => citation.text), ['70/2']);
		assert.deepEqual(summary('See resolution A/RES/70/1 and S/RES/2231 (2015).', 'en'), []);
	});
});
