import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getSemanticTokens, parseResolution } from '../../../server/src/languageService';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readCatalogueFile } from '../../../server/src/languageService/catalogue/catalogueFile';
import { computeDiagnostics } from '../../../server/src/languageService/diagnostics';
import { renderPreview } from '../../../server/src/languageService/features/preview/render';
import { hostileTexts } from '../../robustness/hostileTexts';
import { applyFix } from '../../support/findings';
import { cliBundle } from '../../support/paths';

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

	it('the semantic tokens of a draft with 10,000 footnotes are computed in well under a second', () => {
		// Each footnote text filtered every token of the draft for the citations inside it: 6 s, on every keystroke.
		const { text } = hostileTexts().find(hostile => hostile.name === '10,000 footnotes')!;
		const resolution = parseResolution(text);
		const started = process.cpuUsage();
		const tokens = getSemanticTokens(resolution, TextDocument.create('file:///notes.txt', 'un-resolution', 1, text));
		const used = process.cpuUsage(started);
		assert.ok(tokens.data.length > 5 * 20_000);
		assert.ok((used.user + used.system) / 1000 < 3000, `the tokens took ${(used.user + used.system) / 1000} ms of processor time`);
	});

	it('the CLI refuses a file that is not UTF-8 with exit status 2 and the reason', { skip: fs.existsSync(cliBundle) ? false : 'the CLI is not built' }, () => {
		// A Windows-1252 draft was checked with "é" turned into U+FFFD, reporting problems in words never written.
		const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'un-resolution-latin1-')), 'draft.txt');
		fs.writeFileSync(file, Buffer.from('The General Assembly,\n\n1. D\xe9cide.\n', 'latin1'));
		const result = spawnSync(process.execPath, [cliBundle, file], { encoding: 'utf8' });
		fs.rmSync(path.dirname(file), { recursive: true });
		assert.equal(result.status, 2);
		assert.match(result.stderr, /is not UTF-8 text/);
	});
});
