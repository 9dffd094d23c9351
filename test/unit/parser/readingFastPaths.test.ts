import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { romanValue } from '../../../server/src/languageService/text/roman';
import { normalize } from '../../../server/src/languageService/vocabulary';

/**
 * Shortcuts of the body reader that must give what the general path gives: `normalize` lower-cases plain ASCII and
 * General Punctuation with one native call instead of its character loop, and `romanValue` reads digits by their
 * codes instead of a lower-cased copy. Each is compared with the general path on many texts.
 */
describe('reading shortcuts', () => {
	test('normalize: the one-call path gives what the character loop gives', () => {
		// A leading space is dropped by the loop, and sends the text there: the same text with and without it must read alike.
		const alphabet = [...range(0x21, 0x7e), ...range(0x2010, 0x205f), ' ', ' ', 'A', 'Z', 'é', '\u00a0', '\u3000', '’'];
		const next = keys(7);
		let compared = 0;
		for (let i = 0; i < 20_000; i++) {
			let text = '';
			for (let length = 1 + next(30); text.length < length;) {
				text += alphabet[next(alphabet.length)];
			}
			if (text.startsWith(' ')) {
				continue;
			}
			const normalized = normalize(text, undefined);
			assert.equal(normalize(` ${text}`, undefined), normalized, JSON.stringify(text));
			// Keeping the case of ASCII changes nothing but that case.
			assert.equal(normalize(text, undefined, true).toLowerCase(), normalized, JSON.stringify(text));
			compared++;
		}
		assert.ok(compared > 15_000);
	});

	test('romanValue: reading digits by code gives what a lower-cased copy gives, next to every character', () => {
		for (let code = 0; code < 0x10000; code++) {
			const character = String.fromCharCode(code);
			for (const text of [character, `i${character}`, `${character}v`, `X${character}I`]) {
				assert.equal(romanValue(text), romanByLowerCase(text), `${JSON.stringify(text)} (U+${code.toString(16)})`);
			}
		}
		assert.deepEqual(['iv', 'IX', 'xlii', 'MCMXC', 'iiv', 'vx', 'ab'].map(romanValue), [4, 9, 42, 1990, 5, 5, 0]);
	});
});

/** The reading before the shortcut: each character of a lower-cased copy looked up by its one-character string. */
function romanByLowerCase(text: string): number {
	const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
	const lower = text.toLowerCase();
	let total = 0;
	for (let i = 0; i < lower.length; i++) {
		const value = values[lower[i]];
		if (!value) {
			return 0;
		}
		const next = values[lower[i + 1]] ?? 0;
		total += value < next ? -value : value;
	}
	return total;
}

function range(from: number, to: number): string[] {
	return Array.from({ length: to - from + 1 }, (_, index) => String.fromCharCode(from + index));
}

/** A small linear congruential generator, so every run checks the same texts. */
function keys(seed: number): (n: number) => number {
	let state = seed;
	return n => {
		state = (state * 1103515245 + 12345) & 0x7fffffff;
		return state % n;
	};
}
