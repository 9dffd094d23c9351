/**
 * A minimal sequential test harness for the extension host, so the end-to-end suite needs no test framework.
 * Tests run one after another because they share one VS Code window.
 */

type TestFunction = () => Promise<void> | void;

const registered: { name: string; fn: TestFunction }[] = [];

export function test(name: string, fn: TestFunction): void {
	registered.push({ name, fn });
}

/** Runs every registered test; rejects when any failed, which makes `runTests` exit with a failure. */
export async function runRegistered(): Promise<void> {
	let failed = 0;
	for (const { name, fn } of registered) {
		try {
			await fn();
			console.log(`ok - ${name}`);
		} catch (error) {
			failed++;
			console.error(`not ok - ${name}\n${error instanceof Error ? error.stack : String(error)}`);
		}
	}
	console.log(`e2e: ${registered.length - failed} passed, ${failed} failed`);
	if (failed > 0) {
		throw new Error(`${failed} end-to-end test(s) failed`);
	}
}

/** Polls until `predicate` holds, because the language server and detection answer asynchronously. */
export async function waitFor<T>(
	predicate: () => Promise<T | undefined> | T | undefined,
	description: string,
	timeoutMs = 15_000,
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await predicate();
		if (value) {
			return value;
		}
		if (Date.now() > deadline) {
			throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}`);
		}
		await new Promise(resolve => setTimeout(resolve, 100));
	}
}
