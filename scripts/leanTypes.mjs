// The esbuild plugin that gives the language server only the LSP types it uses (esbuild.mjs).
//
// vscode-languageserver-types is some 28 KB of minified helpers, and the server used to carry all of them although
// the LSP libraries read only a few `is` checks from the package and our code imports a dozen values. Two things
// kept them in: the protocol library requires the package and re-exports it, and a required module is never
// tree-shaken; and each of its namespaces is built by a function call that assigns to it, which esbuild must keep
// because it cannot tell that the call does nothing else. The plugin removes both causes, in the server and CLI
// builds only; the client builds, whose converters read most of the types, only get the namespaces marked pure
// (pureTypeNamespaces below):
// - our modules' imports of the package get its ESM build, with each namespace built by a call marked pure, so
//   esbuild drops the namespaces no one reads;
// - our modules' imports of vscode-languageserver or its protocol library (and of their /node and /browser entries)
//   go through a facade that takes every value of the types package from that ESM build and everything else from
//   the library unchanged, with `export *`, whose names give way to those the facade exports itself. The libraries
//   must be ES modules for this (scripts/esmLibraries.mjs): from CommonJS, `export *` needs a namespace object at
//   run time, and that object would hold every type;
// - the protocol library's require of the package gets only the values the LSP libraries read from it, as found in
//   their compiled code when the build starts. A require from any other package gets the whole ESM build.
import { readdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const NAMESPACE = 'lean-types';
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const FOR_LIBRARIES = 'types-read-by-libraries';
const resolvePackage = specifier => fileURLToPath(import.meta.resolve(specifier));
const typesEntry = resolvePackage('vscode-languageserver-types');
const protocolRoot = path.dirname(resolvePackage('vscode-languageserver-protocol/package.json'));
const serverLibraryRoot = path.dirname(resolvePackage('vscode-languageserver/package.json'));

/**
 * TypeScript compiles `export namespace X { … }` to `export var X;` and a call `(function (X) { … })(X || (X = {}));`
 * that fills it in. Each such pair becomes one declaration, `export var X = (function (X) { … return X; })({});`,
 * with the call marked pure: the same object with the same members, since X is undefined before the call, but a
 * declaration esbuild may drop when X is never read. Returns the code and how many namespaces were rewritten.
 */
export function markNamespacesPure(code) {
	let count = 0;
	const rewritten = code.replace(
		/^(export )?var (\w+);\r?\n\(function \(\2\) \{\r?\n([\s\S]*?)\r?\n\}\)\(\2 \|\| \(\2 = \{\}\)\);$/gm,
		(_, exported, name, body) => {
			count++;
			return `${exported ?? ''}var ${name} = /* @__PURE__ */ (function (${name}) {\n${body}\n    return ${name};\n})({});`;
		});
	return { code: rewritten, count };
}

/** The values of the types package that the LSP libraries read, directly or through the protocol library. */
async function typesReadByLibraries(typesValues) {
	const read = new Set();
	for (const root of [protocolRoot, serverLibraryRoot]) {
		const lib = path.join(root, 'lib');
		for (const file of await readdir(lib, { recursive: true })) {
			if (file.endsWith('.js')) {
				const code = await readFile(path.join(lib, file), 'utf8');
				for (const [, name] of code.matchAll(/\bvscode_languageserver_(?:types|protocol)_1\.(\w+)/g)) {
					read.add(name);
				}
			}
		}
	}
	return typesValues.filter(name => read.has(name));
}

/**
 * The types package's ESM build with its namespaces marked pure, so that esbuild leaves out those no one reads: part
 * of leanTypes, and alone in the client builds, whose libraries import the types whole but read only some.
 * @type {import('esbuild').Plugin}
 */
export const pureTypeNamespaces = {
	name: 'pure-type-namespaces',
	setup(build) {
		build.onLoad({ filter: /[\\/]vscode-languageserver-types[\\/]lib[\\/]esm[\\/]main\.js$/ }, async args => ({
			contents: markNamespacesPure(await readFile(args.path, 'utf8')).code,
			loader: 'js',
		}));
	},
};

/** @type {import('esbuild').Plugin} */
export const leanTypes = {
	name: 'lean-types',
	async setup(build) {
		const typesValues = Object.keys(await import(pathToFileURL(typesEntry).href));
		const inPackage = importer => importer.includes(`${path.sep}node_modules${path.sep}`);
		const source = names => `export { ${names.join(', ')} } from ${JSON.stringify(typesEntry)};`;
		const virtual = contents => ({ contents, resolveDir: path.dirname(typesEntry), loader: 'js' });
		const facade = specifier => `export * from ${JSON.stringify(specifier)};\n${source(typesValues)}`;

		build.onResolve({ filter: /^vscode-languageserver-types$/ }, args => args.importer.startsWith(protocolRoot + path.sep)
			? { path: FOR_LIBRARIES, namespace: NAMESPACE }
			: { path: typesEntry });
		build.onResolve({ filter: /^vscode-languageserver(?:-protocol)?(?:\/node|\/browser)?$/ }, args => args.namespace === 'file' && !inPackage(args.importer)
			? { path: args.path, namespace: NAMESPACE }
			: undefined);
		build.onLoad({ filter: /.*/, namespace: NAMESPACE }, async args => args.path === FOR_LIBRARIES
			? virtual(source(await typesReadByLibraries(typesValues)))
			: { ...virtual(facade(args.path)), resolveDir: repoRoot });
		pureTypeNamespaces.setup(build);
	},
};
