// The esbuild plugin that gives the client and server builds the LSP libraries as ES modules (esbuild.mjs).
//
// vscode-jsonrpc, vscode-languageserver-protocol, vscode-languageserver and vscode-languageclient ship only
// CommonJS, which esbuild bundles as it is: each module stays a function that fills an `exports` object, every name
// the libraries pass between modules stays a property spelled out in full (`protocol_1.HoverRequest`), and all that
// a module exports stays, used or not. As ES modules, the same code is scope-hoisted: the names shrink like our own,
// and what no one imports is left out. TypeScript writes these modules in a few fixed forms, and the plugin
// rewrites each:
//
//   const x_1 = require("./x");                      import * as x_1 from "./x";
//   const x = require("p"); … x(…)                   import x from "p";  (a package whose exports are a function)
//   const x = require("vscode");                     the same, for a module the bundle leaves out
//   __exportStar(require("./x"), exports);           export * from "./x";
//   module.exports = require("./lib/node/main");     export * from "./lib/node/main";
//   Object.defineProperty(exports, "A", { enumerable: true, get: function () { return x_1.B; } });
//                                                    export { B as A } from "./x";
//   exports.A = x_1.B;                               export { B as A } from "./x";
//   exports.A = A;                                   export { A };
//   exports.default = A;                             export { A as default };
//   exports.A = <expression>;                        export const A = <expression>;  (exports.A read as A)
//   })(A || (exports.A = A = {}));                   })(A || (A = {}));  export { A };
//
// It drops the `__esModule` marker, the hoists that first set every export to undefined and the helpers of
// `__exportStar`. A module with anything left that reads `exports`, `module` or `require`, or that assigns a name it
// exports after the export (a CommonJS export keeps the value it had, an ES one follows the variable), fails the
// build, and so does a cycle of imports: ES modules run their imports first, CommonJS modules at the require, and
// the two orders agree only when no module is caught half-loaded. No two modules a library re-exports with
// `export *` export the same name in another binding (an ES module would then export neither, where CommonJS takes
// the first); test/unit/esmLibraries.test.ts compares each library's exports before and after.
//
// The namespaces (`var A; (function (A) { … })(A || (A = {}));`) are then marked pure, as scripts/leanTypes.mjs
// does for the types package, so that those no one reads are left out too: their bodies only define members, which
// the unit test checks for every namespace of the libraries.
import { readFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { markNamespacesPure } from './leanTypes.mjs';

/** The modules the plugin rewrites: the libraries' compiled code and their package entry points. */
const LIBRARY_FILE = /(?:^|[\\/])node_modules[\\/]vscode-(?:jsonrpc|languageclient|languageserver|languageserver-protocol)[\\/](?:lib[\\/].*|node|browser)\.js$/;

const NAME = '[\\w$]+';
const SPECIFIER = '("[^"\\n]+"|\'[^\'\\n]+\')';
const HELPERS = [
	/^var __createBinding = \(this && this\.__createBinding\) \|\| [\s\S]*?^\}\)\);\r?\n/m,
	/^var __exportStar = \(this && this\.__exportStar\) \|\| function\(m, exports\) \{\r?\n.*\r?\n\};\r?\n/m,
];
const MARKER = /^Object\.defineProperty\(exports, "__esModule", \{ value: true \}\);\r?\n/m;
const HOIST = new RegExp(`^exports\\.${NAME}(?: = exports\\.${NAME})* = void 0;\\r?\\n`, 'gm');
const REQUIRE = new RegExp(`^(?:const|let|var) (${NAME}) = require\\(${SPECIFIER}\\);$`, 'gm');
const EXPORT_STAR = new RegExp(`^(?:__exportStar\\(require\\(${SPECIFIER}\\), exports\\)|module\\.exports = require\\(${SPECIFIER}\\));$`, 'gm');
const REEXPORT = new RegExp(`^Object\\.defineProperty\\(exports, "(${NAME})", \\{ enumerable: true, get: function \\(\\) \\{ return (${NAME})\\.(${NAME}); \\} \\}\\);$`, 'gm');
const IMPORTED = new RegExp(`^exports\\.(${NAME}) = (${NAME})\\.(${NAME});$`, 'gm');
const LOCAL = new RegExp(`^exports\\.(${NAME}) = (${NAME});$`, 'gm');
const NAMESPACE = new RegExp(`^\\}\\)\\((${NAME}) \\|\\| \\(exports\\.\\1 = \\1 = \\{\\}\\)\\);$`, 'gm');
const EXPRESSION = new RegExp(`^exports\\.(${NAME}) = `, 'gm');
const LEFT_OVER = /\bexports\b|\bmodule\.exports\b|\brequire\(/;

/** `B as A`, or `A` where the two are the same. */
const exportClause = (local, exported) => (local === exported ? local : `${local} as ${exported}`);

/**
 * Whether `code` calls the module it requires from another package as `name`, as vscode-languageclient does
 * `semver/functions/parse`: a module whose exports are a function, which a namespace object cannot be. A module of
 * the libraries never is, though a function of theirs may share its alias.
 */
const callsPackage = (code, name, specifier) => !/^["']\.\.?\//.test(specifier)
	&& new RegExp(`(?<![\\w$.]|function )${name.replace(/\$/g, '\\$')}\\(`).test(code);

/** Whether `code` assigns `name` anywhere but where it is declared or a namespace is first created. */
function reassigns(code, name) {
	const assignment = new RegExp(`(?<![\\w$.]|(?:var|let|const|class|function) )${name.replace(/\$/g, '\\$')}\\s*=(?![=>])`, 'g');
	return [...code.matchAll(assignment)].some(match => !code.startsWith(`${name} || (${name} = {})`, match.index - name.length - 5));
}

/**
 * The CommonJS module `code` as an ES module that exports the same names with the same values. Throws, naming
 * `file`, where the module holds CommonJS of another form. The requires of the specifiers `keepsRequire` accepts
 * stay as they are (see the plugin below).
 */
export function toEsModule(code, file = 'module', keepsRequire = () => false) {
	const fail = message => {
		throw new Error(`${file}: ${message}`);
	};
	const specifiers = new Map();
	const specifierOf = alias => specifiers.get(alias) ?? fail(`${alias} is not a required module`);
	const namespaces = new Set();
	const locals = [];
	const fromExpressions = [];
	const kept = [];
	let esm = HELPERS.reduce((text, helper) => text.replace(helper, ''), code).replace(MARKER, '').replace(HOIST, '');
	esm = esm.replace(REQUIRE, (statement, alias, specifier) => {
		if (keepsRequire(specifier.slice(1, -1))) {
			kept.push(statement);
			return statement;
		}
		specifiers.set(alias, specifier);
		return callsPackage(esm, alias, specifier) ? `import ${alias} from ${specifier};` : `import * as ${alias} from ${specifier};`;
	});
	esm = esm.replace(EXPORT_STAR, (_, star, moduleExports) => `export * from ${star ?? moduleExports};`);
	const reexport = (_, name, alias, member) => `export { ${exportClause(member, name)} } from ${specifierOf(alias)};`;
	esm = esm.replace(REEXPORT, reexport).replace(IMPORTED, reexport);
	esm = esm.replace(LOCAL, (_, name, local) => {
		locals.push(local);
		return `export { ${exportClause(local, name)} };`;
	});
	esm = esm.replace(NAMESPACE, (_, name) => {
		namespaces.add(name);
		return `})(${name} || (${name} = {}));`;
	});
	esm = esm.replace(EXPRESSION, (_, name) => {
		fromExpressions.push(name);
		return `export const ${name} = `;
	});
	for (const name of fromExpressions) {
		if (new RegExp(`\\b(?:var|let|const|function|class) ${name}\\b`).test(esm.replace(`export const ${name} = `, ''))) {
			fail(`exports.${name} is also the name of a variable`);
		}
		esm = esm.replace(new RegExp(`\\bexports\\.${name}\\b`, 'g'), name);
	}
	const leftOver = kept.reduce((text, statement) => text.replace(statement, ''), esm).match(LEFT_OVER);
	if (leftOver) {
		fail(`CommonJS left after the rewrite to an ES module: ${leftOver[0]}`);
	}
	const reassigned = [...locals, ...namespaces].find(name => reassigns(esm, name));
	if (reassigned) {
		fail(`${reassigned} is assigned after it is exported`);
	}
	return namespaces.size > 0 ? `${esm}\nexport { ${[...namespaces].join(', ')} };\n` : esm;
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
export const esmLibraries = {
	name: 'esm-libraries',
	setup(build) {
		build.initialOptions.metafile = true;
		// A module the bundle leaves out (vscode, Node's built-ins) stays required as the library wrote it: imported,
		// it would become a copy of its exports with a getter for each, made once for every module that imports it;
		// the client's 53 imports of vscode would make 53 copies of its 200 values as it loads.
		const external = new Set(build.initialOptions.external ?? []);
		const node = build.initialOptions.platform === 'node';
		const keepsRequire = specifier => external.has(specifier) || (node && isBuiltin(specifier));
		build.onLoad({ filter: LIBRARY_FILE }, async args => ({
			contents: markNamespacesPure(toEsModule(await readFile(args.path, 'utf8'), args.path, keepsRequire)).code,
			loader: 'js',
		}));
		build.onEnd(result => {
			if (!result.metafile) {
				return;
			}
			const cycle = findCycle(result.metafile, new Set(Object.keys(result.metafile.inputs).filter(input => LIBRARY_FILE.test(input))));
			if (cycle) {
				// Thrown, as an error added to the result would not fail the build.
				throw new Error(`the LSP libraries, rewritten as ES modules, import each other in a cycle: ${cycle.join(' -> ')}`);
			}
		});
	},
};
