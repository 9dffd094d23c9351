import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../support/paths';

/** The editor settings of the language: words that fit resolutions, and no automatic indentation of prose. */
describe('language configuration', () => {
	const configuration = JSON.parse(fs.readFileSync(path.join(repoRoot, 'language-configuration.json'), 'utf8'));
	const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
	const wordPattern = new RegExp(configuration.wordPattern.pattern, `${configuration.wordPattern.flags}g`);
	const words = (text: string) => text.match(wordPattern) ?? [];

	it('takes a document symbol, a resolution number and a hyphenated name each as one word', () => {
		assert.deepEqual(words('see A/RES/70/1 and S/RES/2334 (2016)'), ['see', 'A/RES/70/1', 'and', 'S/RES/2334 (2016)']);
		assert.deepEqual(words('resolution 73/218 of the Secretary-General’s report'), ['resolution', '73/218', 'of', 'the', 'Secretary-General’s', 'report']);
	});

	it('stops a Chinese word at punctuation and keeps Arabic and Cyrillic words whole', () => {
		assert.deepEqual(words('回顾其决议，又确认'), ['回顾其决议', '又确认']);
		assert.deepEqual(words('وإذ تشير إلى'), ['وإذ', 'تشير', 'إلى']);
		assert.deepEqual(words('ссылаясь на'), ['ссылаясь', 'на']);
	});

	it('never indents prose by itself: no indentation rules, and Enter keeps the indentation as it is', () => {
		assert.equal(configuration.indentationRules, undefined);
		assert.equal(configuration.onEnterRules, undefined);
		assert.equal(manifest.contributes.configurationDefaults['[un-resolution]']['editor.autoIndent'], 'keep');
	});
});
