import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import * as ts from 'typescript';
import { languageServiceDir } from '../support/paths';

/**
 * Architecture invariant: `server/src/languageService/` is environment-free, so the same code runs in the CLI,
 * the Node server and a browser worker. It may import its own files and the plain LSP data packages only.
 * The source is read with the TypeScript parser, so comments, strings and regular expressions never confuse it.
 */

/** Packages known to be pure data and functions; anything else needs a deliberate decision to be added here. */
const ALLOWED_PACKAGES = new Set(['vscode-languageserver-types', 'vscode-languageserver-textdocument']);

/** Packages that tie code to an editor or a connection, with the reason shown when one is imported. */
const BANNED_PACKAGES: [RegExp, string][] = [
	[/^vscode$/, 'the VS Code API exists only in the extension host'],
	[/^vscode-languageclient(?:\/|$)/, 'the client library belongs in client/'],
	[/^vscode-languageserver(?:\/|$)/, 'the connection library belongs in server/src/server.ts and node/'],
];

/** Globals that exist only in Node. */
const NODE_GLOBALS = new Set(['process', 'require', '__dirname', '__filename', 'Buffer', 'global']);

const NODE_BUILTINS = new Set(require('node:module').builtinModules as string[]);

interface Violation {
	line: number;
	message: string;
}

function findViolations(fileName: string, source: string, root = path.dirname(fileName)): Violation[] {
	const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
	const violations: Violation[] = [];
	const report = (node: ts.Node, message: string): void => {
		violations.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, message });
	};
	const visit = (node: ts.Node): void => {
		const specifier = moduleSpecifier(node);
		if (specifier) {
			const problem = checkSpecifier(specifier.text, fileName, root);
			if (problem) {
				report(specifier, problem);
			}
		} else if (ts.isIdentifier(node) && NODE_GLOBALS.has(node.text) && isGlobalReference(node)) {
			report(node, `uses the Node global '${node.text}'`);
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return violations;
}

/** The string naming a module in an import, export-from, `import()` or `require()`. */
function moduleSpecifier(node: ts.Node): ts.StringLiteralLike | undefined {
	if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier
		&& ts.isStringLiteralLike(node.moduleSpecifier)) {
		return node.moduleSpecifier;
	}
	if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)
		&& ts.isStringLiteralLike(node.moduleReference.expression)) {
		return node.moduleReference.expression;
	}
	if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0])
		&& (node.expression.kind === ts.SyntaxKind.ImportKeyword
			|| (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
		return node.arguments[0];
	}
	if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
		return node.argument.literal;
	}
	return undefined;
}

function checkSpecifier(specifier: string, fileName: string, root: string): string | undefined {
	if (specifier.startsWith('.')) {
		const target = path.resolve(path.dirname(fileName), specifier);
		const relative = path.relative(root, target);
		return relative.startsWith('..') || path.isAbsolute(relative)
			? `imports '${specifier}', which is outside languageService/`
			: undefined;
	}
	if (specifier.startsWith('node:') || NODE_BUILTINS.has(specifier)) {
		return `imports the Node built-in '${specifier}'`;
	}
	const banned = BANNED_PACKAGES.find(([pattern]) => pattern.test(specifier));
	if (banned) {
		return `imports '${specifier}': ${banned[1]}`;
	}
	const packageName = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
	return ALLOWED_PACKAGES.has(packageName)
		? undefined
		: `imports '${specifier}', which is not in the list of environment-free packages (architecture.test.ts)`;
}

/** Whether an identifier refers to a variable in scope rather than naming a property or member. */
function isGlobalReference(node: ts.Identifier): boolean {
	const parent = node.parent;
	if (ts.isPropertyAccessExpression(parent) && parent.name === node) {
		// `globalThis.process` reaches the global all the same.
		return ts.isIdentifier(parent.expression) && parent.expression.text === 'globalThis';
	}
	const namesAMember = (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)
		|| ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent) || ts.isMethodSignature(parent)
		|| ts.isEnumMember(parent) || ts.isGetAccessor(parent) || ts.isSetAccessor(parent)) && parent.name === node;
	const namesABindingProperty = ts.isBindingElement(parent) && parent.propertyName === node;
	return !namesAMember && !namesABindingProperty && !ts.isQualifiedName(parent);
}

function listTypeScriptFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) {
			return listTypeScriptFiles(full);
		}
		return entry.isFile() && entry.name.endsWith('.ts') ? [full] : [];
	});
}

describe('architecture: languageService/ is environment-free', () => {
	const files = listTypeScriptFiles(languageServiceDir);

	test('the scanner sees the language service', () => {
		const names = files.map(file => path.relative(languageServiceDir, file).split(path.sep).join('/'));
		assert.ok(names.includes('index.ts'), `index.ts not found among ${names.join(', ')}`);
		assert.ok(names.includes('detect.ts'));
	});

	for (const file of files) {
		const name = path.relative(languageServiceDir, file).split(path.sep).join('/');
		test(name, () => {
			const violations = findViolations(file, fs.readFileSync(file, 'utf8'), languageServiceDir);
			assert.deepEqual(violations.map(v => `${name}:${v.line}: ${v.message}`), []);
		});
	}
});

describe('architecture scanner self-check', () => {
	const scan = (source: string): string[] =>
		findViolations(path.join(languageServiceDir, 'features', 'sample.ts'), source, languageServiceDir).map(v => v.message);

	test('catches forbidden imports of every form', () => {
		const source = [
			`import * as vscode from 'vscode';`,
			`import { createConnection } from 'vscode-languageserver/node';`,
			`import { Connection } from 'vscode-languageserver';`,
			`import type { LanguageClient } from 'vscode-languageclient/node';`,
			`import * as fs from 'fs';`,
			`export { join } from 'node:path';`,
			`const os = require('os');`,
			`const lazy = import('child_process');`,
			`import { runSafe } from '../../runSafe';`,
			`import leftPad from 'left-pad';`,
		].join('\n');
		assert.deepEqual(scan(source), [
			`imports 'vscode': the VS Code API exists only in the extension host`,
			`imports 'vscode-languageserver/node': the connection library belongs in server/src/server.ts and node/`,
			`imports 'vscode-languageserver': the connection library belongs in server/src/server.ts and node/`,
			`imports 'vscode-languageclient/node': the client library belongs in client/`,
			`imports the Node built-in 'fs'`,
			`imports the Node built-in 'node:path'`,
			// `require('os')` is caught twice: as a built-in and as a Node global.
			`imports the Node built-in 'os'`,
			`uses the Node global 'require'`,
			`imports the Node built-in 'child_process'`,
			`imports '../../runSafe', which is outside languageService/`,
			`imports 'left-pad', which is not in the list of environment-free packages (architecture.test.ts)`,
		]);
	});

	test('catches Node globals', () => {
		const source = [
			'const home = process.env.HOME;',
			'const here = __dirname;',
			'const bytes = Buffer.from("x");',
			'const env = globalThis.process;',
			'const { process: p } = { process };',
		].join('\n');
		assert.deepEqual(scan(source), [
			`uses the Node global 'process'`,
			`uses the Node global '__dirname'`,
			`uses the Node global 'Buffer'`,
			`uses the Node global 'process'`,
			`uses the Node global 'process'`,
		]);
	});

	test('accepts pure code, and ignores comments, strings, regular expressions and property names', () => {
		const source = [
			`import { Range } from 'vscode-languageserver-types';`,
			`import { TextDocument } from 'vscode-languageserver-textdocument';`,
			`import type { Resolution } from '../model/types';`,
			`// The parser never touches process.env or require('fs').`,
			`const hint = 'call require("fs") in the CLI, never here';`,
			`const pattern = /process|require\\(|Buffer/u;`,
			`interface Step { process: string; require(): void }`,
			`const step = { process: 'parse' }; step.process.trim();`,
		].join('\n');
		assert.deepEqual(scan(source), []);
	});
});
