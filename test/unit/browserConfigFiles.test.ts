import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { configFileCandidates, workspaceConfigFiles } from '../../server/src/browser/clientConfigFiles';

const RC = '.resolutionlintrc.json';

/** Where the browser server looks for `.resolutionlintrc.json`, and what it makes of what it finds there. */
describe('configuration files through the web client', () => {
	test('a draft in a workspace folder climbs from its folder to the workspace folder, and no further', () => {
		assert.deepEqual(configFileCandidates('vscode-vfs://github/un/drafts/ga/2026/draft.txt', ['vscode-vfs://github/un/drafts/']), [
			`vscode-vfs://github/un/drafts/ga/2026/${RC}`,
			`vscode-vfs://github/un/drafts/ga/${RC}`,
			`vscode-vfs://github/un/drafts/${RC}`,
		]);
	});

	test('the innermost of nested workspace folders is where the climb stops', () => {
		const candidates = configFileCandidates('file:///w/inner/draft.txt', ['file:///w', 'file:///w/inner']);
		assert.deepEqual(candidates, [`file:///w/inner/${RC}`]);
	});

	test('a draft outside every folder climbs to the root of its URI', () => {
		assert.deepEqual(configFileCandidates('file:///home/drafts/a.txt', []), [`file:///home/drafts/${RC}`, `file:///home/${RC}`, `file:///${RC}`]);
	});

	test('an unsaved draft takes the root of each workspace folder in turn', () => {
		assert.deepEqual(configFileCandidates('untitled:Untitled-1', ['vscode-vfs://github/a', 'vscode-vfs://github/b']),
			[`vscode-vfs://github/a/${RC}`, `vscode-vfs://github/b/${RC}`]);
		assert.deepEqual(configFileCandidates('untitled:Untitled-1', []), []);
	});

	test('the nearest readable file wins, and a file that is not JSON says so', async () => {
		const files: Record<string, string> = {
			[`memfs:///w/${RC}`]: '{ "rules": { "verb.unknown": "off" } }',
			[`memfs:///w/sub/${RC}`]: '{ "rules": ',
		};
		const asked: string[] = [];
		const configFiles = workspaceConfigFiles({
			findFiles: async () => [],
			readFile: async uri => {
				asked.push(uri);
				return files[uri];
			},
		});
		const nearest = await configFiles.find('memfs:///w/sub/deeper/draft.txt', ['memfs:///w']);
		assert.deepEqual(asked, [`memfs:///w/sub/deeper/${RC}`, `memfs:///w/sub/${RC}`]);
		assert.equal(nearest?.path, `memfs:///w/sub/${RC}`);
		assert.deepEqual(nearest?.config, { rules: {} });
		assert.match(nearest?.errors[0] ?? '', /^not valid JSON/);
		assert.deepEqual((await configFiles.find('memfs:///w/draft.txt', ['memfs:///w']))?.config, { rules: { 'verb.unknown': 'off' } });
	});
});
