import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import type { Metafile } from 'esbuild';
import { repoRoot } from '../support/paths';

interface LeanTypesModule {
	markNamespacesPure(code: string): { code: string; count: number };
	leanTypes: esbuild.Plugin;
}

const TYPES_ESM = path.join(repoRoot, 'node_modules', 'vscode-languageserver-types', 'lib', 'esm', 'main.js');
const TYPES_UMD = 'node_modules/vscode-languageserver-types/lib/umd/main.js';

/** The build's plugin module, scripts/leanTypes.mjs, which is ESM and so is loaded with a dynamic import. */
function loadPlugin(): Promise<LeanTypesModule> {
	return import(pathToFileURL(path.join(repoRoot, 'scripts', 'leanTypes.mjs')).href) as Promise<LeanTypesModule>;
}

/** A value as plain data: functions by their source, objects by their members in order of name. */
function describeValue(value: unknown, seen = new Set<unknown>()): unknown {
	if (typeof value === 'function') {
		return `function ${value.toString()}`;
	}
	if (value === null || typeof value !== 'object' || seen.has(value)) {
		return value;
	}
	seen.add(value);
	return Object.keys(value).sort().map(key => [key, describeValue((value as Record<string, unknown>)[key], seen)]);
}

/** The exports of an ES module given as text, loaded from a temporary file. */
async function exportsOf(code: string, directory: string, name: string): Promise<Record<string, unknown>> {
	const file = path.join(directory, name);
	fs.writeFileSync(file, code);
	return await import(pathToFileURL(file).href) as Record<string, unknown>;
}

function bundleInputs(metafileName: string, output: string): Metafile['outputs'][string]['inputs'] {
	const metafile = JSON.parse(fs.readFileSync(path.join(repoRoot, 'dist', metafileName), 'utf8')) as Metafile;
	const found = metafile.outputs[output];
	assert.ok(found, `${output} is not among the outputs of dist/${metafileName}`);
	return found.inputs;
}

/**
 * The esbuild plugin that keeps the LSP types the server does not use out of its bundles (scripts/leanTypes.mjs).
 * It rewrites library code and routes imports, so these tests check that what the server gets is unchanged.
 */
describe('lean LSP types in the server bundles', () => {
	test('marking the namespaces pure rewrites every one of them and leaves each export the same', async () => {
		const { markNamespacesPure } = await loadPlugin();
		const original = fs.readFileSync(TYPES_ESM, 'utf8');
		const { code, count } = markNamespacesPure(original);
		const declared = original.match(/^(?:export )?var \w+;$/gm) ?? [];
		assert.ok(declared.length > 50, 'the ESM build declares its namespaces as TypeScript compiles them');
		assert.equal(count, declared.length);
		assert.doesNotMatch(code, /^(?:export )?var \w+;$/m);

		const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'lean-types-'));
		try {
			const before = await exportsOf(original, directory, 'original.mjs');
			const after = await exportsOf(code, directory, 'rewritten.mjs');
			assert.deepEqual(Object.keys(after).sort(), Object.keys(before).sort());
			for (const name of Object.keys(before)) {
				assert.deepEqual(describeValue(after[name]), describeValue(before[name]), name);
			}
			const range = (after.Range as { create(a: number, b: number, c: number, d: number): unknown }).create(1, 2, 3, 4);
			assert.equal((after.Range as { is(value: unknown): boolean }).is(range), true, 'namespaces still read each other');
		} finally {
			fs.rmSync(directory, { recursive: true, force: true });
		}
	});

	test('values of the types imported from the server library still arrive, beside the library\'s own', async () => {
		const { leanTypes } = await loadPlugin();
		const { esmLibraries } = await import(pathToFileURL(path.join(repoRoot, 'scripts', 'esmLibraries.mjs')).href) as { esmLibraries: esbuild.Plugin };
		const contents = [
			"import { CodeActionKind, DiagnosticSeverity, ResponseError, TextDocuments, createConnection } from 'vscode-languageserver/node';",
			"import { SymbolKind } from 'vscode-languageserver-types';",
			"import { MarkupKind, InitializeRequest } from 'vscode-languageserver-protocol';",
			'module.exports = { CodeActionKind, DiagnosticSeverity, ResponseError, TextDocuments, createConnection, SymbolKind, MarkupKind, InitializeRequest };',
		].join('\n');
		const result = await esbuild.build({
			stdin: { contents, resolveDir: repoRoot, sourcefile: 'entry.ts', loader: 'ts' },
			bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'silent', plugins: [leanTypes, esmLibraries],
		});
		const module = { exports: {} as Record<string, { [key: string]: unknown }> };
		new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, require);
		const bundled = module.exports;
		assert.equal(bundled.DiagnosticSeverity.Error, 1);
		assert.equal(bundled.CodeActionKind.QuickFix, 'quickfix');
		assert.equal(bundled.SymbolKind.Class, 5);
		assert.equal(bundled.MarkupKind.Markdown, 'markdown');
		assert.equal(bundled.InitializeRequest.method, 'initialize');
		assert.equal(typeof bundled.ResponseError, 'function');
		assert.equal(typeof bundled.TextDocuments, 'function');
		assert.equal(typeof bundled.createConnection, 'function');
		assert.doesNotMatch(result.outputFiles[0].text, /InlineCompletionTriggerKind|SemanticTokenModifiers/, 'types no one reads are left out');
	});

	test('the server, worker and CLI bundles hold the tree-shaken ESM types; the client, which converts most of them, more', () => {
		const types = 'node_modules/vscode-languageserver-types/lib/esm/main.js';
		const client = bundleInputs('meta.json', 'dist/client/languageClient.js')[types];
		assert.ok(client, 'the language client holds the ESM build of the types');
		for (const [metafile, output] of [['meta.json', 'dist/server/node.js'], ['meta.json', 'dist/cli/resolution-lint.js'], ['meta.browser.json', 'dist/server/browser.js']]) {
			const inputs = bundleInputs(metafile, output);
			assert.equal(inputs[TYPES_UMD], undefined, `${output} holds the UMD build of the types`);
			assert.ok(inputs[types], `${output} holds the ESM build of the types`);
			assert.ok(inputs[types].bytesInOutput < client.bytesInOutput / 2, `${output} holds less than half of the types the client holds`);
		}
	});
});
