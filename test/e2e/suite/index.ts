import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import Mocha = require('mocha');

/**
 * Files that change the state of the whole window for the tests after them (a restart of the language client) run
 * after all others; every other file runs in alphabetical order.
 */
const RUN_LAST = ['serverRestart.test.js'];

/** The test files among `names`, in the order they run; the web extension host's bundle (web/bundle.ts) keeps it. */
export function orderTestFiles(names: readonly string[]): string[] {
	return names.filter(name => name.endsWith('.test.js'))
		.sort((a, b) => Number(RUN_LAST.includes(a)) - Number(RUN_LAST.includes(b)) || a.localeCompare(b));
}

/**
 * Entry point of the extension-host suite: both launchers (@vscode/test-electron and code-server) load this module
 * inside the extension host and call `run()`. Every `*.test.js` file beside it is a part of the suite, so a feature's
 * tests are added by adding a file, without touching this one.
 */
export function run(): Promise<void> {
	// Reporters call console.log with printf-style arguments; code-server's log hook would join them with commas
	// instead of formatting them, so each line is formatted here.
	Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(util.format(...args));
	const mocha = new Mocha({
		ui: 'tdd',
		// The output goes through the extension host's console into a log, where colour codes are noise.
		color: false,
		timeout: 60_000,
		grep: process.env.E2E_GREP,
	});
	const testFiles = orderTestFiles(fs.readdirSync(__dirname));
	for (const name of testFiles) {
		mocha.addFile(path.join(__dirname, name));
	}
	// The code-server launcher shows the extension host's log from this line on.
	console.log(`extension-host suite: running ${testFiles.length} test files`);
	return new Promise((resolve, reject) => {
		const runner = mocha.run(failures => {
			const { passes = 0, failures: failed = 0, pending = 0 } = runner.stats ?? {};
			// The code-server launcher reads this line to count the results; keep its shape.
			console.log(`extension-host suite: ${passes} passed, ${failed} failed, ${pending} skipped`);
			// The desktop launcher asks for a file instead, since it sees VS Code's output only as a stream.
			if (process.env.E2E_SUITE_RESULT) {
				fs.writeFileSync(process.env.E2E_SUITE_RESULT, JSON.stringify({ passed: passes, failed, skipped: pending }));
			}
			if (failures > 0) {
				reject(new Error(`${failures} end-to-end test(s) failed`));
			} else {
				resolve();
			}
		});
	});
}
