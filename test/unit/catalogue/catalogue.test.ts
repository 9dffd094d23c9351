import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import { parseResolution } from '../../../server/src/languageService';
import { BUILT_IN_CATALOGUE } from '../../../server/src/languageService/catalogue/builtIn';
import { BUILT_IN_ROWS } from '../../../server/src/languageService/catalogue/builtInData';
import { Catalogue, catalogueKey, EntryMap } from '../../../server/src/languageService/catalogue/catalogue';
import { entriesOfResolution } from '../../../server/src/languageService/catalogue/fromResolution';
import { findSymbols, normalizeSymbol, parseSymbol } from '../../../server/src/languageService/citations';
import { corpusFiles, corpusSkip, readCorpusFile } from '../../support/corpus';
import { chineseExample, englishExample } from '../../support/paths';

describe('catalogue keys', () => {
	it('files spacing, case and reissue variants of a symbol under one key', () => {
		assert.equal(catalogueKey('S/RES/2334 (2016)'), catalogueKey('S/RES/2334(2016)'));
		assert.equal(catalogueKey('s/res/2334 (2016)'), catalogueKey('S/RES/2334 (2016)'));
		assert.equal(catalogueKey('A/69/L.52*'), catalogueKey('A/69/L.52'));
		assert.equal(catalogueKey('A/RES/217A (III)'), catalogueKey('A/RES/217 A (III)'));
		assert.notEqual(catalogueKey('A/RES/70/1'), catalogueKey('A/RES/70/10'));
	});

	it('is the canonical form without spaces and stars, upper-cased, for every symbol of the official texts', { skip: corpusSkip }, () => {
		// The key is computed without parsing the symbol; this checks it against the definition, on the real
		// symbols and on their lower-case, starred and non-breaking-hyphen variants.
		const symbols = corpusFiles().flatMap(name => findSymbols(readCorpusFile(name)).map(symbol => symbol.text));
		for (const symbol of symbols) {
			for (const variant of [symbol, symbol.toLowerCase(), `${symbol}*`, symbol.replace(/-/g, '\u2011')]) {
				assert.equal(catalogueKey(variant), normalizeSymbol(variant).replace(/[\s*]+/g, '').toUpperCase(), variant);
			}
		}
	});
});

describe('catalogue layers', () => {
	const workspace = new EntryMap([{
		symbol: 'A/RES/70/1', titles: { en: 'Workspace title' }, source: { kind: 'workspace', label: 'draft.txt' },
	}]);
	const file = new EntryMap([{
		symbol: 'A/RES/70/1', date: '2015-09-25', titles: { zh: '文件标题' }, source: { kind: 'file', label: 'catalogue.json:3', line: 3 },
	}]);
	const catalogue = new Catalogue(() => [workspace, file, BUILT_IN_CATALOGUE]);

	it('lists the rows of every layer, most trusted first', () => {
		assert.deepEqual(catalogue.entries('A/RES/70/1').map(entry => entry.source.kind), ['workspace', 'file', 'built-in']);
	});

	it('takes each field from the most trusted row that has it, in the reader\'s language when a row has it', () => {
		const english = catalogue.describe('A/RES/70/1', 'en')!;
		assert.equal(english.title?.text, 'Workspace title');
		assert.equal(english.date?.iso, '2015-09-25');
		assert.equal(english.date?.source.kind, 'file');
		const chinese = catalogue.describe('A/RES/70/1', 'zh')!;
		assert.equal(chinese.title?.text, '文件标题');
		assert.equal(chinese.title?.language, 'zh');
		const french = catalogue.describe('A/RES/70/1', 'fr')!;
		assert.match(french.title!.text, /^Transformer notre monde/);
	});

	it('falls back to English, then to any language, and knows nothing of unknown symbols', () => {
		const onlyChinese = new Catalogue(() => [new EntryMap([{ symbol: 'A/1/2', titles: { zh: '标题' }, source: { kind: 'file', label: 'x' } }])]);
		assert.equal(onlyChinese.describe('A/1/2', 'en')?.title?.text, '标题');
		assert.equal(catalogue.describe('A/99/99999', 'en'), undefined);
		assert.deepEqual(catalogue.entries(''), []);
	});

	it('shows a subject only when no row has the title', () => {
		const known = catalogue.describe('A/RES/69/313', 'en')!;
		assert.equal(known.title, undefined);
		assert.match(known.subject!.text, /Addis Ababa Action Agenda/);
	});
});

