/**
 * Child process that activates the bundled extension once, outside VS Code, and prints its timings as JSON.
 *
 * The `vscode` module exists only inside the extension host, so a stand-in answers every property and call with
 * another stand-in. The language client still does its real work: it forks the bundled server over IPC and
 * waits for the answer to `initialize`, so "resolved" includes starting the server. A fresh process per run
 * matters, because a second `require` of the bundle would come from the module cache.
 */
import Module = require('node:module');
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Timings of one activation, in milliseconds. */
export interface ActivationRun {
	/** `require()` of dist/client/extension.js: what VS Code reports as code loading. */
	load: number;
	/** The synchronous part of `activate()`, until it returns its promise. */
	activateCall: number;
	/**
	 * `require()` of the bundles that the extension loads itself once `activate()` has returned (the language
	 * client library): not part of VS Code's activation time, but the extension host is just as busy meanwhile.
	 */
	deferredLoad: number;
	/** From the call of `activate()` until its promise resolves, the server's `initialize` answer included. */
	activateResolved: number;
}

/**
 * A function object whose every property, call and construction yields another stand-in. Properties the
 * extension sets (a status item's text, name or command) are kept and read back as set. Every stand-in is also
 * a promise of nothing, as the answer to a message that the user dismissed.
 */
function standIn(): unknown {
	const assigned = new Map<string | symbol, unknown>();
	const then = (resolve?: (value: unknown) => void) => {
		resolve?.(undefined);
		return standIn();
	};
	return new Proxy(function () {}, {
		get: (_target, key) => assigned.has(key) ? assigned.get(key)
			: key === 'then' ? then
				: key === Symbol.iterator ? function* () {}
					: key === Symbol.toPrimitive ? () => ''
						: standIn(),
		set: (_target, key, value) => {
			assigned.set(key, value);
			return true;
		},
		apply: () => standIn(),
		construct: () => standIn() as object,
	});
}

/**
 * The stand-in `vscode` module. esbuild copies a CommonJS module's own properties into the namespace the client
 * imports, so every top-level name of the API (the namespaces, classes, enums and values declared in @types/vscode)
 * is an own property: a name missing here would read as undefined in the bundle, where VS Code has it.
 */
function vscodeStandIn(): object {
	const api = Object.create(standIn() as object) as Record<string, unknown>;
	const declarations = fs.readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
	for (const [, name] of declarations.matchAll(/^\texport (?:namespace|class|enum|const|let|var|function) (\w+)/gm)) {
		own(api, name, standIn());
	}
	// The language client refuses to start without a VS Code version it supports.
	own(api, 'version', '1.100.0');
	return api;
}

/**
 * Defines an own property: an assignment would reach the stand-in prototype's `set` trap, which keeps the value
 * for reads but leaves the object without the own property that esbuild's copy looks for.
 */
function own(target: object, key: string, value: unknown): void {
	Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

async function main(): Promise<void> {
	// The folder that holds dist/: the benchmark's copy of the build, or the checkout itself.
	const root = process.argv[2] ?? path.resolve(__dirname, '..', '..');
	const vscode = vscodeStandIn();
	const loader = Module as unknown as { _load(request: string, parent?: { filename?: string }, ...rest: unknown[]): unknown };
	const load = loader._load;
	const bundles = path.join(root, 'dist', 'client');
	let deferredLoad = 0;
	let nested = false;
	loader._load = function (request: string, parent?: { filename?: string }, ...rest: unknown[]) {
		if (request === 'vscode') {
			return vscode;
		}
		// Another bundle that a bundle requires, timed whole; what it requires in turn is part of that time.
		if (nested || Module.isBuiltin(request) || !parent?.filename?.startsWith(bundles)) {
			return load.call(this, request, parent, ...rest);
		}
		const start = performance.now();
		nested = true;
		try {
			return load.call(this, request, parent, ...rest);
		} finally {
			nested = false;
			deferredLoad += performance.now() - start;
		}
	};
	const context = {
		subscriptions: [] as unknown[],
		asAbsolutePath: (relative: string) => path.join(root, relative),
		extensionPath: root,
		extensionUri: standIn(),
		globalState: standIn(),
		workspaceState: standIn(),
	};
	const start = performance.now();
	const extension = require(path.join(root, 'dist', 'client', 'extension.js')) as {
		activate(context: unknown): Promise<void>;
		deactivate(): Promise<void>;
	};
	const loaded = performance.now();
	const activation = extension.activate(context);
	const called = performance.now();
	await activation;
	const resolved = performance.now();
	const run: ActivationRun = { load: loaded - start, activateCall: called - loaded, deferredLoad, activateResolved: resolved - loaded };
	process.stdout.write(`${JSON.stringify(run)}\n`);
	await extension.deactivate();
	process.exit(0);
}

if (require.main === module) {
	main().catch(error => {
		process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
		process.exit(1);
	});
}
