import * as fs from 'node:fs';

/**
 * The common frame of every end-to-end part (code-server suite, UI test, Neovim check, VS Code desktop suite): one
 * closing line of counts, a result file for the `npm test` summary, an overall time limit, and cleanup that runs
 * however the part ends, so that no code-server, Chromium or Neovim outlives it.
 */

export interface PartResult {
	passed: number;
	failed: number;
	skipped: number;
	/** Why the part did not run, when it did not. */
	skipReason?: string;
}

/**
 * Thrown when a part cannot run on this machine. Under CI=true a skip is a failure, because CI must run every part,
 * unless the reason holds on every CI machine too (no VS Code desktop can be downloaded there).
 */
export class Skip extends Error {
	constructor(reason: string, readonly evenInCI = false) {
		super(reason);
	}
}

export const isCI = /^(1|true)$/i.test(process.env.CI ?? '');

type Cleanup = () => void | Promise<void>;
const cleanups: Cleanup[] = [];
const syncKills: (() => void)[] = [];

/** Registers an asynchronous cleanup, run in reverse order of registration when the part ends. */
export function onCleanup(cleanup: Cleanup): void {
	cleanups.push(cleanup);
}

/**
 * Registers a synchronous last resort (a kill of a process group) that also runs when Node exits abruptly, where
 * asynchronous cleanup cannot.
 */
export function onExitKill(kill: () => void): void {
	syncKills.push(kill);
}

async function runCleanups(): Promise<void> {
	while (cleanups.length > 0) {
		const cleanup = cleanups.pop()!;
		try {
			await cleanup();
		} catch (error) {
			console.error(`cleanup failed: ${describe(error)}`);
		}
	}
	runSyncKills();
}

function runSyncKills(): void {
	for (const kill of syncKills.splice(0)) {
		try {
			kill();
		} catch {
			// The process is already gone, which is what we wanted.
		}
	}
}

export function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** Runs a part as the main program of this process and exits with 0 when nothing failed. */
export function runPart(name: string, timeoutMs: number, body: () => Promise<PartResult>): void {
	const started = Date.now();
	const finish = async (result: PartResult): Promise<never> => {
		await runCleanups();
		const seconds = ((Date.now() - started) / 1000).toFixed(1);
		if (result.skipReason) {
			console.log(`${name}: skipped: ${result.skipReason}`);
		}
		console.log(`${name}: ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped (${seconds} s)`);
		if (process.env.E2E_RESULT_FILE) {
			fs.writeFileSync(process.env.E2E_RESULT_FILE, JSON.stringify({ ...result, seconds: Number(seconds) }));
		}
		process.exit(result.failed > 0 ? 1 : 0);
	};
	const fail = (message: string) => {
		console.error(`${name}: failed: ${message}`);
		return finish({ passed: 0, failed: 1, skipped: 0 });
	};
	process.on('exit', runSyncKills);
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.on(signal, () => void fail(`interrupted by ${signal}`));
	}
	// A broken payload or a hung browser never reports back, so the part keeps its own clock.
	setTimeout(() => void fail(`no result after ${timeoutMs / 1000} s`), timeoutMs).unref();
	body().then(finish, error => {
		if (error instanceof Skip && (!isCI || error.evenInCI)) {
			return finish({ passed: 0, failed: 0, skipped: 0, skipReason: error.message });
		}
		const prefix = error instanceof Skip ? 'CI=true requires every part to run: ' : '';
		return fail(prefix + (error instanceof Error && !(error instanceof Skip) ? error.stack ?? error.message : describe(error)));
	});
}
