import * as path from 'node:path';
import { repoRoot } from '../../support/paths';
import { launchChromium } from '../support/chromium';
import { ensureCodeServer, startCodeServer } from '../support/codeServer';
import { onCleanup, runPart } from '../support/part';
import { requirePackages } from '../support/system';
import { prepareWorkspace, tempDir } from '../support/workspace';
import { bundleWebSuite, webExtensionHostSettings } from '../web/bundle';

/**
 * `npm run test:e2e`: the extension-host suite (test/e2e/suite) in VS Code 1.100.3 served by code-server and driven
 * by headless Chromium. The workbench loads the extension from this repository and the suite from out/, runs it in the
 * server's extension host, and reports through two hooks VS Code's own smoke tests use: `codeAutomationLog` for every
 * line the extension host logs and `codeAutomationExit` for the exit code.
 */

const SUITE_START = 'extension-host suite: running';
const SUITE_SUMMARY = /extension-host suite: (\d+) passed, (\d+) failed, (\d+) skipped/;
/** Workbench messages that keep coming while the suite runs, and say nothing about it. */
const WORKBENCH_NOISE = /^(Ignoring fetching additional builtin extensions|Updating additional builtin extensions cache)/;

/** `--web` runs the same suite in the web worker extension host, where the extension runs as in vscode.dev. */
const web = process.argv.includes('--web');

runPart(web ? 'code-server suite, web extension host' : 'code-server suite', 8 * 60_000, async () => {
	requirePackages('The code-server suite', ['chromium', 'ripgrep', 'libkrb5-dev']);
	const root = ensureCodeServer(line => console.log(line));
	const workspace = prepareWorkspace();
	onCleanup(workspace.dispose);
	if (!workspace.has73218) {
		console.log('code-server suite: ../shared/corpus is absent; the tests on the 73/218 text will be skipped');
	}
	const extensions = tempDir('un-resolution-cs-ext-');
	onCleanup(extensions.dispose);
	const testsPath = web ? await bundleWebSuite() : path.join(__dirname, '..', 'suite', 'index');
	const settings = web ? webExtensionHostSettings() : undefined;
	const server = await startCodeServer(root, { folder: workspace.dir, extensionsDir: extensions.dir, settings });
	onCleanup(server.stop);

	const page = await (await launchChromium()).newPage();
	let summary: RegExpExecArray | null = null;
	let suiteStarted = false;
	await page.exposeFunction('codeAutomationLog', (level: string, message: unknown) => {
		const text = String(message);
		suiteStarted ||= text.startsWith(SUITE_START);
		summary = SUITE_SUMMARY.exec(text) ?? summary;
		// The workbench logs its start-up at the same level as the suite; only the suite's report is worth reading.
		if ((suiteStarted && !WORKBENCH_NOISE.test(text)) || level === 'error' || process.env.E2E_VERBOSE) {
			console.log(text.replace(/\n$/, ''));
		}
	});
	let reportExit: (code: number) => void = () => undefined;
	const exitCode = new Promise<number>(resolve => {
		reportExit = resolve;
	});
	await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
	const payload = [
		['extensionDevelopmentPath', server.remoteUri(repoRoot)],
		['extensionTestsPath', server.remoteUri(testsPath)],
	];
	await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace.dir)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
	const code = await exitCode;
	const counts = summary as RegExpExecArray | null;
	if (!counts) {
		console.error(`The suite ended with exit code ${code} before it reported its counts. code-server said:\n${server.output()}`);
		return { passed: 0, failed: 1, skipped: 0 };
	}
	const [passed, failed, skipped] = counts.slice(1).map(Number);
	// An exit code that disagrees with the counts (an error outside any test) is a failure of its own.
	return { passed, failed: code !== 0 && failed === 0 ? 1 : failed, skipped };
});
