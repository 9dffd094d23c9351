import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SourceCharacters } from '../../../server/src/languageService/diagnostics/rules/sourceCharacters';

describe('SourceCharacters', () => {
	it('tells whether a stretch holds one of the characters, for stretches asked about in any order', () => {
		const text = 'a[b]c / d [[ e ] f / g h i j k l / m';
		const characters = ['[', ']', '/'];
		// Every stretch, forwards and then backwards, so that the resumed searches are checked against a plain one.
		const stretches: Array<[number, number]> = [];
		for (let start = 0; start <= text.length; start++) {
			for (let end = start; end <= text.length; end++) {
				stretches.push([start, end]);
			}
		}
		for (const order of [stretches, [...stretches].reverse()]) {
			const index = new SourceCharacters(text, characters);
			for (const [start, end] of order) {
				const expected = characters.some(character => text.slice(start, end).includes(character));
				assert.equal(index.inSpan(start, end), expected, `${start}..${end}`);
			}
		}
	});

	it('answers for the pieces of a paragraph split by a page break', () => {
		const index = new SourceCharacters('one two / three four', ['/']);
		assert.equal(index.inPieces([{ start: 0, end: 3 }, { start: 8, end: 9 }]), true);
		assert.equal(index.inPieces([{ start: 0, end: 3 }, { start: 10, end: 15 }]), false);
	});
});
