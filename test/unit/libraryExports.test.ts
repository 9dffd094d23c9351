import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Metafile } from 'esbuild';
import { repoRoot } from '../support/paths';

interface LibraryExportsModule {
	dropExportHoists(code: string): string;
	rewriteLibraryModule(code: string): { code: string; droppedHoists: boolean };
	findCycle(metafile: Pick<Metafile, 'inputs'>, modules: Set<string>): string[] | undefined;
}

/** The build's plugin module, scripts/libraryExports.mjs, which is ESM and so is loaded with a dynamic import. */
function loadPlugin(): Promise<LibraryExportsModule> {
	return import(pathToFileURL(path.join(repoRoot, 'scripts', 'libraryExports.mjs')).href) as Promise<LibraryExportsModule>;
}

const library = (...parts: string[]) => path.join(repoRoot, 'node_modules', ...parts);

/** A CommonJS module's exports when its file holds `code`, its requires resolved from where the file is. */
function evaluate(file: string, code: string): Record<string, unknown> {
	const module = { exports: {} as Record<string, unknown> };
	new Function('exports', 'require', 'module', '__filename', '__dirname', code)(module.exports, createRequire(file), module, file, path.dirname(file));
	return module.exports;
}

/**
 * Each export by name with how its property is defined, the kind of its value, and the member names of the objects
 * among them.
 */
function shape(exports: Record<string, unknown>): [string, string, string, string[]][] {
	return Object.keys(exports).sort().map(name => {
		const { enumerable, configurable, writable, get, set } = Object.getOwnPropertyDescriptor(exports, name)!;
		const property = JSON.stringify({ enumerable, configurable, writable, get: typeof get, set: typeof set });
		const value = exports[name];
		return [name, property, typeof value, value !== null && typeof value === 'object' ? Object.keys(value).sort() : []];
	});
}

/** A metafile whose modules import each other as `edges` says. */
function graph(edges: Record<string, string[]>): Pick<Metafile, 'inputs'> {
	const inputs: Metafile['inputs'] = {};
	for (const [input, imports] of Object.entries(edges)) {
		inputs[input] = { bytes: 0, imports: imports.map(target => ({ path: target, kind: 'require-call' as const, original: target })) };
	}
	return { inputs };
}

/** The esbuild plugin that shortens TypeScript's export code in the LSP libraries (scripts/libraryExports.mjs). */
describe('export code of the LSP libraries', () => {
	test('a library module loses only its hoists and exports the same names, holding the same members', async () => {
		const { dropExportHoists } = await loadPlugin();
		const file = library('vscode-languageserver-protocol', 'lib', 'common', 'protocol.js');
		const code = fs.readFileSync(file, 'utf8');
		const lean = dropExportHoists(code);
		assert.ok(lean.length < code.length, `${file} has hoists`);
		assert.doesNotMatch(lean, /^exports\.\w+ = (?:exports\.\w+ = )*void 0;$/m);
		const removed = code.split('\n').filter(line => !lean.split('\n').includes(line));
		assert.ok(removed.every(line => /^exports\.\w+ = (?:exports\.\w+ = )*void 0;\r?$/.test(line)), 'nothing but hoists is removed');
	});

	test('rewritten modules define the same exports as before, re-exported getters included', async () => {
		const { rewriteLibraryModule } = await loadPlugin();
		const libraries = ['vscode-jsonrpc', 'vscode-languageserver-protocol', 'vscode-languageserver'];
		const files = libraries.flatMap(name => ['common', 'node'].flatMap(part => fs.readdirSync(library(name, 'lib', part), { recursive: true })
			.map(file => library(name, 'lib', part, String(file))).filter(file => file.endsWith('.js'))));
		assert.ok(files.length > 60);
		for (const file of files) {
			const original = fs.readFileSync(file, 'utf8');
			const { code } = rewriteLibraryModule(original);
			assert.doesNotMatch(code, /^Object\.defineProperty\(exports, "\w+", \{ enumerable: true, get: function/m, `${file} keeps long re-exports`);
			assert.equal(code.indexOf('"use strict";'), original.indexOf('"use strict";'), 'the directive still opens the module');
			const [before, after] = [evaluate(file, original), evaluate(file, code)];
			assert.deepEqual(shape(after), shape(before), file);
			for (const name of Object.keys(before).filter(name => Object.getOwnPropertyDescriptor(before, name)!.get)) {
				assert.equal(after[name], before[name], `the getter of ${name} returns the same value`);
			}
		}
	});

	test('a module that re-exports another with __exportStar keeps its hoists, which decide between same names', async () => {
		const { dropExportHoists } = await loadPlugin();
		const code = fs.readFileSync(library('vscode-languageserver', 'lib', 'common', 'api.js'), 'utf8');
		assert.match(code, /__exportStar\(/);
		assert.equal(dropExportHoists(code), code);
	});

	test('a require cycle through a rewritten module is found, and one elsewhere is not held against it', async () => {
		const { findCycle } = await loadPlugin();
		const cyclic = graph({ entry: ['a'], a: ['b'], b: ['c'], c: ['a'] });
		assert.deepEqual(findCycle(cyclic, new Set(['b'])), ['a', 'b', 'c', 'a']);
		assert.equal(findCycle(cyclic, new Set(['entry'])), undefined);
		assert.equal(findCycle(graph({ entry: ['a', 'b'], a: ['b'], b: [] }), new Set(['a', 'b'])), undefined);
	});
});
