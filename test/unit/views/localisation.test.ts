import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../../support/paths';

const readJson = (...parts: string[]) => JSON.parse(fs.readFileSync(path.join(repoRoot, ...parts), 'utf8')) as Record<string, unknown>;

/** Every `vscode.l10n.t('…')` message of the client, as written in the source. */
function runtimeMessages(): string[] {
	const messages = new Set<string>();
	const visit = (dir: string): void => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
			const file = path.join(dir, entry.name);
			if (entry.isDirectory()) {
				visit(file);
			} else if (file.endsWith('.ts')) {
				for (const match of fs.readFileSync(file, 'utf8').matchAll(/l10n\.t\('((?:[^'\\]|\\.)*)'/g)) {
					messages.add(match[1].replace(/\\(.)/g, '$1'));
				}
			}
		}
	};
	visit(path.join(repoRoot, 'client', 'src'));
	return [...messages].sort();
}

describe('interface languages: English and Chinese', () => {
	it('every %key% of the manifest has an English and a Chinese text', () => {
		const manifest = fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8');
		const keys = [...new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map(match => match[1]))];
		assert.ok(keys.length > 30);
		const english = readJson('package.nls.json');
		const chinese = readJson('package.nls.zh-cn.json');
		assert.deepEqual(keys.filter(key => typeof english[key] !== 'string'), [], 'missing from package.nls.json');
		assert.deepEqual(keys.filter(key => typeof chinese[key] !== 'string'), [], 'missing from package.nls.zh-cn.json');
		assert.deepEqual(Object.keys(chinese).filter(key => !(key in english)), [], 'in the Chinese file only');
	});

	it('every runtime message of the client has a Chinese translation with the same placeholders', () => {
		const bundle = readJson('l10n', 'bundle.l10n.zh-cn.json');
		const messages = runtimeMessages();
		assert.ok(messages.length > 30);
		assert.deepEqual(messages.filter(message => typeof bundle[message] !== 'string'), [], 'missing from l10n/bundle.l10n.zh-cn.json');
		const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map(match => match[0]).sort().join();
		for (const message of messages) {
			assert.equal(placeholders(bundle[message] as string), placeholders(message), message);
		}
	});
});
