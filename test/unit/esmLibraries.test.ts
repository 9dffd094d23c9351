import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import type { Metafile } from 'esbuild';
import * as ts from 'typescript';
import { repoRoot } from '../support/paths';

interface EsmLibrariesModule {
	toEsModule(code: string, file?: string, keepsRequire?: (specifier: string) => boolean): string;
	findCycle(metafile: Pick<Metafile, 'inputs'>, modules: Set<string>): string[] | undefined;
	esmLibraries: esbuild.Plugin;
}

/** The build's plugin module, scripts/esmLibraries.mjs, which is ESM and so is loaded with a dynamic import. */
function loadPlugin(): Promise<EsmLibrariesModule> {
	return import(pathToFileURL(path.join(repoRoot, 'scripts', 'esmLibraries.mjs')).href) as Promise<EsmLibrariesModule>;
}

const LIBRARIES = ['vscode-jsonrpc', 'vscode-languageserver-protocol', 'vscode-languageserver', 'vscode-languageclient'];
const library = (...parts: string[]) => path.join(repoRoot, 'node_modules', ...parts);

/** Every module the plugin rewrites: the libraries' compiled code and the /node and /browser entry points. */
function libraryFiles(): string[] {
	return LIBRARIES.flatMap(name => [
		...['common', 'node', 'browser'].flatMap(part => fs.readdirSync(library(name, 'lib', part), { recursive: true })
			.map(file => library(name, 'lib', part, String(file))).filter(file => file.endsWith('.js'))),
		library(name, 'node.js'),
		library(name, 'browser.js'),
	]);
}

/**
 * A stand-in for the `vscode` module, which the language client requires and only the extension host has: every
 * value the API declares (@types/vscode) as an own property, as esbuild copies an imported CommonJS module's own
 * properties, each a class, which is enough for the library to load and define its exports.
 */
function vscodeStandIn(): Record<string, unknown> {
	const declarations = fs.readFileSync(library('@types', 'vscode', 'index.d.ts'), 'utf8');
	const names = [...declarations.matchAll(/^\s(?:export )?(?:class|enum|namespace|const|let) (\w+)/gm)].map(match => match[1]);
	assert.ok(names.length > 100, 'the vscode API declares its values');
	return { ...Object.fromEntries(names.map(name => [name, class {}])), version: '1.100.0' };
}

/** The exports of `specifier`, bundled for `platform` with the given plugins and loaded in this process. */
async function bundledExports(specifier: string, platform: esbuild.Platform, plugins: esbuild.Plugin[], vscode = vscodeStandIn()): Promise<Record<string, unknown>> {
	const result = await esbuild.build({
		stdin: { contents: `export * from '${specifier}';`, resolveDir: repoRoot, loader: 'js' },
		bundle: true, platform, format: 'cjs', write: false, logLevel: 'silent', plugins, external: ['vscode'],
	});
	const module = { exports: {} as Record<string, unknown> };
	const requireFromRoot = createRequire(path.join(repoRoot, 'package.json'));
	const require = (request: string): unknown => (request === 'vscode' ? vscode : requireFromRoot(request));
	new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, require);
	return module.exports;
}

/** A value as plain data: functions by their arity and static members, objects by their members in order of name. */
function describeValue(value: unknown, seen = new Set<unknown>()): unknown {
	if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
		return value;
	}
	if (seen.has(value)) {
		return 'seen';
	}
	seen.add(value);
	const members = Object.keys(value).sort().map(key => [key, describeValue((value as Record<string, unknown>)[key], seen)]);
	return typeof value === 'function' ? ['function', value.length, members] : members;
}

/** The classes whose instances a namespace may create, which must only store what they are given (tested below). */
const INERT_CLASSES = new Set(['ProtocolRequestType', 'ProtocolRequestType0', 'ProtocolNotificationType', 'ProtocolNotificationType0',
	'RegistrationType', 'ProgressType', 'NotificationType', 'NotificationType0', 'RequestType', 'RequestType0', 'AbstractMessageSignature']);

