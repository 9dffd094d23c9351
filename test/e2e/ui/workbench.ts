import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { repoRoot } from '../../support/paths';

/**
 * What a person does and sees in the VS Code workbench, as Playwright steps. The selectors are VS Code 1.100's; the
 * functions for squiggles, the problem counter and hovers are ready for the tests that will use them once the
 * language server publishes diagnostics and hovers.
 */

export const resultsDir = path.join(repoRoot, 'test-results', 'ui');

/** Waits until the workbench has restored its layout and the explorer shows the workspace. */
export async function waitForWorkbench(page: Page): Promise<void> {
	await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
	await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
}

/**
 * Opens a workspace file by name with Ctrl+P, as a person would, or, when it is open already, clicks its tab (Quick
 * Open lists such a file twice, as recently opened and as found, and the list is drawn again between the two: an
 * Enter then sometimes opened nothing).
 */
export async function quickOpen(page: Page, fileName: string): Promise<void> {
	const tab = page.locator('.tabs-container .tab', { hasText: fileName });
	if (await tab.count() > 0) {
		await tab.first().click();
	} else {
		await page.keyboard.press('Control+P');
		const input = page.locator('.quick-input-widget input');
		await input.waitFor();
		await input.fill(fileName);
		// The list fills in as the file search answers; Enter before that would open nothing.
		await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor();
		await page.keyboard.press('Enter');
	}
	await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor();
}

/** Runs a command from the Command Palette by its title. */
export async function runCommand(page: Page, title: string): Promise<void> {
	await page.keyboard.press('Control+Shift+P');
	const input = page.locator('.quick-input-widget input');
	await input.waitFor();
	await input.fill(`>${title}`);
	await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
	await page.keyboard.press('Enter');
}

/** The language mode shown in the status bar, once it reads `expected`. */
export async function waitForLanguageMode(page: Page, expected: string): Promise<void> {
	await page.locator('#status\\.editor\\.mode', { hasText: expected }).waitFor({ timeout: 30_000 });
}

/**
 * Shows the Outline view with the whole height of the side bar (the file tree folded away, since its files are opened
 * with Ctrl+P) and returns the labels of its rows once `expectedLabel` is among them.
 */
export async function outlineLabels(page: Page, expectedLabel: string): Promise<string[]> {
	await runCommand(page, 'Explorer: Focus on Outline View');
	const folders = page.locator('.pane-header[aria-label^="Explorer Section"]');
	if ((await folders.getAttribute('aria-expanded')) === 'true') {
		await folders.click();
	}
	const rows = page.locator('.outline-pane .monaco-list-row');
	await rows.filter({ hasText: expectedLabel }).first().waitFor({ timeout: 30_000 });
	return (await rows.locator('.monaco-icon-label .label-name').allInnerTexts()).map(label => label.trim());
}

/** Expands an Outline entry, so that a screenshot shows what is inside it. */
export async function expandOutlineEntry(page: Page, label: string): Promise<void> {
	const row = page.locator('.outline-pane .monaco-list-row', { hasText: label }).first();
	if ((await row.getAttribute('aria-expanded')) === 'false') {
		await row.locator('.monaco-tl-twistie').click();
	}
	await page.locator('.outline-pane .monaco-list-row[aria-level="2"]').first().waitFor();
}

/** Saves a screenshot of the whole window under test-results/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
	fs.mkdirSync(resultsDir, { recursive: true });
	const file = path.join(resultsDir, `${name}.png`);
	// Let the editor finish painting after the last change, so that the picture is not half drawn.
	await page.waitForTimeout(500);
	await page.screenshot({ path: file });
	return file;
}

/** The squiggles the editor draws under diagnostics, by severity. */
export function squiggles(page: Page, severity: 'error' | 'warning' | 'info' = 'warning'): Locator {
	return page.locator(`.monaco-editor .view-overlays .squiggly-${severity}`);
}

/** The problem counter in the status bar, as its accessible label reads ("Errors: 0, Warnings: 2"). */
export async function problemCounts(page: Page): Promise<{ errors: number; warnings: number }> {
	const label = (await page.locator('#status\\.problems a').getAttribute('aria-label')) ?? '';
	const count = (name: string) => Number(new RegExp(`${name}: (\\d+)`).exec(label)?.[1] ?? 0);
	return { errors: count('Errors'), warnings: count('Warnings') };
}

/**
 * Shows the hover at the first occurrence of `text` in the editor and returns what it says. The cursor is put
 * inside the token that holds the text (the innermost span: a line's own span would put the pointer at the middle
 * of the line) and the hover asked for with Show Hover (Ctrl+K Ctrl+I), as a keyboard user does, which is certain
 * to show it where a resting pointer may not. What is returned is the language server's part of the hover.
 */
export async function hoverText(page: Page, text: string): Promise<string> {
	await page.locator('.monaco-editor .view-line span span', { hasText: text }).first().click();
	await page.keyboard.press('Control+K');
	await page.keyboard.press('Control+I');
	// On a link the hover has two parts: the link's own ("Follow link (ctrl + click)") and the language server's.
	const hover = page.locator('.monaco-hover:not(.hidden) .hover-contents', { hasText: text, hasNotText: /\(ctrl \+ click\)/i }).first();
	await hover.waitFor({ timeout: 15_000 });
	return hover.innerText();
}
