import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DocumentCache } from '../../server/src/languageService/documentCache';

function counter(): { cache: DocumentCache<string>; calls: () => number } {
	let calls = 0;
	const cache = new DocumentCache(text => {
		calls++;
		return text.toUpperCase();
	});
	return { cache, calls: () => calls };
}

const doc = (uri: string, version: number, text: string) => ({ uri, version, getText: () => text });

describe('DocumentCache', () => {
	test('computes once per document version', () => {
		const { cache, calls } = counter();
		assert.equal(cache.get(doc('file:///a', 1, 'one')), 'ONE');
		assert.equal(cache.get(doc('file:///a', 1, 'one')), 'ONE');
		assert.equal(calls(), 1);
		assert.equal(cache.get(doc('file:///a', 2, 'two')), 'TWO');
		assert.equal(calls(), 2);
	});

	test('hands the previous version\'s value of the same document to the computation', () => {
		const seen: Array<string | undefined> = [];
		const cache = new DocumentCache<string>((text, _uri, previous) => {
			seen.push(previous);
			return text;
		});
		cache.get(doc('file:///a', 1, 'one'));
		cache.get(doc('file:///b', 1, 'other'));
		cache.get(doc('file:///a', 2, 'two'));
		assert.deepEqual(seen, [undefined, undefined, 'one']);
	});

	test('keeps documents apart', () => {
		const { cache, calls } = counter();
		cache.get(doc('file:///a', 1, 'a'));
		cache.get(doc('file:///b', 1, 'b'));
		assert.equal(cache.get(doc('file:///a', 1, 'a')), 'A');
		assert.equal(calls(), 2);
		assert.equal(cache.size, 2);
	});

	test('forgets a closed document', () => {
		const { cache, calls } = counter();
		cache.get(doc('file:///a', 1, 'a'));
		cache.delete('file:///a');
		assert.equal(cache.size, 0);
		cache.get(doc('file:///a', 1, 'a'));
		assert.equal(calls(), 2);
	});
});
