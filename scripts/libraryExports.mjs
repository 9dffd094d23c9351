// The esbuild plugin that shortens TypeScript's CommonJS export code in the LSP libraries, in the server builds
// (esbuild.mjs). It makes two changes, each to code TypeScript writes the same way in every module.
//
// Re-exports: a module that passes on a name of another defines a getter for it, in 70 minified bytes besides the
// name, `Object.defineProperty(exports, "X", { enumerable: true, get: function () { return m.X; } });`. The LSP
// libraries hold some 120 of them. Each becomes a call of one function per module that defines the same property,
// with the same attributes, whose getter returns the same value.
//
// Export hoists: TypeScript starts every CommonJS module it emits with one statement that sets each export to
// undefined, `exports.A = exports.B = … = void 0;`, so that a module caught half-loaded in a require cycle already
// lists its names. The LSP libraries hold some 70 of them, about 10 KB of the minified server, and the names are set
// again when the module defines them. The statement makes a difference in only two cases, and the plugin keeps both
// safe:
// - in a require cycle, where another module could read the names before they are defined: the plugin fails the
//   build when the modules it rewrote take part in a cycle;
// - in a module that also re-exports another with `__exportStar`, which skips the names the module already has, so
//   the hoist decides which of two same-named exports wins: such modules are left as they are.
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';

const LIBRARY_MODULE = /[\\/]node_modules[\\/]vscode-(?:jsonrpc|languageserver|languageserver-protocol)[\\/]lib[\\/].*\.js$/;

const REEXPORT = /^Object\.defineProperty\(exports, ("[\w$]+"), \{ enumerable: true, get: function \(\) \{ return ([\w$.]+); \} \}\);$/gm;

const HOIST = /^exports\.[\w$]+(?: = exports\.[\w$]+)* = void 0;\r?\n/gm;

/** The module without its export hoists, or as it is if it re-exports another module with `__exportStar`. */
export function dropExportHoists(code) {
	return code.includes('__exportStar(') ? code : code.replace(HOIST, '');
}

/** The names the module's hoists set to undefined. */
function hoistedNames(code) {
	return new Set([...code.matchAll(HOIST)].flatMap(([hoist]) => [...hoist.matchAll(/exports\.([\w$]+)/g)].map(([, name]) => name)));
}

/**
 * The module with each re-export of a hoisted name defined by one function, declared where the first of them
 * stands, after the "use strict" directive that must open the module. The property stays configurable, as it was
 * when the getter replaced the hoist's undefined, so that dropping the hoist changes nothing either.
 */
export function shortenReexports(code, hoisted = hoistedNames(code)) {
	let declared = false;
	return code.replace(REEXPORT, (line, name, value) => {
		if (!hoisted.has(JSON.parse(name))) {
			return line;
		}
		const call = `__reexport(${name}, () => ${value});`;
		if (declared) {
			return call;
		}
		declared = true;
		return `const __reexport = (name, get) => Object.defineProperty(exports, name, { enumerable: true, configurable: true, get });\n${call}`;
	});
}

/** The module as the server builds bundle it: without export hoists where that is safe, with short re-exports. */
export function rewriteLibraryModule(code) {
	const withoutHoists = dropExportHoists(code);
	return { code: shortenReexports(withoutHoists, hoistedNames(code)), droppedHoists: withoutHoists !== code };
}

/** A path through the import graph that comes back to where it started, if there is one through `modules`. */
export function findCycle(metafile, modules) {
	const imports = input => (metafile.inputs[input]?.imports ?? []).map(entry => entry.path).filter(next => next in metafile.inputs);
	const state = new Map();
	const visit = (input, trail) => {
		state.set(input, 'open');
		for (const next of imports(input)) {
			if (state.get(next) === 'open') {
				const cycle = [...trail.slice(trail.indexOf(next)), input, next];
				if (cycle.some(module => modules.has(module))) {
					return cycle;
				}
			} else if (!state.has(next)) {
				const found = visit(next, [...trail, input]);
				if (found) {
					return found;
				}
			}
		}
		state.set(input, 'done');
		return undefined;
	};
	for (const input of Object.keys(metafile.inputs)) {
		const found = state.has(input) ? undefined : visit(input, []);
		if (found) {
			return found;
		}
	}
	return undefined;
}

/** @type {import('esbuild').Plugin} */
export const libraryExports = {
	name: 'library-exports',
	setup(build) {
		build.initialOptions.metafile = true;
		const rewritten = new Set();
		build.onLoad({ filter: LIBRARY_MODULE }, async args => {
			const { code, droppedHoists } = rewriteLibraryModule(await readFile(args.path, 'utf8'));
			if (droppedHoists) {
				rewritten.add(args.path);
			}
			return { contents: code, loader: 'js' };
		});
		build.onEnd(result => {
			if (!result.metafile) {
				return;
			}
			const root = build.initialOptions.absWorkingDir ?? process.cwd();
			const modules = new Set([...rewritten].map(file => path.relative(root, file).split(path.sep).join('/')));
			const cycle = findCycle(result.metafile, modules);
			if (cycle) {
				// Thrown, as an error added to the result would not fail the build.
				throw new Error(`export hoists were dropped from modules in a require cycle: ${cycle.join(' -> ')}`);
			}
		});
	},
};