describe('the built-in catalogue', () => {
	it('has a valid symbol, a real ISO date and a named official source on every row', () => {
		assert.ok(BUILT_IN_ROWS.length >= 40);
		for (const row of BUILT_IN_ROWS) {
			assert.ok(parseSymbol(row.symbol.replace(/\s+/g, '')), `${row.symbol} is a symbol`);
			for (const source of row.source.split('; ')) {
				assert.ok(parseSymbol(source.replace(/\s+/g, '')), `${row.symbol} names the official text it was read from: ${source}`);
			}
			assert.ok(row.passage.length > 0);
			if (row.date) {
				assert.match(row.date, /^\d{4}-\d{2}-\d{2}$/);
				assert.ok(!Number.isNaN(Date.parse(row.date)), row.date);
			}
		}
	});

	it('holds resolution 70/1 with its title in the six languages and its date', () => {
		const entry = BUILT_IN_CATALOGUE.lookup(catalogueKey('A/RES/70/1'))!;
		assert.equal(entry.date, '2015-09-25');
		assert.equal(Object.keys(entry.titles!).length, 6);
		assert.equal(entry.titles!.zh, '变革我们的世界：2030 年可持续发展议程');
	});
});

describe('what a workspace resolution tells the catalogue', () => {
	it('files an English resolution under its masthead symbol, with title, date, organ and its report', () => {
		const resolution = parseResolution(fs.readFileSync(englishExample, 'utf8'));
		const [own, report] = entriesOfResolution(resolution, 'file:///w/draft.txt', 'draft.txt');
		assert.equal(own.symbol, 'A/RES/80/999');
		assert.equal(own.titles?.en, 'Digital cooperation for sustainable development');
		assert.equal(own.date, '2025-12-22');
		assert.equal(own.organ, 'GA');
		assert.equal(own.location?.uri, 'file:///w/draft.txt');
		assert.equal(report.symbol, 'A/80/512');
		assert.equal(report.reportFor, 'A/RES/80/999');
		assert.equal(report.subjects?.en, 'on the report of the Second Committee (A/80/512)');
	});

	it('files a Chinese resolution with its Chinese title', () => {
		const resolution = parseResolution(fs.readFileSync(chineseExample, 'utf8'));
		const [own] = entriesOfResolution(resolution, 'file:///w/zh.txt', 'zh.txt');
		assert.equal(own.symbol, 'A/RES/80/999');
		assert.equal(own.titles?.zh, '数字合作促进可持续发展');
		assert.equal(own.date, '2025-12-22');
	});

	it('files a draft without a masthead under the symbol its number line gives', () => {
		const resolution = parseResolution('81/5. A title\n\nThe General Assembly,\n\nNoting,\n\n1. Decides.\n');
		const [own] = entriesOfResolution(resolution, 'file:///w/a.txt', 'a.txt');
		assert.equal(own.symbol, 'A/RES/81/5');
		assert.equal(own.titles?.en, 'A title');
	});

	it('contributes nothing for a text that names no resolution', () => {
		assert.deepEqual(entriesOfResolution(parseResolution('Just a note.'), 'file:///n.txt', 'n.txt'), []);
	});

	it('reads the 73/218 text: A/RES/73/218, its Chinese title, 20 December 2018 and report A/73/535', { skip: corpusSkip }, () => {
		const resolution = parseResolution(readCorpusFile('zh-a-res-73-218.txt'));
		const entries = entriesOfResolution(resolution, 'file:///c/zh-a-res-73-218.txt', 'zh-a-res-73-218.txt');
		assert.deepEqual(entries.map(entry => entry.symbol), ['A/RES/73/218', 'A/73/535']);
		assert.equal(entries[0].titles?.zh, '信息和通信技术促进可持续发展');
		assert.equal(entries[0].date, '2018-12-20');
		assert.equal(entries[1].reportFor, 'A/RES/73/218');
	});
});
