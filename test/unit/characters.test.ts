import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isAsciiDigit, isSuperscriptDigit, isTrailingMark } from '../../server/src/languageService/text/characters';

/** Every UTF-16 code unit whose character `pattern` matches. */
function codesMatching(pattern: RegExp): number[] {
	const codes: number[] = [];
	for (let code = 0; code <= 0xffff; code++) {
		if (pattern.test(String.fromCharCode(code))) {
			codes.push(code);
		}
	}
	return codes;
}

function codesWhere(test: (code: number) => boolean): number[] {
	const codes: number[] = [];
	for (let code = 0; code <= 0xffff; code++) {
		if (test(code)) {
			codes.push(code);
		}
	}
	return codes;
}

describe('character tests by code', () => {
	test('each answers for exactly the characters its definition names, over every code unit', () => {
		assert.deepEqual(codesWhere(isAsciiDigit), codesMatching(/^[0-9]$/));
		assert.deepEqual(codesWhere(isSuperscriptDigit), codesMatching(/^[⁰¹²³⁴⁵⁶⁷⁸⁹]$/));
		assert.deepEqual(codesWhere(isTrailingMark), codesMatching(/^[\s*_⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾]$/));
	});
});
