import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatOf, readCatalogueFile } from '../../../server/src/languageService/catalogue/catalogueFile';

const JSON_URI = 'file:///w/.resolutions/catalogue.json';
const CSV_URI = 'file:///w/export.csv';

describe('JSON catalogue files', () => {
	it('reads an array of rows with symbol, title, date and organ, in canonical form', () => {
		const text = JSON.stringify([
			{ symbol: 'S/RES/2334(2016)', title: 'The situation in the Middle East', date: '2016-12-23', organ: 'SC' },
			{ symbol: 'A/RES/70/1', titles: { en: 'Transforming our world', zh: '变革我们的世界' }, organ: 'General Assembly' },
		], null, '\t');
		const { entries, problems } = readCatalogueFile(text, JSON_URI);
		assert.deepEqual(problems, []);
		assert.equal(entries[0].symbol, 'S/RES/2334 (2016)');
		assert.equal(entries[0].titles?.en, 'The situation in the Middle East');
		assert.equal(entries[0].date, '2016-12-23');
		assert.equal(entries[0].organ, 'SC');
		assert.deepEqual(entries[1].titles, { en: 'Transforming our world', zh: '变革我们的世界' });
		assert.equal(entries[1].organ, 'GA');
		assert.deepEqual(entries[0].source, { kind: 'file', label: 'catalogue.json:2', uri: JSON_URI, line: 2 });
	});

	it('reads an object with an "entries" array and files a Chinese title under Chinese', () => {
		const text = '{\n  "version": 1,\n  "entries": [\n    { "symbol": "A/RES/73/218", "title": "信息和通信技术促进可持续发展" }\n  ]\n}';
		const { entries, problems } = readCatalogueFile(text, JSON_URI);
		assert.deepEqual(problems, []);
		assert.equal(entries[0].titles?.zh, '信息和通信技术促进可持续发展');
		assert.equal(entries[0].source.line, 4);
	});

	it('reports each malformed row with its line and keeps the good rows', () => {
		const text = [
			'[',
			'  { "symbol": "A/RES/70/1", "date": "2015-09-25" },',
			'  { "symbol": "not a symbol" },',
			'  { "symbol": "A/RES/69/313", "date": "27 July 2015" },',
			'  "A/RES/70/125",',
			'  { "title": "no symbol" },',
			'  { "symbol": "A/RES/70/299", "organ": "UNESCO", "date": "2016-02-30" }',
			']',
		].join('\n');
		const { entries, problems } = readCatalogueFile(text, JSON_URI);
		assert.deepEqual(entries.map(entry => entry.symbol), ['A/RES/70/1', 'A/RES/69/313', 'A/RES/70/299']);
		assert.deepEqual(problems.map(problem => problem.line), [3, 4, 5, 6, 7, 7]);
		assert.match(problems[0].message, /"not a symbol" is not a UN document symbol/);
		assert.match(problems[1].message, /"27 July 2015" is not a date/);
		assert.match(problems[2].message, /must be an object/);
		assert.match(problems[3].message, /no "symbol"/);
		assert.match(problems[4].message, /"2016-02-30" is not a date/);
		assert.match(problems[5].message, /"UNESCO" is not an organ/);
	});

	it('reports a file that is not JSON with the line of the error, and one of the wrong shape', () => {
		const broken = readCatalogueFile('[\n  { "symbol": "A/1/2" },\n  { "symbol": }\n]', JSON_URI);
		assert.deepEqual(broken.entries, []);
		assert.equal(broken.problems.length, 1);
		assert.equal(broken.problems[0].line, 3);
		assert.match(broken.problems[0].message, /not valid JSON/);
		const brokenAt = (text: string) => readCatalogueFile(text, JSON_URI).problems[0]?.line;
		assert.equal(brokenAt('[\n  { "symbol": "A/1/2" },\n]'), 3, 'a trailing comma');
		assert.equal(brokenAt('[\n  { "symbol": "A/1/2" }\n  { "symbol": "A/1/3" }\n]'), 3, 'a missing comma');
		assert.equal(brokenAt('[\n\n  { "symbol": "A/1/2 }\n]'), 3, 'an unterminated string');
		assert.equal(brokenAt('{\n  "entries": [\n    { symbol: "A/1/2" }\n  ]\n}'), 3, 'an unquoted key');
		assert.equal(brokenAt('[1, 2]\n\n[3]'), 3, 'a second value');
		const shape = readCatalogueFile('{ "rows": [] }', JSON_URI);
		assert.match(shape.problems[0].message, /"entries" array/);
	});

	it('never throws, whatever it is given', () => {
		for (const text of ['', 'null', '42', '"x"', '[null, 1, []]', '{"entries": {}}', '\u0000', '[' .repeat(5000)]) {
			const result = readCatalogueFile(text, JSON_URI, 'json');
			assert.ok(Array.isArray(result.entries) && Array.isArray(result.problems));
		}
		assert.equal(readCatalogueFile(undefined as unknown as string, JSON_URI).problems.length, 1);
	});
});

describe('CSV catalogue files', () => {
	it('reads the columns by name, with quoted commas, doubled quotes and line breaks', () => {
		const text = [
			'Symbol,Title,Date,Organ,title_zh',
			'A/RES/70/1,"Transforming our world: the 2030 Agenda, and more",2015-09-25,GA,变革我们的世界',
			'"S/RES/2334 (2016)","The ""situation""',
			'in the Middle East",20161223,Security Council,',
			'',
			'A/RES/69/313,,,,',
		].join('\r\n');
		const { entries, problems } = readCatalogueFile(text, CSV_URI);
		assert.deepEqual(problems, []);
		assert.equal(entries.length, 3);
		assert.equal(entries[0].titles?.en, 'Transforming our world: the 2030 Agenda, and more');
		assert.equal(entries[0].titles?.zh, '变革我们的世界');
		assert.equal(entries[1].titles?.en, 'The "situation"\nin the Middle East');
		assert.equal(entries[1].date, '2016-12-23');
		assert.equal(entries[1].organ, 'SC');
		assert.deepEqual(entries.map(entry => entry.source.line), [2, 3, 6]);
	});

	it('understands the MARC field names of a UN Digital Library export', () => {
		const { entries } = readCatalogueFile('191__a,245__a,269__a\nA/RES/70/1,Transforming our world,2015-09-25\n', CSV_URI);
		assert.equal(entries[0].symbol, 'A/RES/70/1');
		assert.equal(entries[0].date, '2015-09-25');
	});

	it('reports a header without a symbol column and malformed rows by line', () => {
		assert.match(readCatalogueFile('title,date\nx,2015-01-01\n', CSV_URI).problems[0].message, /"symbol"/);
		const { entries, problems } = readCatalogueFile('symbol,date\nA/RES/70/1,2015-09-25\nHIV/AIDS,2015-09-25\nA/RES/70/2,yesterday\n', CSV_URI);
		assert.equal(entries.length, 2);
		assert.deepEqual(problems.map(problem => problem.line), [3, 4]);
	});

	it('tells the formats apart by extension, then by content', () => {
		assert.equal(formatOf('file:///a/catalogue.json'), 'json');
		assert.equal(formatOf('file:///a/export.CSV'), 'csv');
		assert.equal(formatOf('file:///a/list', '[{"symbol":"A/1/2"}]'), 'json');
		assert.equal(formatOf('file:///a/list', 'symbol,title'), 'csv');
	});
});
