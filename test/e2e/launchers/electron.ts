import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

/**
 * Runs the end-to-end suite in a real VS Code. Machines without network access (CI here among them) cannot
 * download VS Code, so the suite is skipped there with one line of explanation, unless a VS Code is provided:
 * `VSCODE_TEST_PATH=/path/to/code npm run test:e2e`, or a build cached in .vscode-test/ by an earlier download.
 */

/** The oldest VS Code that `engines.vscode` accepts, and the one the end-to-end tests are meant to run on. */
const VSCODE_VERSION = '1.100.3';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const cachePath = path.join(repoRoot, '.vscode-test');

function skip(reason: string): number {
	console.log(`e2e: skipped: ${reason}. Set VSCODE_TEST_PATH to a VS Code executable to run the end-to-end tests.`);
	return 0;
}

/** Finds VS Code without surprises: an explicit path, a cached build, or (off CI) a download. */
async function findVSCode(): Promise<string | { skip: string }> {
	const explicit = process.env.VSCODE_TEST_PATH ?? process.env.VSCODE_EXECUTABLE;
	if (explicit) {
		// A path the user gave that does not exist is a mistake to report, not a reason to skip.
		if (!fs.existsSync(explicit)) {
			throw new Error(`VSCODE_TEST_PATH '${explicit}' does not exist`);
		}
		return explicit;
	}
	const cached = fs.existsSync(cachePath) && fs.readdirSync(cachePath).some(name => name.endsWith(`-${VSCODE_VERSION}`));
	if (!cached && process.env.CI) {
		return { skip: `VS Code ${VSCODE_VERSION} is not cached and CI does not download it` };
	}
	try {
		return await downloadAndUnzipVSCode({ version: VSCODE_VERSION, cachePath, timeout: 15_000 });
	} catch (error) {
		return { skip: `VS Code ${VSCODE_VERSION} could not be downloaded (${error instanceof Error ? error.message : String(error)})` };
	}
}

/** A fresh copy of the fixture workspace and the examples, so VS Code never writes into the repository. */
function prepareWorkspace(): string {
	const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'un-resolution-e2e-'));
	fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
	const examples = path.join(repoRoot, 'examples');
	for (const name of fs.readdirSync(examples)) {
		fs.copyFileSync(path.join(examples, name), path.join(workspace, name));
	}
	// The same draft under a plain .txt name exercises content detection.
	fs.copyFileSync(path.join(examples, 'digital-cooperation.resolution.txt'), path.join(workspace, 'plain-draft.txt'));
	return workspace;
}

async function main(): Promise<number> {
	const vscodeExecutablePath = await findVSCode();
	if (typeof vscodeExecutablePath !== 'string') {
		return skip(vscodeExecutablePath.skip);
	}
	if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
		return skip('there is no display (run it under xvfb-run)');
	}
	const workspace = prepareWorkspace();
	try {
		await runTests({
			vscodeExecutablePath,
			extensionDevelopmentPath: repoRoot,
			extensionTestsPath: path.join(__dirname, 'suite', 'index'),
			launchArgs: [workspace, '--disable-extensions', '--disable-gpu', '--skip-welcome', '--skip-release-notes'],
		});
		return 0;
	} finally {
		fs.rmSync(workspace, { recursive: true, force: true });
	}
}

main().then(code => {
	process.exitCode = code;
}, error => {
	console.error(`e2e: failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
});
