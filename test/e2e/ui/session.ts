import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from '../../support/paths';
import { launchChromium } from '../support/chromium';
import { cacheDir, installExtension, startCodeServer } from '../support/codeServer';
import { onCleanup } from '../support/part';
import { prepareWorkspace, tempDir, TestWorkspace } from '../support/workspace';

export const vsixPath = path.join(repoRoot, 'un-resolution.vsix');

export interface UiSession {
	readonly page: Page;
	readonly workspace: TestWorkspace;
}

/**
 * A workbench as a user has it after installing the packaged extension: the .vsix installed with code-server's own
 * `--install-extension` into a private extensions directory, the test workspace open in a browser window. Everything
 * started here is stopped by the part's cleanup, whichever way the tests end.
 */
export async function openWorkbench(): Promise<UiSession> {
	const root = cacheDir();
	const extensions = tempDir('un-resolution-ui-ext-');
	onCleanup(extensions.dispose);
	const installed = installExtension(root, vsixPath, extensions.dir);
	if (!/successfully installed/i.test(installed)) {
		throw new Error(`code-server did not install ${vsixPath}:\n${installed}`);
	}
	const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
	const folder = path.join(extensions.dir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
	if (!fs.existsSync(path.join(folder, 'dist', 'server', 'node.js'))) {
		throw new Error(`the installed extension has no language server at ${folder}/dist/server/node.js`);
	}
	const workspace = prepareWorkspace();
	onCleanup(workspace.dispose);
	// A collapsed outline shows the three parts of a resolution at a glance; the tests expand what they look into.
	const settings = { 'outline.collapseItems': 'alwaysCollapse' };
	const server = await startCodeServer(root, { folder: workspace.dir, extensionsDir: extensions.dir, settings });
	onCleanup(server.stop);
	const browser = await launchChromium();
	const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
	await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace.dir)}`);
	return { page, workspace };
}
