import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { expandGlob, isGlob } from '../../../server/src/cli/glob';

describe('glob patterns of the CLI', () => {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'resolution-glob-'));
	for (const file of [
		'a.txt', 'b.txt', 'b.md', 'ab.txt', '.hidden.txt', 'second/c.txt', 'second/deep/d.txt', 'second/deep/e.md',
		'.git/f.txt', 'node_modules/pkg/g.txt', 'with space/h.txt',
	]) {
		fs.mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
		fs.writeFileSync(path.join(root, file), 'x');
	}
	after(() => fs.rmSync(root, { recursive: true, force: true }));
	const glob = (pattern: string) => expandGlob(pattern, root);

	test('tells patterns from file names', () => {
		assert.ok(isGlob('drafts/*.txt'));
		assert.ok(isGlob('draft-?.txt'));
		assert.ok(!isGlob('drafts/a.txt'));
	});

	test('* and ? match within one segment, and not names that start with a dot', () => {
		assert.deepEqual(glob('*.txt'), ['a.txt', 'ab.txt', 'b.txt']);
		assert.deepEqual(glob('?.txt'), ['a.txt', 'b.txt']);
		assert.deepEqual(glob('.*.txt'), ['.hidden.txt']);
		assert.deepEqual(glob('*/*.txt'), ['second/c.txt', 'with space/h.txt']);
	});

	test('** matches any depth, including none, and skips hidden folders and node_modules', () => {
		assert.deepEqual(glob('**/*.txt'), ['a.txt', 'ab.txt', 'b.txt', 'second/c.txt', 'second/deep/d.txt', 'with space/h.txt']);
		assert.deepEqual(glob('second/**'), ['second/c.txt', 'second/deep/d.txt', 'second/deep/e.md']);
		assert.deepEqual(glob('second/**/*.md'), ['second/deep/e.md']);
		assert.deepEqual(glob('node_modules/*/*.txt'), ['node_modules/pkg/g.txt']);
	});

	test('keeps an absolute pattern absolute, and matches nothing in a folder that does not exist', () => {
		const absolute = `${root.split(path.sep).join('/')}/second/*.txt`;
		assert.deepEqual(expandGlob(absolute).map(file => path.resolve(file)), [path.join(root, 'second', 'c.txt')]);
		assert.deepEqual(glob('missing/*.txt'), []);
	});
});
