import { runRegistered } from './harness';

/** Entry point that `@vscode/test-electron` loads inside the extension host. */
export async function run(): Promise<void> {
	// Loading a test file registers its tests with the harness.
	require('./extension.test');
	await runRegistered();
}
