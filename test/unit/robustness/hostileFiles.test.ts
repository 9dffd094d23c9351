import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { DidOpenTextDocumentNotification, DocumentDiagnosticRequest, type DocumentDiagnosticReport } from 'vscode-languageserver/node';
import { readCatalogueFile } from '../../../server/src/languageService/catalogue/catalogueFile';
import { checkCodeActions } from '../../robustness/codeActionChecks';
import { analyse, exerciseFeatures } from '../../robustness/featureChecks';
import { hostileTexts, twentyMegabyteDraft } from '../../robustness/hostileTexts';
import { Random } from '../../robustness/random';
import { DEFAULT_MAX_PROBLEMS } from '../../../server/src/languageService/diagnostics';
import { startLspSession } from '../../support/lspServer';
import { cliBundle, serverBundle } from '../../support/paths';

/**
 * No hostile text may take longer than this to analyse with every feature, in processor time: slower is a hang to
 * the drafter. The largest texts here are 400 KB, ten times a long resolution, so the bound is generous; it catches
 * quadratic work, which took the 10,000-footnote preview alone to 12 s.
 */
const PER_TEXT_BUDGET_MS = 10_000;

describe('hostile and odd drafts in the language service', () => {
	for (const { name, text } of hostileTexts()) {
		it(`${name}: read, every feature answers, fixes apply, within ${PER_TEXT_BUDGET_MS / 1000} s`, () => {
			const started = process.cpuUsage();
			const analysed = analyse(text);
			exerciseFeatures(analysed, new Random(text.length));
			// Checking a fix re-parses the fixed text; on the largest texts that check, not the fix, would dominate.
			if (text.length < 100_000) {
				checkCodeActions(analysed);
			}
			const used = process.cpuUsage(started);
			const ms = (used.user + used.system) / 1000;
			assert.ok(ms < PER_TEXT_BUDGET_MS, `${name} took ${ms.toFixed(0)} ms of processor time`);
		});
	}
});

describe('hostile files on the command line', { skip: fs.existsSync(cliBundle) ? false : 'the CLI is not built' }, () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'un-resolution-hostile-'));
	after(() => fs.rmSync(dir, { recursive: true, force: true }));
	const file = (name: string, content: string | Buffer) => {
		const full = path.join(dir, name);
		fs.writeFileSync(full, content);
		return full;
	};
	const lint = (...args: string[]) => spawnSync(process.execPath, [cliBundle, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

	const unreadable: Array<[string, () => string, RegExp]> = [
		['a binary file', () => file('binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe])), /looks binary/],
		['a file in Windows-1252', () => file('latin1.txt', Buffer.from('The General Assembly,\n\n1. D\xe9cide.\n', 'latin1')), /is not UTF-8/],
		['a directory', () => dir, /is a directory/],
		['a missing file', () => path.join(dir, 'missing.txt'), /no such file/],
	];
	for (const [what, make, reason] of unreadable) {
		it(`${what}: exit status 2 and the reason`, () => {
			const target = make();
			const result = lint(target);
			assert.equal(result.status, 2, result.stderr);
			assert.match(result.stderr, new RegExp(`cannot read '${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}': ${reason.source}`));
		});
	}

	it('an empty file, a BOM and lone surrogates are read and checked', () => {
		const files = [file('empty.txt', ''), file('bom.txt', '\ufeffThe General Assembly,\r\n\r\n1. Decides.\r\n'), file('lone.txt', 'The General Assembly,\n\n1. Decides \ud800.\n')];
		const result = lint('--format', 'json', ...files);
		assert.ok(result.status === 0 || result.status === 1, result.stderr);
		assert.equal(JSON.parse(result.stdout).length, 3);
	});

	it('a 20 MB draft with a problem in every paragraph is checked, and --max-problems bounds the report', () => {
		const result = lint('--format', 'json', '--max-problems', '1000', file('twenty.txt', twentyMegabyteDraft()));
		assert.equal(result.status, 1, `exit ${result.status}: ${result.stderr}`);
		const [report] = JSON.parse(result.stdout);
		assert.equal(report.diagnostics.length, 1000);
		assert.ok(report.diagnostics.every((diagnostic: { severity: string }) => diagnostic.severity === 'error'));
		assert.ok(report.omitted > 300_000, `only ${report.omitted} problems left out`);
	});
});

describe('a hostile draft in the language server', { skip: fs.existsSync(serverBundle) ? false : 'the server is not built' }, () => {
	it('the 20 MB draft: no more than unResolution.maxProblems diagnostics are sent, and a notice of the rest', async () => {
		const session = await startLspSession({ textDocument: { diagnostic: {} } }, null);
		try {
			const uri = 'file:///drafts/twenty.resolution.txt';
			await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
				textDocument: { uri, languageId: 'un-resolution', version: 1, text: twentyMegabyteDraft() },
			});
			const report = await session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }) as DocumentDiagnosticReport;
			const items = report.kind === 'full' ? report.items : [];
			assert.equal(items.length, DEFAULT_MAX_PROBLEMS + 1, `server stderr:\n${session.stderr()}`);
			const omitted = /^(\d+) more findings were not shown/.exec(items[DEFAULT_MAX_PROBLEMS].message);
			assert.ok(omitted && Number(omitted[1]) > 300_000, items[DEFAULT_MAX_PROBLEMS].message);
		} finally {
			await session.close();
		}
	});
});

describe('hostile catalogue files', () => {
	it('malformed JSON is reported with its line and yields no entries', () => {
		const file = readCatalogueFile('[\n{ "symbol": "A/RES/70/1" },\n{ "symbol": \n', 'file:///broken.json');
		assert.equal(file.entries.length, 0);
		assert.match(file.problems[0].message, /not valid JSON/);
	});

	it('a file that is not UTF-8 degrades to reported rows, never an exception', () => {
		const text = Buffer.from('symbol,title\nA/RES/70/1,R\xe9solution\n\xff\xfe,\x80\n', 'latin1').toString('utf8');
		const file = readCatalogueFile(text, 'file:///latin1.csv');
		assert.equal(file.entries.length, 1);
		assert.equal(file.problems.length, 1);
	});

	it('rows are data: keys such as __proto__ and code in values change nothing', () => {
		const text = '[{ "symbol": "A/RES/70/1", "__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } }, '
			+ '"title": "${process.exit(1)} `rm -rf /` <script>alert(1)</script>" }]';
		const file = readCatalogueFile(text, 'file:///catalogue.json');
		assert.equal(({} as Record<string, unknown>).polluted, undefined);
		assert.equal(file.entries[0].titles?.en, '${process.exit(1)} `rm -rf /` <script>alert(1)</script>');
	});
});
