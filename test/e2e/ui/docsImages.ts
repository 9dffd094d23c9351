import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from '../../support/paths';
import { launchChromium } from '../support/chromium';
import { ensureCodeServer, startCodeServer } from '../support/codeServer';
import { onCleanup, runPart, Skip } from '../support/part';
import { requirePackages } from '../support/system';
import { prepareWorkspace, tempDir } from '../support/workspace';
import { quickOpen, runCommand, waitForLanguageMode, waitForWorkbench } from './workbench';

/**
 * `node out/test/e2e/ui/docsImages.js`: takes the README's pictures of the preview and the Resolution Structure view
 * of the 73/218 text, with the extension loaded from this checkout, and writes them to docs/images/. It is a tool,
 * not a test: the extension-host suite checks what the views show; this shows a person what they look like.
 */
const imagesDir = path.join(repoRoot, 'docs', 'images');

runPart('README pictures', 5 * 60_000, async () => {
	requirePackages('The README pictures', ['chromium', 'ripgrep', 'libkrb5-dev', 'fonts-wqy-zenhei']);
	const workspace = prepareWorkspace();
	onCleanup(workspace.dispose);
	if (!workspace.has73218) {
		throw new Skip('../shared/corpus/zh-a-res-73-218.txt is absent');
	}
	const extensions = tempDir('un-resolution-img-ext-');
	onCleanup(extensions.dispose);
	const server = await startCodeServer(ensureCodeServer(line => console.log(line)), {
		folder: workspace.dir,
		extensionsDir: extensions.dir,
		settings: { 'workbench.colorTheme': 'Default Light Modern', 'editor.minimap.enabled': false, 'window.commandCenter': false },
	});
	onCleanup(server.stop);
	const page = await (await launchChromium()).newPage({ viewport: { width: 1600, height: 900 } });
	const payload = [['extensionDevelopmentPath', server.remoteUri(repoRoot)]];
	await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace.dir)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
	await waitForWorkbench(page);
	await quickOpen(page, 'zh-a-res-73-218.txt');
	await waitForLanguageMode(page, 'UN Resolution');
	fs.mkdirSync(imagesDir, { recursive: true });

	await runCommand(page, 'UN Resolution: Open Preview to the Side');
	await page.frameLocator('iframe.webview').frameLocator('iframe').locator('.operative').first().waitFor({ timeout: 30_000 });
	await goToLine(page, 121);
	await save(page, 'preview-73-218.png');

	await runCommand(page, 'View: Close All Editor Groups');
	// Reopened at once, the file would count as switched back to plain text by hand (see client/src/autoDetect.ts).
	await page.waitForTimeout(2000);
	await quickOpen(page, 'zh-a-res-73-218.txt');
	await waitForLanguageMode(page, 'UN Resolution');
	await runCommand(page, 'UN Resolution: Focus on Resolution Structure View');
	// The preamble's 38 paragraphs are folded away, so that the picture shows the operative part.
	const preamble = page.locator('.pane-body .monaco-list-row', { hasText: 'Preamble' }).first();
	await preamble.waitFor({ timeout: 30_000 });
	await preamble.locator('.monaco-tl-twistie').click();
	await goToLine(page, 127);
	await page.locator('.pane-body .monaco-list-row.selected', { hasText: '6. 鼓励' }).first().waitFor({ timeout: 30_000 });
	await save(page, 'structure-73-218.png');
	return { passed: 2, failed: 0, skipped: 0 };
});

/** Puts the cursor on a 1-based line with "Go to Line", as a person would. */
async function goToLine(page: Page, line: number): Promise<void> {
	await page.keyboard.press('Control+G');
	await page.locator('.quick-input-widget input').fill(`:${line}`);
	await page.keyboard.press('Enter');
	await page.waitForTimeout(1000);
}

async function save(page: Page, name: string): Promise<void> {
	await page.waitForTimeout(1000);
	await page.screenshot({ path: path.join(imagesDir, name) });
	console.log(`wrote docs/images/${name}`);
}
