import Mocha = require('mocha');
import type { PartResult } from './part';

/** Runs mocha test files in this Node process (the UI test, the Neovim check) and returns their counts. */
export function runMocha(files: readonly string[], options: Mocha.MochaOptions): Promise<PartResult> {
	const mocha = new Mocha({ ui: 'tdd', color: process.stdout.isTTY, grep: process.env.E2E_GREP, ...options });
	for (const file of files) {
		mocha.addFile(file);
	}
	return new Promise(resolve => {
		const runner = mocha.run(() => {
			const { passes = 0, failures = 0, pending = 0 } = runner.stats ?? {};
			resolve({ passed: passes, failed: failures, skipped: pending });
		});
	});
}
