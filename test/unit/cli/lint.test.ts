import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { cliBundle } from '../../support/paths';
import { sarifProblems } from '../../support/sarif';

const GAP = 'The General Assembly,\n\nNoting the report,\n\n1. Welcomes the report;\n\n3. Decides to continue.\n';
const SEMICOLON = 'The General Assembly,\n\nNoting the report,\n\n1. Welcomes the report;\n\n2. Decides to continue;\n';
const CLEAN = 'The General Assembly,\n\nNoting the report,\n\n1. Welcomes the report;\n\n2. Decides to continue.\n';

/**
 * The checking side of `resolution-lint`, run as a user runs it (the bundle, in a folder of drafts): the three
 * formats, the exit statuses, patterns and configuration files.
 */
describe('resolution-lint: checking drafts', () => {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'resolution-lint-cli-'));
	const write = (file: string, text: string) => {
		fs.mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
		fs.writeFileSync(path.join(root, file), text);
	};
	write('gap.txt', GAP);
	write('semicolon.txt', SEMICOLON);
	write('committee/clean.txt', CLEAN);
	write('committee/relaxed/gap.txt', GAP);
	write('committee/relaxed/.resolutionlintrc.json', JSON.stringify({ rules: { 'numbering.operative': 'warning' } }));
	after(() => fs.rmSync(root, { recursive: true, force: true }));

	const lint = (args: string[], input?: string) => {
		const result = spawnSync(process.execPath, [cliBundle, ...args], { cwd: root, encoding: 'utf8', input, timeout: 30_000 });
		return { status: result.status, stdout: result.stdout, stderr: result.stderr };
	};

	test('text: one line per problem, file:line:col severity code message, and exit 1 for an error', () => {
		const { status, stdout, stderr } = lint(['gap.txt']);
		assert.equal(stderr, '');
		assert.equal(stdout, 'gap.txt:7:1 error numbering.operative Operative paragraph 3 follows 1: number 2 is missing.\n');
		assert.equal(status, 1);
	});

	test('exits 0 when there are only warnings, and prints nothing for a clean draft', () => {
		const warned = lint(['semicolon.txt']);
		assert.match(warned.stdout, /^semicolon\.txt:7:23 warning punctuation\.final /);
		assert.equal(warned.status, 0);
		assert.deepEqual(lint(['committee/clean.txt']), { status: 0, stdout: '', stderr: '' });
	});

	test('json: an array of files with 1-based positions, even for one file', () => {
		const { status, stdout } = lint(['--format', 'json', 'gap.txt']);
		assert.equal(status, 1);
		assert.deepEqual(JSON.parse(stdout), [{
			file: 'gap.txt',
			diagnostics: [{
				line: 7, column: 1, endLine: 7, endColumn: 2, severity: 'error', code: 'numbering.operative',
				message: 'Operative paragraph 3 follows 1: number 2 is missing.',
			}],
		}]);
	});

	test('sarif: a valid SARIF 2.1.0 log with every rule and a result per problem', () => {
		const { status, stdout } = lint(['--format=sarif', 'gap.txt', 'semicolon.txt', 'committee/clean.txt']);
		assert.equal(status, 1);
		const log = JSON.parse(stdout);
		assert.deepEqual(sarifProblems(log), []);
		const [run] = log.runs;
		assert.ok(run.tool.driver.rules.some((rule: { id: string }) => rule.id === 'footnote.undefined'));
		assert.deepEqual(run.results.map((result: { ruleId: string; level: string }) => [result.ruleId, result.level]),
			[['numbering.operative', 'error'], ['punctuation.final', 'warning']]);
		assert.deepEqual(run.results[0].locations[0].physicalLocation, {
			artifactLocation: { uri: 'gap.txt', uriBaseId: '%SRCROOT%', index: 0 },
			region: { startLine: 7, startColumn: 1, endLine: 7, endColumn: 2 },
		});
	});

	test('the SARIF check itself catches a broken log', () => {
		const broken = { version: '2.0.0', runs: [{ tool: { driver: {} }, results: [{ level: 'fatal', locations: [
			{ physicalLocation: { artifactLocation: { uri: 'a b.txt' }, region: { startLine: 0, startColumn: 1, endLine: 1, endColumn: 1 } } },
		] }] }] };
		assert.equal(sarifProblems(broken).length, 8);
	});

	test('expands patterns itself, and uses the configuration file nearest each draft', () => {
		const { status, stdout } = lint(['**/gap.txt']);
		assert.equal(stdout, [
			'committee/relaxed/gap.txt:7:1 warning numbering.operative Operative paragraph 3 follows 1: number 2 is missing.',
			'gap.txt:7:1 error numbering.operative Operative paragraph 3 follows 1: number 2 is missing.',
			'',
		].join('\n'));
		assert.equal(status, 1);
	});

	test('--config replaces the nearest configuration file', () => {
		write('off.json', JSON.stringify({ rules: { 'numbering.operative': 'off' } }));
		assert.deepEqual(lint(['--config', 'off.json', 'gap.txt', 'committee/relaxed/gap.txt']), { status: 0, stdout: '', stderr: '' });
	});

	test('exits 2 with a clear message, and no report, for a bad configuration', () => {
		write('broken.json', '{ "rules": { "numbering.operative": "loud" } }');
		const { status, stdout, stderr } = lint(['--config', 'broken.json', 'gap.txt']);
		assert.equal(status, 2);
		assert.equal(stdout, '');
		assert.equal(stderr, 'resolution-lint: invalid configuration \'broken.json\': rule "numbering.operative": "loud" is not one of error, warning, information, hint, off\n');
		write('committee/.resolutionlintrc.json', '{ "rules": ');
		const nearest = lint(['committee/clean.txt']);
		assert.equal(nearest.status, 2);
		assert.match(nearest.stderr, /invalid configuration '.*committee[/\\]\.resolutionlintrc\.json': not valid JSON/);
		fs.rmSync(path.join(root, 'committee', '.resolutionlintrc.json'));
		assert.match(lint(['--config', 'none.json', 'gap.txt']).stderr, /invalid configuration 'none\.json': cannot read the configuration file: no such file/);
	});

	test('exits 2 for a pattern that matches nothing, after checking the files that exist', () => {
		const { status, stdout, stderr } = lint(['drafts/*.txt', 'semicolon.txt']);
		assert.equal(status, 2);
		assert.equal(stderr, 'resolution-lint: no files match \'drafts/*.txt\'\n');
		assert.match(stdout, /^semicolon\.txt:/);
	});

	test('reads standard input as <stdin>', () => {
		const { status, stdout } = lint(['-'], GAP);
		assert.equal(status, 1);
		assert.match(stdout, /^<stdin>:7:1 error numbering\.operative /);
	});

	test('refuses sarif for an outline', () => {
		const { status, stderr } = lint(['--outline', '--format', 'sarif', 'gap.txt']);
		assert.equal(status, 2);
		assert.match(stderr, /--format sarif reports problems and cannot be combined with --outline/);
	});
});
