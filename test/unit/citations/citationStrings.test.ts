import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { CitationStrings, findCitations } from '../../../server/src/languageService/citations';
import { readResolutionNumber } from '../../../server/src/languageService/citations/numberTokens';

// The table of one parse shares the strings of equal citations and dates. It has a fixed number of slots, so
// values whose hashes meet take each other's slot: every answer must still be the one read without the table.
describe('the strings of the citations of one parse', () => {
	it('reads every number right, whichever numbers shared its slot before', () => {
		const tokens = Array.from({ length: 400 }, (_, i) => `${1 + (i % 97)}/${1 + i}`);
		tokens.push('2334 (2016)', '217 A (III)', 'seventy', '70/', '49/222 A and B');
		const strings = new CitationStrings();
		// Each token twice, in two passes: the second pass meets tokens that are still in their slot and tokens
		// that lost it to a later one.
		for (const pass of [1, 2]) {
			for (const token of tokens) {
				const text = `see ${token} and`;
				const reading = strings.number(text, 4, 4 + token.length);
				assert.deepEqual(reading?.number, readResolutionNumber(token), `${token}, pass ${pass}`);
				assert.equal(reading?.text, reading === undefined ? undefined : token);
			}
		}
	});

	it('gives each date its own ISO form and text, whichever dates shared its slot before', () => {
		const strings = new CitationStrings();
		for (const pass of [1, 2]) {
			for (let year = 1990; year < 2030; year++) {
				for (const [month, day] of [[1, 1], [9, 25], [12, 31]]) {
					const written = `${day}.${month}.${year}`;
					// Seven characters stand before the date in the text it is read from.
					const date = strings.date(`dated: ${written}.`, 7, 7 + written.length, year, month, day);
					const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
					// Read through the model's interface: the date keeps its offsets as numbers and builds its span when read.
					assert.deepEqual({ text: date.text, span: date.span, iso: date.iso }, { text: written, span: { start: 7, end: 7 + written.length }, iso }, `${written}, pass ${pass}`);
				}
			}
		}
		// The same date written otherwise keeps the text it has.
		assert.equal(strings.date('25 Sept. 2015', 0, 13, 2015, 9, 25).text, '25 Sept. 2015');
	});

	it('shares the text of an English date only with the same date written with the same spaces and digits', () => {
		const forms = ['5 May 2020', '05 May 2020', '5  May 2020', '5\u00a0May 2020', '5 May\t2020', '5 May 2020'];
		const strings = new CitationStrings();
		const text = forms.map(form => `resolution 74/1 of ${form}`).join('; ');
		const dates = findCitations(text, 'en', 'GA', strings).map(citation => citation.date?.text);
		assert.deepEqual(dates, forms);
	});

	it('finds in a text read with the table of a parse what it finds in the text alone', () => {
		const text = 'Recalling its resolutions 70/1 of 25 September 2015 and 2334 (2016), document A/79/535, '
			+ 'Security Council resolution 2334 (2016), resolution 70/1 of 25 September 2015 and A/79/535';
		const strings = new CitationStrings();
		const first = findCitations(text, 'en', 'GA', strings);
		assert.deepEqual(findCitations(text, 'en', 'GA', strings), first);
		assert.deepEqual(findCitations(text, 'en', 'GA'), first);
		assert.equal(first.length, 6);
	});
});
