import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyTextEdits, buildOutline, formatResolution, parseResolution } from '../../../server/src/languageService';
import { corpusFiles, corpusSkip, readCorpusFile } from '../../support/corpus';
import { fixtureDrafts } from '../../support/fixtureFiles';

const format = (text: string) => applyTextEdits(text, formatResolution(parseResolution(text)));

describe('document formatting', () => {
	it('puts one space after numbers, labels and footnote numbers', () => {
		const text = 'The General Assembly,\n\nNoting,¹\n\n1.Encourages States:\n\n(a)   To share data;\n\n2.\tDecides.\n\n¹  A/80/1.\n';
		assert.equal(format(text), 'The General Assembly,\n\nNoting,¹\n\n1. Encourages States:\n\n(a) To share data;\n\n2. Decides.\n\n¹ A/80/1.\n');
	});

	it('separates paragraphs by exactly one blank line and keeps footnote and closing blocks together', () => {
		const text = '\n\nThe General Assembly,\nNoting the report,\n\n\n\n1. Welcomes;\n2. Decides.\n¹ A/80/1.\n² A/80/2.\n71st plenary meeting\n19 December 2026\n\n\n';
		assert.equal(format(text),
			'The General Assembly,\n\nNoting the report,\n\n1. Welcomes;\n\n2. Decides.\n\n¹ A/80/1.\n² A/80/2.\n\n71st plenary meeting\n19 December 2026\n');
	});

	it('formats Chinese and Arabic layouts and keeps CRLF line ends', () => {
		const chinese = '大会，\r\n回顾其决议，\r\n1.欢迎报告；\r\n㈠  开放数据；\r\n2. 决定继续审议。';
		assert.equal(format(chinese), '大会，\r\n\r\n回顾其决议，\r\n\r\n1. 欢迎报告；\r\n\r\n㈠ 开放数据；\r\n\r\n2. 决定继续审议。\r\n');
		const arabic = 'إن الجمعية العامة،\n\n1  -  ترحب بالتقرير؛\n\n2 - تقرر مواصلة النظر.\n';
		assert.equal(format(arabic), 'إن الجمعية العامة،\n\n1 - ترحب بالتقرير؛\n\n2 - تقرر مواصلة النظر.\n');
	});

	it('leaves Markdown emphasis and the heading layout alone', () => {
		const text = 'Eighty-first session\nAgenda item 7\n\nThe General Assembly,\n\n**1.** *Decides* to act.\n';
		assert.deepEqual(formatResolution(parseResolution(text)), []);
	});
});

/** Formatting must be idempotent, change only white space, and keep the structure the parser reads. */
function checkFormatting(name: string, text: string): void {
	const once = format(text);
	assert.equal(once.replace(/\s+/g, ''), text.replace(/\s+/g, ''), `${name}: a character other than white space changed`);
	assert.deepEqual(formatResolution(parseResolution(once)), [], `${name}: formatting twice changes the text again`);
	const before = buildOutline(parseResolution(text), name);
	const after = buildOutline(parseResolution(once), name);
	assert.deepEqual(after.counts, before.counts, `${name}: the structure changed`);
	assert.deepEqual(after.operative.map(paragraph => paragraph.verb), before.operative.map(paragraph => paragraph.verb));
}

describe('formatting every draft', () => {
	it('keeps every fixture and example intact and is idempotent', () => {
		const drafts = fixtureDrafts();
		assert.ok(drafts.length >= 2, 'the examples are missing');
		for (const { name, text } of drafts) {
			checkFormatting(name, text);
		}
	});

	it('keeps every official text of the corpus intact and is idempotent', { skip: corpusSkip }, () => {
		for (const file of corpusFiles()) {
			checkFormatting(file, readCorpusFile(file));
		}
	});
});
