import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Connection, InitializeParams } from 'vscode-languageserver';
import type { ConfigFile, ILintConfigFiles } from '../../../server/src/lint/configFiles';
import { LintSettings } from '../../../server/src/lint/lintSettings';
import { findConfigFile, loadConfigFile, nodeLintConfigFiles } from '../../../server/src/node/lintConfigFiles';

/** A connection that answers `workspace/configuration` with `settings` and records what the server says. */
function fakeConnection(settings: () => unknown) {
	const said: string[] = [];
	let asked = 0;
	const connection = {
		workspace: { getConfiguration: async () => { asked++; return settings(); } },
		console: { warn: (message: string) => said.push(`log: ${message}`), error: (message: string) => said.push(`error: ${message}`) },
		sendNotification: async (_type: unknown, params: { message: string }) => said.push(`shown: ${params.message}`),
	} as unknown as Connection;
	return { connection, said, asked: () => asked };
}

const withConfiguration = { capabilities: { workspace: { configuration: true } }, workspaceFolders: null } as unknown as InitializeParams;
const file = (config: ConfigFile['config'], errors: string[] = []): ILintConfigFiles => ({ find: () => ({ path: '/w/.resolutionlintrc.json', config, errors }) });

describe('LintSettings: the workspace file under the editor settings', () => {
	test('settings override the file code by code', async () => {
		const { connection } = fakeConnection(() => ({ rules: { 'punctuation.final': 'error' } }));
		const settings = new LintSettings({
			connection, initializeParams: () => withConfiguration,
			configFiles: file({ rules: { 'punctuation.final': 'off', 'verb.unknown': 'off' } }),
		});
		assert.deepEqual(await settings.get('file:///w/a.txt'), { rules: { 'punctuation.final': 'error', 'verb.unknown': 'off' } });
	});

	test('without the configuration capability, or without a file reader, each source stands alone', async () => {
		const { connection, asked } = fakeConnection(() => ({ rules: { 'verb.unknown': 'error' } }));
		const fileOnly = new LintSettings({ connection, initializeParams: () => undefined, configFiles: file({ rules: { 'verb.unknown': 'off' } }) });
		assert.deepEqual(await fileOnly.get('file:///w/a.txt'), { rules: { 'verb.unknown': 'off' } });
		assert.equal(asked(), 0);
		const settingsOnly = new LintSettings({ connection, initializeParams: () => withConfiguration });
		assert.deepEqual(await settingsOnly.get('file:///w/a.txt'), { rules: { 'verb.unknown': 'error' } });
	});

	test('asks once per document until invalidated', async () => {
		const { connection, asked } = fakeConnection(() => ({}));
		const settings = new LintSettings({ connection, initializeParams: () => withConfiguration });
		await settings.get('file:///w/a.txt');
		await settings.get('file:///w/a.txt');
		assert.equal(asked(), 1);
		settings.invalidate();
		await settings.get('file:///w/a.txt');
		assert.equal(asked(), 2);
	});

	test('applies the valid part of a bad configuration and says once what is wrong', async () => {
		const { connection, said } = fakeConnection(() => ({ rules: { 'verb.unknown': 'loud', 'punctuation.final': 'hint' } }));
		const settings = new LintSettings({
			connection, initializeParams: () => withConfiguration,
			configFiles: file({ rules: { 'footnote.order': 'error' } }, ['unknown rule code "footnote.orders"']),
		});
		assert.deepEqual(await settings.get('file:///w/a.txt'), { rules: { 'footnote.order': 'error', 'punctuation.final': 'hint' } });
		await settings.get('file:///w/b.txt');
		const shown = said.filter(line => line.startsWith('shown: '));
		assert.deepEqual(shown, [
			'shown: UN Resolution: ignoring part of the configuration in /w/.resolutionlintrc.json: unknown rule code "footnote.orders"',
			'shown: UN Resolution: ignoring part of the configuration in setting unResolution.rules: rule "verb.unknown": "loud" is not one of error, warning, information, hint, off',
		]);
	});

	test('a client that fails to answer leaves the file configuration in force', async () => {
		const { connection, said } = fakeConnection(() => Promise.reject(new Error('no such method')));
		const settings = new LintSettings({ connection, initializeParams: () => withConfiguration, configFiles: file({ rules: { 'verb.unknown': 'off' } }) });
		assert.deepEqual(await settings.get('file:///w/a.txt'), { rules: { 'verb.unknown': 'off' } });
		assert.match(said.join('\n'), /error: Could not read the unResolution settings: Error: no such method/);
	});
});

describe('.resolutionlintrc.json on disk', () => {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'resolution-lintrc-'));
	const nested = path.join(root, 'drafts', 'second committee');
	fs.mkdirSync(nested, { recursive: true });
	const rc = path.join(root, '.resolutionlintrc.json');
	fs.writeFileSync(rc, '\uFEFF{ "rules": { "verb.unknown": "off" } }');
	after(() => fs.rmSync(root, { recursive: true, force: true }));

	test('is found in the document folder or the nearest one above', () => {
		assert.equal(findConfigFile(nested), rc);
		const found = nodeLintConfigFiles.find(pathToFileURL(path.join(nested, 'draft.txt')).toString(), []);
		assert.deepEqual(found, { path: rc, config: { rules: { 'verb.unknown': 'off' } }, errors: [] });
	});

	test('an unsaved draft takes the file of the workspace folder; other schemes find none', () => {
		assert.equal(nodeLintConfigFiles.find('untitled:Untitled-1', [pathToFileURL(root).toString()])?.path, rc);
		assert.equal(nodeLintConfigFiles.find('untitled:Untitled-1', []), undefined);
		assert.equal(nodeLintConfigFiles.find('vscode-vfs://github/un/drafts/a.txt', ['vscode-vfs://github/un/drafts']), undefined);
	});

	test('a file that is not JSON, or is missing, yields no rules and says why', () => {
		const bad = path.join(nested, '.resolutionlintrc.json');
		fs.writeFileSync(bad, '{ rules: ');
		try {
			const loaded = loadConfigFile(bad);
			assert.deepEqual(loaded.config, { rules: {} });
			assert.match(loaded.errors[0], /^not valid JSON: /);
		} finally {
			fs.rmSync(bad);
		}
		assert.deepEqual(loadConfigFile(path.join(root, 'none.json')).errors, ['cannot read the configuration file: no such file']);
	});
});
