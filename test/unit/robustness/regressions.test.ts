import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseResolution } from '../../../server/src/languageService';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readCatalogueFile } from '../../../server/src/languageService/catalogue/catalogueFile';
import { computeDiagnostics } from '../../../server/src/languageService/diagnostics';
import { renderPreview } from '../../../server/src/languageService/features/preview/render';
import { hostileTexts } from '../../robustness/hostileTexts';
import { applyFix } from '../../support/findings';

/** Bugs the fuzzing and the edit storms found, each pinned by the smallest text that showed it. */
describe('robustness regressions', () => {
	it('removing negotiation brackets keeps a line break that follows the opening bracket', () => {
		// Fuzz seed 22250609, case 70: "[\r…]" lost its "\r", and "[\n]" lost its "\n", joining two lines.
		for (const inner of ['\n', '\r', '\r\n', '\nto act\n']) {
			const text = `The General Assembly,\n\n1. Decides [${inner}] today.\n`;
			const finding = computeDiagnostics(parseResolution(text)).find(diagnostic => diagnostic.code === 'draft.leftover');
			assert.ok(finding?.fixes?.length, `no fix for ${JSON.stringify(inner)}`);
			assert.equal(applyFix(text, finding.fixes[0]), `The General Assembly,\n\n1. Decides ${inner} today.\n`);
		}
	});

	it('a JSON catalogue of 20,000 rows is read in linear time, each row with its line', () => {
		// Each row's line was counted from the top of the file, so 2,000 rows took seconds and 100,000 would take hours.
		const rows = Array.from({ length: 20_000 }, (_, index) => JSON.stringify({ symbol: `A/RES/70/${index + 1}`, title: `Title ${index}` }));
		const started = process.cpuUsage();
		const file = readCatalogueFile(`[\n${rows.join(',\n')}\n]`, 'file:///catalogue.json');
		const used = process.cpuUsage(started);
		assert.equal(file.entries.length, 20_000);
		assert.equal(file.entries[19_999].source.line, 20_001);
		// Linear reading takes a fraction of a second; the quadratic one took minutes for this size.
		assert.ok((used.user + used.system) / 1000 < 5000, `reading took ${(used.user + used.system) / 1000} ms of processor time`);
	});

	it('the preview of a draft with 10,000 footnotes renders in well under a second', () => {
		// Every paragraph filtered all 20,000 markers and citations, so this preview took 12 s, on every keystroke.
		const { text } = hostileTexts().find(hostile => hostile.name === '10,000 footnotes')!;
		const resolution = parseResolution(text);
		const started = process.cpuUsage();
		const preview = renderPreview(resolution, TextDocument.create('file:///notes.txt', 'un-resolution', 1, text));
		const used = process.cpuUsage(started);
		assert.equal(preview.html.match(/class="footnote-ref"/g)?.length, resolution.operative.length);
		assert.ok((used.user + used.system) / 1000 < 3000, `the preview took ${(used.user + used.system) / 1000} ms of processor time`);
	});
});
