import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyLine, classifyLineByPatterns } from '../../../server/src/languageService/parser/lineKinds';
import { entriesAt, preparedEntries } from '../../../server/src/languageService/vocabulary';
import type { DocumentLanguage } from '../../../server/src/languageService/model/types';

/** A seeded generator (a linear congruential one), so that a failure can be replayed. */
function generator(seed: number): (below: number) => number {
	let state = seed;
	return below => {
		state = (state * 1103515245 + 12345) & 0x7fffffff;
		return state % below;
	};
}

// Pieces that build the starts the fast paths read ("12. ", "(iv) ") and the near misses around them: four digits,
// a decimal, "bis", the Arabic hyphen, eight letters, a missing parenthesis, nothing after the label.
const PIECES = ['1', '2', '0', '9', '٣', '.', '(', ')', 'a', 'b', 'i', 'v', 'x', 'l', 'c', 'z', 'ii', 'iv', ' ', '\u00a0', '\t',
	' bis', 'ter', ' -', '–', 'Decides', 'text', '', ';', 'e séance', 'th meeting', '\u2019', '（'];

// Most lines start as a number or a label would, so that the fuzzing reaches the fast paths and their edges.
const STARTS = ['', '1. ', '12.', '305.\u00a0', '(a) ', '(iv)', '(', '7', '(ii)\t', '4.Decides'];

function fuzzLine(next: (below: number) => number): string {
	let line = STARTS[next(STARTS.length)];
	const count = 1 + next(7);
	for (let k = 0; k < count; k++) {
		line += PIECES[next(PIECES.length)];
	}
	return line;
}

describe('line kinds: the fast paths read what the patterns read', () => {
	it('classifies fuzzed operative numbers and parenthesised labels as the patterns alone do', () => {
		const next = generator(218);
		let fast = 0;
		for (let round = 0; round < 20000; round++) {
			const line = fuzzLine(next);
			const got = classifyLine(line);
			assert.deepEqual(got, classifyLineByPatterns(line), JSON.stringify(line));
			fast += got.kind === 'operative' || got.kind === 'label' ? 1 : 0;
		}
		// The fuzzing must reach the kinds the fast paths answer, or the comparison above proves little.
		assert.ok(fast > 4000, `only ${fast} operative or label lines`);
	});

	it('reads the usual starts and declines the rarer ones to the patterns', () => {
		assert.deepEqual(classifyLine('12.\u00a0 Decides'), { kind: 'operative', number: 12, suffix: undefined, numberEnd: 2, bodyStart: 5 });
		assert.deepEqual(classifyLine('5 bis. Decides'), classifyLineByPatterns('5 bis. Decides'));
		assert.equal(classifyLine('1.5 per cent').kind, 'text');
		assert.equal(classifyLine('1234. Decides').kind, 'text');
		assert.equal(classifyLine('12.').kind, 'text');
		assert.deepEqual(classifyLine('(iv)\tdecide'), { kind: 'label', label: '(iv)', value: 'iv', styles: ['paren-roman'], bodyStart: 5 });
		assert.deepEqual(classifyLine('(ii) x'), { kind: 'label', label: '(ii)', value: 'ii', styles: ['paren-roman', 'paren-letter'], bodyStart: 5 });
		assert.equal(classifyLine('(abc) x').kind, 'text');
		assert.deepEqual(classifyLine('(xviii) x'), classifyLineByPatterns('(xviii) x'));
	});
});

describe('vocabulary: the trie walk', () => {
	it('finds the same phrases, in the same order, as filtering every phrase with startsWith', () => {
		const next = generator(73);
		for (const language of ['en', 'fr', 'es', 'ru', 'ar', 'zh'] as DocumentLanguage[]) {
			const phrases = preparedEntries(language);
			for (let round = 0; round < 300; round++) {
				// A phrase, cut short or followed by another phrase's start, so that walks end inside chains of single
				// children, at their ends and past them.
				const phrase = phrases[next(phrases.length)].normalized;
				const other = phrases[next(phrases.length)].normalized;
				const text = phrase.slice(0, 1 + next(phrase.length)) + (next(2) ? ` ${other.slice(0, next(other.length))}` : '');
				const want = phrases.filter(candidate => text.startsWith(candidate.normalized));
				assert.deepEqual(entriesAt(text, 0, language), want, `${language}: ${text}`);
			}
		}
	});
});