/** An expression whose evaluation does nothing but make a value. */
function makesOnlyValues(node: ts.Expression): boolean {
	if (ts.isStringLiteral(node) || ts.isNumericLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isIdentifier(node)
		|| ts.isFunctionExpression(node) || ts.isArrowFunction(node) || node.kind === ts.SyntaxKind.TrueKeyword
		|| node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword) {
		return true;
	}
	if (ts.isPropertyAccessExpression(node) || ts.isParenthesizedExpression(node)) {
		return makesOnlyValues(node.expression);
	}
	if (ts.isPrefixUnaryExpression(node)) {
		return makesOnlyValues(node.operand);
	}
	if (ts.isArrayLiteralExpression(node)) {
		return node.elements.every(makesOnlyValues);
	}
	if (ts.isObjectLiteralExpression(node)) {
		return node.properties.every(property => ts.isMethodDeclaration(property) || ts.isShorthandPropertyAssignment(property)
			|| (ts.isPropertyAssignment(property) && makesOnlyValues(property.initializer)));
	}
	const callee = ts.isNewExpression(node) || ts.isCallExpression(node) ? node.expression.getText() : '';
	if (ts.isNewExpression(node) && INERT_CLASSES.has(callee.split('.').pop()!)) {
		return (node.arguments ?? []).every(makesOnlyValues);
	}
	return ts.isCallExpression(node) && callee === 'Object.freeze' && node.arguments.every(makesOnlyValues);
}

/** `X.a = …` or `X["a"] = …`, or TypeScript's enum member `X[X["a"] = 0] = "a"`, with a value made as above. */
function definesMember(statement: ts.Statement, name: string): boolean {
	if (!ts.isExpressionStatement(statement)) {
		return false;
	}
	const defines = (node: ts.Expression): boolean => ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken
		&& (ts.isPropertyAccessExpression(node.left) || ts.isElementAccessExpression(node.left)) && node.left.expression.getText() === name
		&& (!ts.isElementAccessExpression(node.left) || makesOnlyValues(node.left.argumentExpression) || defines(node.left.argumentExpression))
		&& makesOnlyValues(node.right);
	return defines(statement.expression);
}

/**
 * The namespace that `statement` fills in, if it is TypeScript's `(function (X) { … })(argument)`, by name, with
 * the statements of its body and the call's argument as written.
 */
function namespaceCall(statement: ts.Statement): { name: string; body: ts.NodeArray<ts.Statement>; argument?: string } | undefined {
	const call = ts.isExpressionStatement(statement) ? statement.expression : undefined;
	if (!call || !ts.isCallExpression(call) || !ts.isParenthesizedExpression(call.expression) || !ts.isFunctionExpression(call.expression.expression)) {
		return undefined;
	}
	const name = call.expression.expression.parameters[0]?.name.getText();
	return name ? { name, body: call.expression.expression.body.statements, argument: call.arguments[0]?.getText() } : undefined;
}

/** TypeScript's namespaces in `code`, by name, with the statements of their bodies. */
function namespaces(code: string): [string, ts.NodeArray<ts.Statement>][] {
	const source = ts.createSourceFile('module.js', code, ts.ScriptTarget.ES2022, true);
	return source.statements.flatMap(statement => {
		const found = namespaceCall(statement);
		return found && found.argument === `${found.name} || (${found.name} = {})` ? [[found.name, found.body] as [string, ts.NodeArray<ts.Statement>]] : [];
	});
}

/**
 * Whether the body of namespace `name` only defines members: functions, variables made as above, members, and
 * nested namespaces or enums (`(function (Y) { … })(Y = X.Y || (X.Y = {}))`) whose bodies do the same.
 */
function onlyDefinesMembers(name: string, body: readonly ts.Statement[]): boolean {
	return body.every(statement => {
		const nested = namespaceCall(statement);
		if (nested) {
			const inner = nested.name;
			return nested.argument === `${inner} = ${name}.${inner} || (${name}.${inner} = {})` && onlyDefinesMembers(inner, nested.body);
		}
		return ts.isFunctionDeclaration(statement) || definesMember(statement, name)
			|| (ts.isVariableStatement(statement) && statement.declarationList.declarations.every(declaration => !declaration.initializer || makesOnlyValues(declaration.initializer)));
	});
}

/** The statements of each constructor of the class `name` in `code`, and the class it extends. */
function constructors(code: string, name: string): { statements: ts.Statement[]; base?: string }[] {
	const source = ts.createSourceFile('module.js', code, ts.ScriptTarget.ES2022, true);
	return source.statements.filter((statement): statement is ts.ClassDeclaration => ts.isClassDeclaration(statement) && statement.name?.text === name)
		.map(declaration => ({
			statements: [...declaration.members.filter(ts.isConstructorDeclaration).flatMap(constructor => constructor.body?.statements ?? [])],
			base: declaration.heritageClauses?.[0]?.types[0]?.expression.getText().split('.').pop(),
		}));
}

