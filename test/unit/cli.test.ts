import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { chineseExample, cliBundle, englishExample, repoRoot } from '../support/paths';

/** Runs the bundled CLI (built by `npm run build`, which `npm test` runs first) and captures its output. */
function lint(...args: string[]): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(process.execPath, [cliBundle, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 30_000 });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('resolution-lint CLI', () => {
	test('prints a text outline of the bundled example', () => {
		const { status, stdout, stderr } = lint('--outline', englishExample);
		assert.equal(stderr, '');
		assert.equal(status, 0);
		assert.ok(stdout.trim().length > 0, 'the outline is empty');
	});

	test('prints one JSON object for one file', () => {
		const { status, stdout } = lint('--outline', '--format', 'json', englishExample);
		assert.equal(status, 0);
		const outline = JSON.parse(stdout);
		assert.equal(typeof outline, 'object');
		assert.ok(!Array.isArray(outline));
		assert.equal(outline.file, englishExample);
	});

	test('prints a JSON array for several files, in argument order', () => {
		const { status, stdout } = lint('--outline', '--format=json', englishExample, chineseExample);
		assert.equal(status, 0);
		const outlines = JSON.parse(stdout);
		assert.ok(Array.isArray(outlines));
		assert.deepEqual(outlines.map((outline: { file: string }) => outline.file), [englishExample, chineseExample]);
	});

	test('checks a file without --outline and exits 0', () => {
		const { status, stderr } = lint(englishExample);
		assert.equal(stderr, '');
		assert.equal(status, 0);
	});

	test('exits 2 with a clear message for a missing file', () => {
		const { status, stderr } = lint('--outline', 'no-such-draft.txt');
		assert.equal(status, 2);
		assert.match(stderr, /^resolution-lint: cannot read 'no-such-draft\.txt': no such file$/m);
	});

	test('still reports the readable files when one is missing', () => {
		const { status, stdout } = lint('--outline', '--format', 'json', 'no-such-draft.txt', englishExample);
		assert.equal(status, 2);
		assert.equal(JSON.parse(stdout).length, 1);
	});

	test('exits 2 for a directory', () => {
		const { status, stderr } = lint('--outline', 'examples');
		assert.equal(status, 2);
		assert.match(stderr, /cannot read 'examples': is a directory/);
	});

	test('exits 2 for a binary file', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resolution-lint-'));
		const file = path.join(dir, 'scan.pdf.txt');
		fs.writeFileSync(file, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
		try {
			const { status, stderr } = lint(file);
			assert.equal(status, 2);
			assert.match(stderr, /looks binary/);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});

	test('exits 2 for an unknown option', () => {
		const { status, stderr, stdout } = lint('--frobnicate', englishExample);
		assert.equal(status, 2);
		assert.equal(stdout, '');
		assert.match(stderr, /unknown option '--frobnicate'/);
	});

	test('exits 2 for an invalid format', () => {
		const { status, stderr } = lint('--outline', '--format', 'xml', englishExample);
		assert.equal(status, 2);
		assert.match(stderr, /invalid value 'xml' for --format/);
	});

	test('--help and --version', () => {
		const help = lint('--help');
		assert.equal(help.status, 0);
		assert.match(help.stdout, /^Usage: resolution-lint/);
		const version = lint('--version');
		assert.equal(version.status, 0);
		const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
		assert.equal(version.stdout.trim(), `resolution-lint ${manifest.version}`);
	});
});
