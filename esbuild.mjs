// Bundles the shipped entry points. tsc (`tsc -b`) type-checks and compiles the tests into out/; esbuild produces
// the code that runs: the extension client, the language server and the CLI, each a single CommonJS file, and the
// web extension's client and worker server.
//
//   node esbuild.mjs               development build with source maps
//   node esbuild.mjs --production  minified, no source maps (used by `vsce package`)
//   node esbuild.mjs --watch       rebuild on change (for the Launch Extension task)
import * as esbuild from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { esmLibraries } from './scripts/esmLibraries.mjs';
import { leanTypes, pureTypeNamespaces } from './scripts/leanTypes.mjs';
import { thirdPartyNotices } from './scripts/thirdPartyNotices.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const manifest = JSON.parse(await readFile(new URL('./package.json', import.meta.url), 'utf8'));

/** Prints the lines the `$esbuild-watch` problem matcher waits for, so the debugger starts after a rebuild. */
const watchReporter = {
	name: 'watch-reporter',
	setup(build) {
		build.onStart(() => console.log('[watch] build started'));
		build.onEnd(result => {
			for (const { text, location } of result.errors) {
				console.error(`✘ [ERROR] ${text}`);
				if (location) {
					console.error(`    ${location.file}:${location.line}:${location.column}:`);
				}
			}
			console.log('[watch] build finished');
		});
	},
};

/**
 * Our client modules import vscode as a namespace (`import * as vscode`), which esbuild makes into a copy of the
 * API, a getter for each of its 200-odd values, once for every module that imports it: ten copies as the entry
 * loads. Routed through one ES module that re-exports vscode, they share a single copy per bundle. The libraries'
 * requires of vscode stay plain requires (scripts/esmLibraries.mjs), which copy nothing.
 */