/** A graph of modules that import each other as `edges` says, as a metafile gives it. */
function graph(edges: Record<string, string[]>): Pick<Metafile, 'inputs'> {
	const inputs: Metafile['inputs'] = {};
	for (const [input, imports] of Object.entries(edges)) {
		inputs[input] = { bytes: 0, imports: imports.map(target => ({ path: target, kind: 'import-statement' as const, original: target })) };
	}
	return { inputs };
}

/** The esbuild plugin that gives the server builds the LSP libraries as ES modules (scripts/esmLibraries.mjs). */
describe('LSP libraries as ES modules', () => {
	test('every library module is rewritten, with no CommonJS left', async () => {
		const { toEsModule } = await loadPlugin();
		const files = libraryFiles();
		assert.ok(files.length > 70, 'the libraries are where they were');
		for (const file of files) {
			const esm = toEsModule(fs.readFileSync(file, 'utf8'), file);
			assert.doesNotMatch(esm, /\bexports\b|\brequire\(|\bmodule\.exports\b/, file);
		}
	});

	for (const [specifier, platform] of LIBRARIES.flatMap(name => [[`${name}/node`, 'node'], [`${name}/browser`, 'browser']] as const)) {
		test(`${specifier} exports the same names and values as ES modules as it does as CommonJS`, async () => {
			const { esmLibraries } = await loadPlugin();
			const [before, after] = [await bundledExports(specifier, platform, []), await bundledExports(specifier, platform, [esmLibraries])];
			assert.ok(Object.keys(before).length > 40);
			assert.deepEqual(Object.keys(after).sort(), Object.keys(before).sort());
			for (const name of Object.keys(before)) {
				assert.deepEqual(describeValue(after[name]), describeValue(before[name]), name);
			}
		});
	}

	test('the Node language client calls the semver functions it requires, imported as default exports', async () => {
		const { esmLibraries } = await loadPlugin();
		const vscode = vscodeStandIn();
		const { LanguageClient } = await bundledExports('vscode-languageclient/node', 'node', [esmLibraries], vscode) as { LanguageClient: { prototype: { checkVersion(): void } } };
		LanguageClient.prototype.checkVersion();
		vscode.version = '1.50.0';
		assert.throws(() => LanguageClient.prototype.checkVersion(), /requires VS Code version/);
	});

	test('the namespaces only define members, so a namespace no one reads may be left out', async () => {
		const { toEsModule } = await loadPlugin();
		let count = 0;
		for (const file of libraryFiles()) {
			for (const [name, body] of namespaces(toEsModule(fs.readFileSync(file, 'utf8'), file))) {
				count++;
				for (const statement of body) {
					assert.ok(onlyDefinesMembers(name, [statement]), `${file}, namespace ${name}: ${statement.getText()}`);
				}
			}
		}
		assert.ok(count > 150, `${count} namespaces`);
	});

	test('the classes the namespaces create only store what they are given, as do the classes they extend', () => {
		const sources = libraryFiles().map(file => fs.readFileSync(file, 'utf8'));
		for (const name of INERT_CLASSES) {
			const found = sources.flatMap(code => constructors(code, name));
			assert.ok(found.length > 0, `the class ${name} is in the libraries`);
			for (const { statements, base } of found) {
				for (const statement of statements) {
					assert.match(statement.getText(), /^(?:super\([\w$., ]*\)|this\.[\w$]+ = [\w$.]+);$/, `${name}'s constructor`);
				}
				assert.ok(base === undefined || INERT_CLASSES.has(base), `${name} extends ${base}`);
			}
		}
	});

	test('CommonJS of another form, or an export assigned again, fails the rewrite', async () => {
		const { toEsModule } = await loadPlugin();
		assert.equal(toEsModule('const a_1 = require("./a");\nexports.B = a_1.B;\n'), 'import * as a_1 from "./a";\nexport { B } from "./a";\n');
		assert.equal(toEsModule('const parse = require("semver/parse");\nexports.v = parse("1.0.0");\n'), 'import parse from "semver/parse";\nexport const v = parse("1.0.0");\n');
		const kept = 'const vscode_1 = require("vscode");\nconst a_1 = require("./a");\n';
		assert.equal(toEsModule(`${kept}exports.B = a_1.B;\n`, 'm', specifier => specifier === 'vscode'), 'const vscode_1 = require("vscode");\nimport * as a_1 from "./a";\nexport { B } from "./a";\n');
		assert.throws(() => toEsModule(`${kept}exports.B = vscode_1.B;\n`, 'm', specifier => specifier === 'vscode'), /vscode_1 is not a required module/);
		const method = 'const Message = { is(value) {\n    return is.string(value);\n} };\n';
		assert.equal(toEsModule(`const is = require("./is");\n${method}`), `import * as is from "./is";\n${method}`);
		assert.throws(() => toEsModule('exports["A"] = 1;\n'), /CommonJS left/);
		assert.throws(() => toEsModule('function load() {\n    return require("./a");\n}\nexports.load = load;\n'), /require\(/);
		assert.throws(() => toEsModule('Object.defineProperty(exports, "A", { enumerable: true, get: function () { return a_1.A; } });\n'), /a_1 is not a required module/);
		assert.throws(() => toEsModule('let A = 1;\nexports.A = A;\nA = 2;\n'), /A is assigned after it is exported/);
		assert.throws(() => toEsModule('const A = 1;\nexports.A = Object.freeze({});\n'), /exports\.A is also the name of a variable/);
		const namespace = toEsModule('var A;\n(function (A) {\n    A.b = 1;\n})(A || (exports.A = A = {}));\n');
		assert.equal(namespace, 'var A;\n(function (A) {\n    A.b = 1;\n})(A || (A = {}));\n\nexport { A };\n');
	});

	test('a cycle of imports through a rewritten module is found, and one elsewhere is not held against it', async () => {
		const { findCycle } = await loadPlugin();
		const cyclic = graph({ entry: ['a'], a: ['b'], b: ['c'], c: ['a'] });
		assert.deepEqual(findCycle(cyclic, new Set(['b'])), ['a', 'b', 'c', 'a']);
		assert.equal(findCycle(cyclic, new Set(['entry'])), undefined);
		assert.equal(findCycle(graph({ entry: ['a', 'b'], a: ['b'], b: [] }), new Set(['a', 'b'])), undefined);
	});

	const BUNDLES = [['meta.json', 'dist/server/node.js'], ['meta.browser.json', 'dist/server/browser.js'],
		['meta.json', 'dist/client/languageClient.js'], ['meta.browser.json', 'dist/client/browser.js']];

	/** The package files that went into `output`, with the metafile that lists them. */
	const packageInputs = (metafileName: string, output: string) => {
		const metafile = JSON.parse(fs.readFileSync(path.join(repoRoot, 'dist', metafileName), 'utf8')) as Metafile;
		return { metafile, inputs: Object.keys(metafile.outputs[output]?.inputs ?? {}).filter(input => input.includes('node_modules/')) };
	};

	test('the server and client bundles hold the libraries as ES modules', () => {
		for (const [metafileName, output] of BUNDLES) {
			const { metafile, inputs } = packageInputs(metafileName, output);
			const libraries = inputs.filter(input => /node_modules\/vscode-(?:jsonrpc|languageclient|languageserver|languageserver-protocol)\/(?!node_modules\/)/.test(input));
			assert.ok(libraries.length > 20, `${output} holds the LSP libraries`);
			assert.deepEqual(new Set(libraries.map(input => metafile.inputs[input].format)), new Set(['esm']), output);
		}
	});

	test('the libraries still require vscode and Node\'s built-ins, which imports would copy once per module', () => {
		let count = 0;
		for (const [metafileName, output] of BUNDLES) {
			const { metafile, inputs } = packageInputs(metafileName, output);
			const external = inputs.flatMap(input => metafile.inputs[input].imports.filter(entry => entry.external));
			count += external.length;
			assert.ok(external.every(entry => entry.kind === 'require-call'), `${output}: ${JSON.stringify(external.find(entry => entry.kind !== 'require-call'))}`);
		}
		assert.ok(count > 90, `${count} requires of vscode and built-ins`);
	});

	test('every bundle holds one copy of the types package, its ES module build', () => {
		for (const [metafileName, output] of BUNDLES) {
			const types = packageInputs(metafileName, output).inputs.filter(input => input.includes('node_modules/vscode-languageserver-types/'));
			assert.deepEqual(types, ['node_modules/vscode-languageserver-types/lib/esm/main.js'], output);
		}
	});
});
