import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { helpText, parseArgs } from '../../server/src/cli/args';

describe('CLI argument parsing', () => {
	test('reads --outline, --format and files in any order', () => {
		assert.deepEqual(parseArgs(['a.txt', '--format', 'json', '--outline', 'b.txt']), {
			kind: 'run',
			options: { outline: true, format: 'json', files: ['a.txt', 'b.txt'] },
		});
	});

	test('accepts --format=value and -f value', () => {
		assert.deepEqual(parseArgs(['--format=json', 'a.txt']), {
			kind: 'run', options: { outline: false, format: 'json', files: ['a.txt'] },
		});
		assert.deepEqual(parseArgs(['-f', 'text', 'a.txt']), {
			kind: 'run', options: { outline: false, format: 'text', files: ['a.txt'] },
		});
	});

	test('treats everything after -- as files, and - as standard input', () => {
		assert.deepEqual(parseArgs(['--outline', '--', '--odd-name.txt', '-']), {
			kind: 'run', options: { outline: true, format: 'text', files: ['--odd-name.txt', '-'] },
		});
	});

	test('reads --config and --format sarif', () => {
		assert.deepEqual(parseArgs(['--format=sarif', '--config', 'ci/lint.json', 'drafts/**/*.txt']), {
			kind: 'run', options: { outline: false, format: 'sarif', config: 'ci/lint.json', files: ['drafts/**/*.txt'] },
		});
		assert.deepEqual(parseArgs(['-c', 'x.json', 'a.txt']), {
			kind: 'run', options: { outline: false, format: 'text', config: 'x.json', files: ['a.txt'] },
		});
	});

	test('reads --max-problems as a whole number of at least 1', () => {
		assert.deepEqual(parseArgs(['--max-problems', '1000', 'a.txt']), {
			kind: 'run', options: { outline: false, format: 'text', maxProblems: 1000, files: ['a.txt'] },
		});
		assert.deepEqual(parseArgs(['--max-problems=1', 'a.txt']), {
			kind: 'run', options: { outline: false, format: 'text', maxProblems: 1, files: ['a.txt'] },
		});
		for (const value of ['0', '-5', '1e3', '2.5', 'all', '99999999999999999999']) {
			const parsed = parseArgs([`--max-problems=${value}`, 'a.txt']);
			assert.deepEqual(parsed, { kind: 'error', message: `invalid value '${value}' for --max-problems (expected a whole number of at least 1)` });
		}
	});

	test('help and version win over everything else', () => {
		assert.deepEqual(parseArgs(['--outline', '--help']), { kind: 'help' });
		assert.deepEqual(parseArgs(['-v']), { kind: 'version' });
	});

	test('reports mistakes', () => {
		const errors: [string[], RegExp][] = [
			[['--nope', 'a.txt'], /unknown option '--nope'/],
			[['--outline'], /no input files/],
			[['--format'], /needs a value/],
			[['--format', 'yaml', 'a.txt'], /invalid value 'yaml'/],
			[['--outline=yes', 'a.txt'], /takes no value/],
			[['a.txt', '--config'], /needs a value/],
			[['--config=', 'a.txt'], /needs a file name/],
			[['--outline', '--format', 'sarif', 'a.txt'], /cannot be combined with --outline/],
		];
		for (const [argv, message] of errors) {
			const parsed = parseArgs(argv);
			assert.equal(parsed.kind, 'error', argv.join(' '));
			assert.match(parsed.kind === 'error' ? parsed.message : '', message);
		}
	});

	test('the help text lists every option', () => {
		const help = helpText('resolution-lint');
		for (const option of ['--outline', '--format', '--config', '--max-problems', 'sarif', '--help', '--version']) {
			assert.ok(help.includes(option), option);
		}
	});
});