const oneVscodeCopy = {
	name: 'one-vscode-copy',
	setup(build) {
		build.onResolve({ filter: /^vscode$/ }, args => args.kind === 'import-statement' && args.namespace === 'file'
			? { path: 'vscode', namespace: 'vscode-api' }
			: undefined);
		build.onLoad({ filter: /.*/, namespace: 'vscode-api' }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
	},
};

/**
 * The Node client's entry requires its second bundle, the language client library, after activation
 * (client/src/extension.ts). Both bundles land in dist/client/, so the require stays as written, and the library
 * stays out of the entry.
 */
const separateLanguageClient = {
	name: 'separate-language-client',
	setup(build) {
		build.onResolve({ filter: /^\.\/languageClient$/ }, args => /client[\\/]src[\\/]extension\.ts$/.test(args.importer)
			? { path: './languageClient.js', external: true }
			: undefined);
	},
};

/**
 * The Node language client requires two functions of `semver` to refuse an old VS Code; client/src/versionCheck.ts
 * has them for the one kind of range the library gives, in place of the package's 20 KB.
 */
const versionCheck = {
	name: 'version-check',
	setup(build) {
		const functions = { parse: 'parseVersion', satisfies: 'satisfiesVersion' };
		build.onResolve({ filter: /^semver\/functions\/(parse|satisfies)$/ }, args => ({ path: args.path, namespace: 'version-check' }));
		build.onLoad({ filter: /.*/, namespace: 'version-check' }, args => ({
			contents: `module.exports = require('./client/src/versionCheck.ts').${functions[args.path.split('/').pop()]};`,
			resolveDir: fileURLToPath(new URL('.', import.meta.url)),
			loader: 'js',
		}));
	},
};

/**
 * The verb notes of French, Spanish, Russian and Arabic drafts (server/src/languageService/wording/verbNotes/packs.ts)
 * are a file of their own beside the Node server, dist/server/verbNotes.js, required the first time a draft in one
 * of these languages asks for a note: English and Chinese drafts never load its 37 KB, and the server starts without
 * parsing it. The import becomes an object whose one property requires the file when it is read; esbuild reads an
 * import of a CommonJS module at each use, without copying it, so nothing is loaded before.
 */
const separateVerbNotes = {
	name: 'separate-verb-notes',
	setup(build) {
		build.onResolve({ filter: /^\.\/packs$/ }, args => /wording[\\/]verbNotes[\\/]index\.ts$/.test(args.importer)
			? { path: 'packs', namespace: 'separate-verb-notes' }
			: undefined);
		build.onLoad({ filter: /.*/, namespace: 'separate-verb-notes' }, () => ({
			contents: `let chunk; module.exports = { get PACK_VERB_NOTES() { return (chunk ??= require('${VERB_NOTES_CHUNK}')).PACK_VERB_NOTES; } };`,
			loader: 'js',
		}));
	},
};
const VERB_NOTES_CHUNK = './verbNotes.js';

/** @type {import('esbuild').BuildOptions} */
const options = {
	outdir: 'dist',
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'node20',
	external: ['vscode'],
	sourcemap: !production,
	sourcesContent: false,
	minify: production,
	// Non-ASCII text as UTF-8, not as \u escapes: the server's vocabularies and wordings hold some 14 000 Chinese,
	// Russian, Arabic and accented characters, and an escape takes six bytes where UTF-8 takes two or three. Node
	// reads modules as UTF-8, and browsers decode worker scripts and the web extension host's code as UTF-8.
	charset: 'utf8',
	metafile: true,
	define: { PACKAGE_VERSION: JSON.stringify(manifest.version) },
	// A name imported from a CommonJS module that does not exist is a bug, not a warning.
	logOverride: { 'import-is-undefined': 'error' },
	logLevel: 'warning',
};

/**
 * The Node bundles, in two builds because the protocol library is one module per build: the client's needs all of
 * the LSP types, the server's only what leanTypes gives it. In both, the LSP libraries (the client's language
 * client among them) are ES modules (esmLibraries), tree-shaken like our code; in the client's, this also leaves one
 * copy of the types package, its ESM build, as nothing requires it any more. The watch reporter follows the server
 * build, which is what the Launch Extension task waits for.
 */
/** @type {import('esbuild').BuildOptions[]} */
const nodeOptions = [
	{
		entryPoints: [
			{ in: 'client/src/extension.ts', out: 'client/extension' },
			{ in: 'client/src/languageClient.ts', out: 'client/languageClient' },
		],
		plugins: [oneVscodeCopy, separateLanguageClient, versionCheck, esmLibraries, pureTypeNamespaces],
	},
	{
		entryPoints: [
			{ in: 'server/src/node/main.ts', out: 'server/node' },
			{ in: 'server/src/languageService/wording/verbNotes/packs.ts', out: 'server/verbNotes' },
		],
		external: ['vscode', VERB_NOTES_CHUNK],
		plugins: [separateVerbNotes, leanTypes, esmLibraries, ...(watch ? [watchReporter] : [])],
	},
	// The command-line checker reads every file at once, in whatever language: its notes stay in its bundle.
	{ entryPoints: [{ in: 'server/src/cli/main.ts', out: 'cli/resolution-lint' }], plugins: [leanTypes, esmLibraries] },
].map(entry => ({ ...options, ...entry }));

/**
 * The web extension (package.json `browser`, for vscode.dev and github.dev). The client runs in VS Code's web
 * extension host, which loads CommonJS; the server runs as a classic Web Worker script, hence an IIFE. Both are
 * built for the browser, so that a Node built-in pulled in by mistake fails the build, not a user's session.
 * The watch reporter stays with the Node build, which is what the Launch Extension task waits for.
 */
/** @type {import('esbuild').BuildOptions[]} */
const browserOptions = [
	{ entryPoints: [{ in: 'client/src/browser/extension.ts', out: 'client/browser' }], format: 'cjs', external: ['vscode'], plugins: [oneVscodeCopy, esmLibraries, pureTypeNamespaces] },
	{ entryPoints: [{ in: 'server/src/browser/main.ts', out: 'server/browser' }], format: 'iife', external: [], plugins: [leanTypes, esmLibraries] },
].map(entry => ({ ...options, ...entry, platform: 'browser', target: 'es2022' }));

// A production build must not leave development source maps behind in dist/.
await rm('dist', { recursive: true, force: true });

/** One metafile for several builds, as tests and the size report read it. */
function mergeMetafiles(results) {
	const merged = { inputs: {}, outputs: {} };
	for (const { metafile } of results) {
		Object.assign(merged.inputs, metafile.inputs);
		Object.assign(merged.outputs, metafile.outputs);
	}
	return merged;
}

if (watch) {
	for (const buildOptions of [...nodeOptions, ...browserOptions]) {
		await (await esbuild.context(buildOptions)).watch();
	}
} else {
	const results = await Promise.all([...nodeOptions, ...browserOptions].map(buildOptions => esbuild.build(buildOptions)));
	await mkdir('dist', { recursive: true });
	await writeFile('dist/meta.json', JSON.stringify(mergeMetafiles(results.slice(0, nodeOptions.length))));
	// The web bundles get their own metafile, which a unit test reads to prove that no Node built-in is in them.
	await writeFile('dist/meta.browser.json', JSON.stringify(mergeMetafiles(results.slice(nodeOptions.length))));
	// The licence notices of the packages in the bundles, which minification strips and the .vsix ships in their
	// place (scripts/thirdPartyNotices.mjs). Watch builds, which nothing packages, do without.
	const notices = await thirdPartyNotices(results.map(result => result.metafile), process.cwd(), `${manifest.name} ${manifest.version}`);
	await writeFile('dist/ThirdPartyNotices.txt', notices);
}
