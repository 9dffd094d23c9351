// Bundles the shipped entry points. tsc (`tsc -b`) type-checks and compiles the tests into out/; esbuild produces
// the code that runs: the extension client, the language server and the CLI, each a single CommonJS file.
//
//   node esbuild.mjs               development build with source maps
//   node esbuild.mjs --production  minified, no source maps (used by `vsce package`)
//   node esbuild.mjs --watch       rebuild on change (for the Launch Extension task)
import * as esbuild from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';

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
 * vscode-languageserver-types has an ESM build for `import` and a UMD build for `require`. The protocol library
 * requires it while our code imports it, so without this both copies would land in the server bundle.
 */
const singleTypesCopy = {
	name: 'single-types-copy',
	setup(build) {
		build.onResolve({ filter: /^vscode-languageserver-types$/ }, args => args.kind === 'require-call'
			? undefined
			: build.resolve(args.path, { kind: 'require-call', resolveDir: args.resolveDir }));
	},
};

/** @type {import('esbuild').BuildOptions} */
const options = {
	entryPoints: [
		{ in: 'client/src/extension.ts', out: 'client/extension' },
		{ in: 'server/src/node/main.ts', out: 'server/node' },
		{ in: 'server/src/cli/main.ts', out: 'cli/resolution-lint' },
	],
	outdir: 'dist',
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'node20',
	external: ['vscode'],
	sourcemap: !production,
	sourcesContent: false,
	minify: production,
	metafile: true,
	define: { PACKAGE_VERSION: JSON.stringify(manifest.version) },
	// A name imported from a CommonJS module that does not exist is a bug, not a warning.
	logOverride: { 'import-is-undefined': 'error' },
	logLevel: 'warning',
	plugins: watch ? [singleTypesCopy, watchReporter] : [singleTypesCopy],
};

// A production build must not leave development source maps behind in dist/.
await rm('dist', { recursive: true, force: true });

if (watch) {
	const context = await esbuild.context(options);
	await context.watch();
} else {
	const result = await esbuild.build(options);
	await mkdir('dist', { recursive: true });
	await writeFile('dist/meta.json', JSON.stringify(result.metafile));
}
