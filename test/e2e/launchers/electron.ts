import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { repoRoot } from '../../support/paths';
import { describe, isCI, onCleanup, runPart, Skip } from '../support/part';
import { prepareWorkspace } from '../support/workspace';

/**
 * `npm run test:vscode`: the extension-host suite (test/e2e/suite) in the desktop VS Code, through
 * @vscode/test-electron. Machines without network access cannot download VS Code, so it is skipped there with one line
 * of explanation, unless a VS Code is provided: `VSCODE_TEST_PATH=/path/to/code npm run test:vscode`, or a build cached
 * in .vscode-test/ by an earlier download. The same suite runs everywhere in code-server (`npm run test:e2e`).
 */

/** The oldest VS Code that `engines.vscode` accepts, and the one code-server 4.100.3 is built from. */
const VSCODE_VERSION = '1.100.3';

const cachePath = path.join(repoRoot, '.vscode-test');

/** Finds VS Code without surprises: an explicit path, a cached build, or (off CI) a download. */
async function findVSCode(): Promise<string> {
	const explicit = process.env.VSCODE_TEST_PATH ?? process.env.VSCODE_EXECUTABLE;
	if (explicit) {
		// A path the user gave that does not exist is a mistake to report, not a reason to skip.
		if (!fs.existsSync(explicit)) {
			throw new Error(`VSCODE_TEST_PATH '${explicit}' does not exist`);
		}
		return explicit;
	}
	const cached = fs.existsSync(cachePath) && fs.readdirSync(cachePath).some(name => name.endsWith(`-${VSCODE_VERSION}`));
	const hint = 'set VSCODE_TEST_PATH to a VS Code executable to run it; the same suite runs in code-server (npm run test:e2e)';
	if (!cached && isCI) {
		throw new Skip(`VS Code ${VSCODE_VERSION} is not cached and CI does not download it; ${hint}`, true);
	}
	try {
		return await downloadAndUnzipVSCode({ version: VSCODE_VERSION, cachePath, timeout: 15_000 });
	} catch (error) {
		throw new Skip(`VS Code ${VSCODE_VERSION} could not be downloaded (${describe(error)}); ${hint}`, true);
	}
}

runPart('VS Code desktop suite', 10 * 60_000, async () => {
	const vscodeExecutablePath = await findVSCode();
	if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
		throw new Skip('there is no display (run it under xvfb-run)', true);
	}
	const workspace = prepareWorkspace();
	onCleanup(workspace.dispose);
	const resultFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'un-resolution-electron-')), 'result.json');
	onCleanup(() => fs.rmSync(path.dirname(resultFile), { recursive: true, force: true }));
	const exitCode = await runTests({
		vscodeExecutablePath,
		extensionDevelopmentPath: repoRoot,
		extensionTestsPath: path.join(__dirname, '..', 'suite', 'index'),
		// The suite writes its counts here, since the desktop's output reaches this process only as a stream.
		extensionTestsEnv: { E2E_SUITE_RESULT: resultFile },
		launchArgs: [workspace.dir, '--disable-extensions', '--disable-gpu', '--skip-welcome', '--skip-release-notes'],
	}).catch(() => 1);
	if (!fs.existsSync(resultFile)) {
		return { passed: 0, failed: 1, skipped: 0 };
	}
	const counts = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as { passed: number; failed: number; skipped: number };
	return { ...counts, failed: exitCode !== 0 && counts.failed === 0 ? 1 : counts.failed };
});
