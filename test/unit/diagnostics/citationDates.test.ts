import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyTextEdits, parseResolution } from '../../../server/src/languageService';
import { BUILT_IN_CATALOGUE } from '../../../server/src/languageService/catalogue/builtIn';
import { Catalogue, EntryMap } from '../../../server/src/languageService/catalogue/catalogue';
import { computeDiagnostics, DiagnosticCode, type LintDiagnostic } from '../../../server/src/languageService/diagnostics';
import { SourcePositions } from '../../../server/src/languageService/features/sourceEdits';
import { corpusFiles, corpusSkip, readCorpusFile } from '../../support/corpus';
import { fixture, slice } from '../../support/fixture';

function dateMismatches(text: string, catalogue?: Catalogue): LintDiagnostic[] {
	return computeDiagnostics(parseResolution(text), undefined, catalogue).filter(diagnostic => diagnostic.code === DiagnosticCode.CitationDateMismatch);
}

function fixed(text: string, diagnostic: LintDiagnostic): string {
	const fix = diagnostic.fixes![0];
	assert.equal(fix.fix, 'replace');
	const replace = fix as Extract<typeof fix, { fix: 'replace' }>;
	return applyTextEdits(text, [new SourcePositions(text).replace(replace.span, replace.text)]);
}

describe('citation.date-mismatch', () => {
	it('flags an English citation dated otherwise than the built-in list, and fixes the date', () => {
		const { text, ranges } = fixture('The General Assembly,\n\nRecalling its resolution 70/1 of ⟦25 September 2014⟧,\n\n1. Decides.\n');
		const [found] = dateMismatches(text);
		assert.deepEqual(found.span, ranges[0]);
		assert.equal(found.severity, 'warning');
		assert.equal(found.message, 'Resolution 70/1 is dated 25 September 2015, not 25 September 2014 (source: A/RES/75/202; A/RES/73/218).');
		assert.equal(slice(fixed(text, found), ranges[0]), '25 September 2015');
	});

	it('flags a Chinese citation in Chinese and keeps the spacing of its dates', () => {
		const spaced = '大会，\n\n重申其 2014 年 9 月 25 日第 70/1 号决议，\n\n1. 决定。\n';
		const [found] = dateMismatches(spaced);
		assert.equal(found.message, '第 70/1 号决议的日期是 2015 年 9 月 25 日，而不是 2014 年 9 月 25 日（来源：A/RES/75/202; A/RES/73/218）。');
		assert.match(fixed(spaced, found), /重申其 2015 年 9 月 25 日第 70\/1 号决议/);
		const tight = '大会，\n\n重申其2014年9月25日第70/1号决议，\n\n1. 决定。\n';
		assert.match(fixed(tight, dateMismatches(tight)[0]), /重申其2015年9月25日第70\/1号决议/);
	});

	it('keeps the line break of a date split across two lines, in Chinese with or without spaces and in English', () => {
		// The fix once wrote the date on one line, which joined the two lines of the paragraph.
		const spaced = '大会，\n\n重申其 2014 年 9 月\n25 日第 70/1 号决议，\n\n1. 决定。\n';
		assert.equal(fixed(spaced, dateMismatches(spaced)[0]), '大会，\n\n重申其 2015 年 9 月\n25 日第 70/1 号决议，\n\n1. 决定。\n');
		const tight = '大会，\r\n\r\n重申其2014年9月\r\n25日第70/1号决议，\r\n\r\n1. 决定。\r\n';
		assert.equal(fixed(tight, dateMismatches(tight)[0]), '大会，\r\n\r\n重申其2015年9月\r\n25日第70/1号决议，\r\n\r\n1. 决定。\r\n');
		const english = 'The General Assembly,\n\nRecalling its resolution 70/1 of 25\nSeptember 2014,\n\n1. Decides.\n';
		assert.equal(fixed(english, dateMismatches(english)[0]), 'The General Assembly,\n\nRecalling its resolution 70/1 of 25\nSeptember 2015,\n\n1. Decides.\n');
	});

	it('is silent on the right date, on undated citations and on resolutions no catalogue dates', () => {
		assert.deepEqual(dateMismatches('The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015 and resolution 70/1,\n\n1. Decides.\n'), []);
		assert.deepEqual(dateMismatches('The General Assembly,\n\nRecalling its resolution 81/999 of 1 January 2027,\n\n1. Decides.\n'), []);
	});

	it('uses the catalogue it is given, and never an online date', () => {
		const text = 'The General Assembly,\n\nRecalling its resolution 81/5 of 3 November 2026,\n\n1. Decides.\n';
		const file = new EntryMap([{ symbol: 'A/RES/81/5', date: '2026-11-04', source: { kind: 'file', label: 'catalogue.json:2' } }]);
		assert.equal(dateMismatches(text, new Catalogue(() => [file, BUILT_IN_CATALOGUE]))[0].message,
			'Resolution 81/5 is dated 4 November 2026, not 3 November 2026 (source: catalogue.json:2).');
		const online = new EntryMap([{ symbol: 'A/RES/81/5', date: '2026-11-20', source: { kind: 'online', label: 'UN Digital Library' } }]);
		assert.deepEqual(dateMismatches(text, new Catalogue(() => [online])), []);
	});

	it('warns in a French draft without offering an English date as the fix', () => {
		const [found] = dateMismatches("L'Assemblée générale,\n\nRappelant sa résolution 70/1 du 25 septembre 2014,\n\n1. Décide.\n");
		assert.match(found.message, /25 September 2015/);
		assert.equal(found.fixes, undefined);
	});

	it('finds in the official texts only the French slip in E/RES/2025/3, which dates 2020/15 "27 juillet 2020"', { skip: corpusSkip }, () => {
		const found = corpusFiles().flatMap(name => dateMismatches(readCorpusFile(name)).map(diagnostic => `${name}: ${diagnostic.message}`));
		assert.deepEqual(found, ['fr-e-res-2025-3.txt: Resolution 2020/15 is dated 17 July 2020, not 27 July 2020 (source: E/RES/2025/3).']);
	});
});
