import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseResolution, type Organ, type Resolution } from '../../server/src/languageService';
import { repoRoot } from '../support/paths';
import { allSnippets, expand, registeredSnippetFiles, tabStops } from '../support/snippets';

const snippets = allSnippets();

const parsed = (name: string): Resolution => parseResolution(expand(snippets[name].body.join('\n')));

describe('snippets', () => {
	it('package.json registers every snippets file for the resolution language, and no snippet name twice', () => {
		const files = registeredSnippetFiles();
		const onDisk = fs.readdirSync(path.join(repoRoot, 'snippets')).filter(name => name.endsWith('.code-snippets'));
		assert.deepEqual(files.map(file => path.basename(file.path)).sort(), onDisk.sort());
		assert.ok(files.every(file => file.language === 'un-resolution'), 'every file is registered for un-resolution');
		const names = files.flatMap(file => Object.keys(file.snippets));
		assert.deepEqual(names.filter((name, index) => names.indexOf(name) !== index), []);
	});

	it('every snippet has a prefix, a description and a body that expands to plain text', () => {
		for (const [name, snippet] of Object.entries(snippets)) {
			assert.ok(snippet.prefix.length > 0 && snippet.description.length > 0, name);
			assert.doesNotMatch(expand(snippet.body.join('\n')), /\$[{\d]/, `${name} leaves a tab stop behind`);
		}
	});

	it('numbers tab stops from 1 without gaps, in the order the drafter meets them, $0 last', () => {
		for (const [name, snippet] of Object.entries(snippets)) {
			const body = snippet.body.join('\n');
			const stops = tabStops(body);
			assert.deepEqual(stops, stops.map((_, index) => index + 1), `${name}: ${stops.join(', ')}`);
			const final = body.indexOf('$0');
			assert.ok(final === -1 || final >= body.length - 3, `${name}: $0 is not at the end`);
		}
	});

	const skeletons: Array<[string, Organ, 'en' | 'zh', boolean]> = [
		['General Assembly resolution (English)', 'GA', 'en', true],
		['General Assembly resolution (Chinese)', 'GA', 'zh', true],
		['Security Council resolution (English)', 'SC', 'en', false],
		['Security Council resolution (Chinese)', 'SC', 'zh', false],
		['Economic and Social Council resolution (English)', 'ECOSOC', 'en', true],
		['Economic and Social Council resolution (Chinese)', 'ECOSOC', 'zh', true],
		['Human Rights Council resolution (English)', 'HRC', 'en', true],
		['Human Rights Council resolution (Chinese)', 'HRC', 'zh', true],
	];
	for (const [name, organ, language, closing] of skeletons) {
		it(`${name} expands to a resolution the parser reads whole`, () => {
			const resolution = parsed(name);
			assert.equal(resolution.organ, organ);
			assert.equal(resolution.language, language);
			assert.ok(resolution.header.number, 'the number line is read');
			assert.ok(resolution.header.adoption, 'the adoption line is read');
			assert.equal(resolution.preamble.length, 1);
			assert.deepEqual(resolution.operative.map(paragraph => paragraph.number), [1, 2]);
			assert.ok(resolution.operative.every(paragraph => paragraph.opener?.known), 'every operative verb is in the vocabulary');
			assert.ok(resolution.preamble[0].opener?.known, 'the preambular opener is in the vocabulary');
			assert.equal(resolution.closing !== undefined, closing, 'closing formula');
			assert.deepEqual(resolution.unclassified, []);
		});
	}

	it('the paragraph, list and footnote snippets parse as what they say, in English and Chinese', () => {
		const organLine = { en: 'The General Assembly,\n\n', zh: '大会，\n\n' };
		const draft = (language: 'en' | 'zh', ...names: string[]) =>
			parseResolution(organLine[language] + names.map(name => expand(snippets[name].body.join('\n'))).join('\n\n'));
		const english = draft('en', 'Preambular paragraph', 'Operative paragraph', 'Sub-paragraph list', 'Second-level sub-paragraph list', 'Footnote');
		assert.equal(english.preamble.length, 1);
		assert.equal(english.operative.length, 1);
		assert.deepEqual(english.operative[0].subParagraphs.map(sub => [sub.label, sub.children.length]), [['(a)', 0], ['(b)', 0], ['(c)', 2]]);
		assert.equal(english.footnotes.length, 1);
		const chinese = draft('zh', 'Preambular paragraph (Chinese)', 'Operative paragraph (Chinese)', 'Sub-paragraph list (Chinese)', 'Second-level sub-paragraph list (Chinese)', 'Footnote (Chinese)');
		assert.equal(chinese.preamble.length, 1);
		assert.deepEqual(chinese.operative[0].subParagraphs[2].children.map(sub => sub.label), ['㈠', '㈡']);
		assert.equal(chinese.footnotes.length, 1);
	});
});
