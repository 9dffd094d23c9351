// The esbuild plugin that drops TypeScript's export hoists from the LSP libraries in the server builds (esbuild.mjs).
//
// TypeScript starts every CommonJS module it emits with one statement that sets each export to undefined,
// `exports.A = exports.B = … = void 0;`, so that a module caught half-loaded in a require cycle already lists its
// names. The LSP libraries hold some 70 of them, about 10 KB of the minified server, and the names are set again
// when the module defines them. The statement makes a difference in only two cases, and the plugin keeps both safe:
// - in a require cycle, where another module could read the names before they are defined: the plugin fails the
//   build when the modules it rewrote take part in a cycle;
// - in a module that also re-exports another with `__exportStar`, which skips the names the module already has, so
//   the hoist decides which of two same-named exports wins: such modules are left as they are.
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';

const LIBRARY_MODULE = /[\\/]node_modules[\\/]vscode-(?:jsonrpc|languageserver|languageserver-protocol)[\\/]lib[\\/].*\.js$/;

/** The module without its export hoists, or as it is if it re-exports another module with `__exportStar`. */
export function dropExportHoists(code) {
	return code.includes('__exportStar(') ? code : code.replace(/^exports\.[\w$]+(?: = exports\.[\w$]+)* = void 0;\r?\n/gm, '');
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
export const exportHoists = {
	name: 'export-hoists',
	setup(build) {
		build.initialOptions.metafile = true;
		const rewritten = new Set();
		build.onLoad({ filter: LIBRARY_MODULE }, async args => {
			const code = await readFile(args.path, 'utf8');
			const lean = dropExportHoists(code);
			if (lean !== code) {
				rewritten.add(args.path);
			}
			return { contents: lean, loader: 'js' };
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
