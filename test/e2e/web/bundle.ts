import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../support/paths';
import { orderTestFiles } from '../suite';

const SUITE_DIR = path.join(__dirname, '..', 'suite');
/** Inside the repository, which is the extension under development: VS Code runs tests in the host of the extension that holds them. */
const OUTFILE = path.join(__dirname, 'webSuite.js');

/**
 * The only Node modules the suite's test files import, each replaced by its browser counterpart in this folder; the
 * filters are exact, so that `mocha/mocha.js` (the browser build itself) stays what it is.
 */
const browserCounterparts: esbuild.Plugin = {
	name: 'browser-counterparts',
	setup(build) {
		build.onResolve({ filter: /^node:assert\/strict$/ }, () => ({ path: path.join(__dirname, 'assert.js') }));
		build.onResolve({ filter: /^mocha$/ }, () => ({ path: path.join(__dirname, 'mochaGlobals.js') }));
	},
};

/** A Node module other than the assertions, whose test file can only run in the Node extension host. */
const NODE_MODULE = /require\("(node:(?!assert\/strict")[^"]+)"\)/g;

/**
 * Bundles the extension-host suite (the compiled test files in out/test/e2e/suite) for the web extension host, which
 * loads one CommonJS file and can require nothing but `vscode`. The test files stay as they are; runner.ts plays
 * the part of suite/index.ts. A file that needs another Node module (one that looks for the server's process, say)
 * is left out and reported as skipped. Returns the module path to give the workbench as `extensionTestsPath`.
 */
export async function bundleWebSuite(): Promise<string> {
	const files = orderTestFiles(fs.readdirSync(SUITE_DIR));
	const entries = files.map(name => {
		const needs = [...new Set([...fs.readFileSync(path.join(SUITE_DIR, name), 'utf8').matchAll(NODE_MODULE)].map(match => match[1]))];
		return needs.length > 0
			? `\t{ name: ${JSON.stringify(name)}, needs: ${JSON.stringify(needs)} },`
			: `\t{ name: ${JSON.stringify(name)}, load: () => require(${JSON.stringify(`../suite/${name}`)}) },`;
	});
	const contents = `const { runSuite } = require('./runner');\nexports.run = () => runSuite([\n${entries.join('\n')}\n]);\n`;
	await esbuild.build({
		stdin: { contents, resolveDir: __dirname, sourcefile: 'webSuite.entry.js', loader: 'js' },
		outfile: OUTFILE,
		bundle: true,
		platform: 'browser',
		format: 'cjs',
		target: 'es2022',
		external: ['vscode'],
		define: { E2E_GREP: JSON.stringify(process.env.E2E_GREP ?? '') },
		plugins: [browserCounterparts],
		logLevel: 'warning',
	});
	return OUTFILE.replace(/\.js$/, '');
}

/**
 * User settings that make the workbench run the extension in its web worker extension host, as vscode.dev does,
 * instead of code-server's Node extension host. (The workbench also reads `extensionDevelopmentKind` from the URL,
 * but VS Code 1.100's web build does not apply it.)
 */
export function webExtensionHostSettings(): object {
	const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { publisher: string; name: string };
	return { 'remote.extensionKind': { [`${manifest.publisher}.${manifest.name}`]: ['web'] } };
}
