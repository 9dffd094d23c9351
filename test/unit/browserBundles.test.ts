import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import type { Metafile } from 'esbuild';
import { repoRoot } from '../support/paths';

const metafile = JSON.parse(fs.readFileSync(path.join(repoRoot, 'dist', 'meta.browser.json'), 'utf8')) as Metafile;
const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { main: string; browser?: string };

const CLIENT = 'dist/client/browser.js';
const SERVER = 'dist/server/browser.js';
const NODE_BUILTINS = new Set(builtinModules);

/** Modules written for Node: the Node entries and CLI of this repository, and the Node halves of the LSP libraries. */
const NODE_ONLY_INPUTS = [/^server\/src\/(?:node|cli)\//, /^client\/src\/extension\.ts$/, /node_modules\/vscode-[a-z-]+\/lib\/node\//];

function output(name: string): Metafile['outputs'][string] {
	const found = metafile.outputs[name];
	assert.ok(found, `${name} is not among the outputs of dist/meta.browser.json: ${Object.keys(metafile.outputs).join(', ')}`);
	return found;
}

/**
 * The web extension's bundles, as esbuild's metafile of the browser build describes them (dist/meta.browser.json,
 * written by `npm run build`). A Node built-in in either would break the extension in vscode.dev, where there is no
 * Node, while every test in Node still passed; so the bundles' imports and inputs are checked here.
 */
describe('web bundles', () => {
	test('the manifest names the web client beside the unchanged Node client', () => {
		assert.equal(manifest.browser, `./${CLIENT}`);
		assert.equal(manifest.main, './dist/client/extension.js');
		assert.equal(output(CLIENT).entryPoint, 'client/src/browser/extension.ts');
		assert.equal(output(SERVER).entryPoint, 'server/src/browser/main.ts');
	});

	test('the client imports nothing at run time but the vscode module, and the worker nothing at all', () => {
		const runtimeImports = (name: string) => [...new Set(output(name).imports.filter(entry => entry.external).map(entry => entry.path))];
		assert.deepEqual(runtimeImports(CLIENT), ['vscode']);
		assert.deepEqual(runtimeImports(SERVER), []);
	});

	test('no Node built-in and no module written for Node went into either bundle', () => {
		for (const name of [CLIENT, SERVER]) {
			const builtins = output(name).imports.map(entry => entry.path).filter(specifier => specifier.startsWith('node:') || NODE_BUILTINS.has(specifier));
			assert.deepEqual(builtins, [], `${name} imports Node built-ins`);
			const inputs = Object.keys(output(name).inputs);
			assert.deepEqual(inputs.filter(input => NODE_ONLY_INPUTS.some(pattern => pattern.test(input))), [], `${name} bundles Node modules`);
		}
		const serverInputs = Object.keys(output(SERVER).inputs);
		assert.ok(serverInputs.includes('node_modules/vscode-languageserver/lib/browser/main.js'), 'the worker uses the browser connection');
		assert.ok(Object.keys(output(CLIENT).inputs).includes('node_modules/vscode-languageclient/lib/browser/main.js'), 'the client uses the browser client');
	});

	test('the worker is a classic script, as `new Worker(url)` loads it, and the client a CommonJS module', () => {
		const worker = fs.readFileSync(path.join(repoRoot, SERVER), 'utf8');
		assert.match(worker, /^(?:"use strict";\s*)?\(\(\)\s*=>\s*\{/, 'the worker bundle is one immediately invoked function');
		assert.doesNotMatch(worker, /\brequire\(/, 'the worker bundle requires nothing');
		assert.match(fs.readFileSync(path.join(repoRoot, CLIENT), 'utf8'), /\bmodule\.exports\s*=/);
	});
});
