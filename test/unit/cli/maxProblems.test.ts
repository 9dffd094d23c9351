import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { cliBundle } from '../../support/paths';
import { sarifProblems } from '../../support/sarif';

// A footnote marker in every paragraph and no footnote text: an error per paragraph, and warnings after the first.
const MARKED = 'The General Assembly,\n\n' + 'Recalling its resolution 70/1 on the 2030 Agenda,[^1]\n\n'.repeat(5);
const CLEAN = 'The General Assembly,\n\nNoting the report,\n\n1. Welcomes the report;\n\n2. Decides to continue.\n';

interface JsonReport {
	file: string;
	diagnostics: Array<{ line: number; severity: string; code: string }>;
	omitted?: number;
}

/** `resolution-lint --max-problems N`, run as a user runs it, in a folder of drafts. */
describe('resolution-lint --max-problems', () => {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'resolution-lint-max-'));
	fs.writeFileSync(path.join(root, 'marked.txt'), MARKED);
	fs.writeFileSync(path.join(root, 'clean.txt'), CLEAN);
	after(() => fs.rmSync(root, { recursive: true, force: true }));

	const lint = (...args: string[]) => {
		const result = spawnSync(process.execPath, [cliBundle, ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });
		return { status: result.status, stdout: result.stdout, stderr: result.stderr };
	};
	const json = (...args: string[]): JsonReport[] => JSON.parse(lint('--format', 'json', ...args).stdout);
	const all = json('marked.txt')[0].diagnostics;

	test('lists every problem without the option', () => {
		assert.ok(all.length > 7, `only ${all.length} problems`);
		assert.equal(all.filter(diagnostic => diagnostic.severity === 'error').length, 5);
		assert.equal('omitted' in json('marked.txt')[0], false);
	});

	test('text: the most severe problems in document order, then a line that says how many more there are', () => {
		const { status, stdout, stderr } = lint('--max-problems', '7', 'marked.txt', 'clean.txt');
		assert.equal(stderr, '');
		const lines = stdout.split('\n').filter(Boolean);
		assert.equal(lines.length, 8);
		assert.equal(lines[7], `marked.txt: ${all.length - 7} more problems not shown (--max-problems 7)`);
		const listed = lines.slice(0, 7).map(line => /^marked\.txt:(\d+):\d+ (\w+) /.exec(line));
		assert.ok(listed.every(Boolean), stdout);
		// Every error, and the two earliest warnings.
		assert.deepEqual(listed.map(match => match![2]).filter(severity => severity === 'error').length, 5);
		const kept = all.filter(diagnostic => diagnostic.severity === 'error')
			.concat(all.filter(diagnostic => diagnostic.severity === 'warning').slice(0, 2));
		assert.deepEqual(listed.map(match => Number(match![1])), kept.map(diagnostic => diagnostic.line).sort((a, b) => a - b));
		assert.equal(status, 1, 'the errors listed still fail the run');
	});

	test('json: the file reports how many it left out; a file within the limit is unchanged', () => {
		const [marked, clean] = json('--max-problems=3', 'marked.txt', 'clean.txt');
		assert.equal(marked.diagnostics.length, 3);
		assert.ok(marked.diagnostics.every(diagnostic => diagnostic.severity === 'error'));
		assert.equal(marked.omitted, all.length - 3);
		assert.deepEqual(clean, { file: 'clean.txt', diagnostics: [] });
	});

	test('sarif: the results within the limit, and a note of the run for the file cut short', () => {
		const { stdout } = lint('--format', 'sarif', '--max-problems', '2', 'marked.txt', 'clean.txt');
		const log = JSON.parse(stdout);
		assert.deepEqual(sarifProblems(log), []);
		const [run] = log.runs;
		assert.equal(run.results.length, 2);
		const notes = run.invocations[0].toolExecutionNotifications;
		assert.equal(notes.length, 1);
		assert.equal(notes[0].level, 'note');
		assert.equal(notes[0].message.text, `marked.txt: ${all.length - 2} more problems not shown (--max-problems 2)`);
		assert.equal(notes[0].locations[0].physicalLocation.artifactLocation.index, 0);
		assert.equal(run.invocations[0].executionSuccessful, true);
		assert.equal(JSON.parse(lint('--format', 'sarif', 'marked.txt').stdout).runs[0].invocations, undefined);
	});

	test('refuses a value that is not a whole number of at least 1', () => {
		for (const value of ['0', '-1', '2.5', 'many', '']) {
			const { status, stdout, stderr } = lint(`--max-problems=${value}`, 'marked.txt');
			assert.equal(status, 2, value);
			assert.equal(stdout, '');
			assert.match(stderr, /invalid value '.*' for --max-problems/, value);
		}
	});
});
