// Mocha's browser build: it sets `globalThis.mocha` and, once set up, the TDD globals that mochaGlobals.ts forwards to.
import 'mocha/mocha.js';
import { suite, test } from './mochaGlobals';

/** Chosen when the bundle is built (bundle.ts), since the web extension host has no environment variables. */
declare const E2E_GREP: string;

/** One test file of the suite: loaded once the TDD globals exist, or left out for the Node modules it needs. */
export type SuiteFile = { name: string; load(): void } | { name: string; needs: string[] };

/**
 * The web extension host's counterpart of suite/index.ts: runs the same test files with Mocha's browser build and
 * reports through the console, which code-server forwards to the launcher, in the lines the launcher reads.
 */
export function runSuite(files: readonly SuiteFile[]): Promise<void> {
	const { mocha, Mocha } = globalThis as unknown as { mocha: BrowserMocha; Mocha: typeof import('mocha') };
	// Reporters log printf-style, and code-server's log hook would join the arguments with commas instead.
	Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(formatLine(args));
	mocha.setup({ ui: 'tdd', reporter: 'spec', color: false, timeout: 60_000, ...(E2E_GREP ? { grep: E2E_GREP } : {}) });
	for (const file of files) {
		if ('load' in file) {
			file.load();
		} else {
			// A test without a body is pending: the count says that something was not run, and this says why.
			suite(`${file.name}: Node extension host only`, () => test(`needs ${file.needs.join(', ')}, which a web extension host lacks`));
		}
	}
	// The launcher shows the extension host's log from this line on.
	console.log(`extension-host suite: running ${files.length} test files in the web extension host`);
	return new Promise((resolve, reject) => {
		const runner = mocha.run(failures => {
			const { passes = 0, failures: failed = 0, pending = 0 } = runner.stats ?? {};
			// The launcher reads this line to count the results, as it does for suite/index.ts; keep the two alike.
			console.log(`extension-host suite: ${passes} passed, ${failed} failed, ${pending} skipped`);
			if (failures > 0) {
				reject(new Error(`${failures} end-to-end test(s) failed in the web extension host`));
			} else {
				resolve();
			}
		});
	});
}

/** The `%s`, `%d` and `%%` of a printf-style console call, which is all Mocha's reporters use; Node's util is not here. */
export function formatLine([format = '', ...args]: unknown[]): string {
	if (typeof format !== 'string') {
		return [format, ...args].map(String).join(' ');
	}
	const line = format.replace(/%([sdi%])/g, (directive, kind: string) => {
		if (kind === '%') {
			return '%';
		}
		return args.length > 0 ? String(kind === 'd' || kind === 'i' ? Number(args.shift()) : args.shift()) : directive;
	});
	return [line, ...args.map(String)].join(' ');
}
