import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import type { Metafile } from 'esbuild';
import { repoRoot } from '../support/paths';

const metafile = JSON.parse(fs.readFileSync(path.join(repoRoot, 'dist', 'meta.json'), 'utf8')) as Metafile;

const ENTRY = 'dist/client/extension.js';
const LANGUAGE_CLIENT = 'dist/client/languageClient.js';
/** The module that re-exports vscode to our modules (esbuild.mjs, oneVscodeCopy). */
const VSCODE_API = 'vscode-api:vscode';

function output(name: string): Metafile['outputs'][string] {
	const found = metafile.outputs[name];
	assert.ok(found, `${name} is not among the outputs of dist/meta.json: ${Object.keys(metafile.outputs).join(', ')}`);
	return found;
}

/**
 * The Node client in two bundles (dist/meta.json, written by `npm run build`): the entry VS Code loads to activate
 * the extension, and the language client library it loads afterwards. One value imported from the library by a
 * module of the entry would put the whole library back into it, and every test in VS Code would still pass.
 */
describe('Node client bundles', () => {
	test('the entry bundles no package, only our modules; it requires the vscode module and the language client bundle', () => {
		const entry = output(ENTRY);
		assert.equal(entry.entryPoint, 'client/src/extension.ts');
		assert.deepEqual(Object.keys(entry.inputs).filter(input => input.includes('node_modules/')), []);
		const runtimeImports = [...new Set(entry.imports.filter(entry => entry.external).map(entry => entry.path))].sort();
		assert.deepEqual(runtimeImports, ['./languageClient.js', 'vscode']);
	});

	test('the language client bundle sits beside the entry and holds the Node language client, without semver', () => {
		const languageClient = output(LANGUAGE_CLIENT);
		assert.equal(languageClient.entryPoint, 'client/src/languageClient.ts');
		assert.ok(Object.keys(languageClient.inputs).some(input => input.endsWith('node_modules/vscode-languageclient/lib/node/main.js')));
		// Its version check uses client/src/versionCheck.ts, not the semver package (esbuild.mjs).
		assert.deepEqual(Object.keys(languageClient.inputs).filter(input => input.includes('node_modules/semver/')), []);
		assert.ok(Object.keys(languageClient.inputs).includes('client/src/versionCheck.ts'));
	});

	test('the bundles share only constants and the vscode re-export, so that no state is kept twice by accident', () => {
		const entryInputs = new Set(Object.keys(output(ENTRY).inputs));
		const shared = Object.keys(output(LANGUAGE_CLIENT).inputs).filter(input => entryInputs.has(input));
		assert.deepEqual(shared.sort(), ['client/src/constants.ts', VSCODE_API]);
	});

	test('our modules import vscode through one module, so that each bundle makes one copy of its namespace', () => {
		for (const bundle of [ENTRY, LANGUAGE_CLIENT]) {
			const ours = Object.keys(output(bundle).inputs).filter(input => input.startsWith('client/src/'));
			const imports = ours.flatMap(input => metafile.inputs[input].imports.filter(entry => entry.original === 'vscode'));
			assert.ok(imports.length >= 3, `${bundle}: ${imports.length} imports of vscode`);
			assert.deepEqual(new Set(imports.map(entry => entry.path)), new Set([VSCODE_API]), bundle);
		}
	});
});
