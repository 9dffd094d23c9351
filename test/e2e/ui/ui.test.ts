import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import type { Page } from 'playwright-core';
import { verbNotesIn } from '../../../server/src/languageService/wording/verbNotes';
import { openWorkbench } from './session';
import { expandOutlineEntry, hoverText, outlineLabels, problemCounts, quickOpen, screenshot, squiggles, waitForLanguageMode, waitForWorkbench } from './workbench';

/**
 * What a person sees after installing the packaged extension. The tests run in order in one window, as a person
 * would work: each opens its file with Ctrl+P and reads the status bar and the Outline view.
 */
suite('UI: the packaged extension in the workbench', () => {
	let page: Page;
	let has73218 = false;

	suiteSetup(async function () {
		this.timeout(180_000);
		const session = await openWorkbench();
		page = session.page;
		has73218 = session.workspace.has73218;
		await waitForWorkbench(page);
	});

	// A picture of the window at the moment of failure says more than a selector that timed out.
	teardown(async function () {
		if (this.currentTest?.state === 'failed' && page) {
			const file = await screenshot(page, `failed-${this.currentTest.title.replace(/[^\w]+/g, '-').slice(0, 60)}`);
			console.log(`    screenshot of the failure: ${file}`);
		}
	});

	test('the English example opens in UN Resolution mode with its outline', async () => {
		await quickOpen(page, 'digital-cooperation.resolution.txt');
		await waitForLanguageMode(page, 'UN Resolution');
		const labels = await outlineLabels(page, 'Operative part');
		assert.deepEqual(labels.slice(0, 5), ['Heading', 'Preamble', 'Operative part', 'Footnotes', 'Closing']);
		await expandOutlineEntry(page, 'Operative part');
		const expanded = await outlineLabels(page, '1. Welcomes');
		assert.ok(expanded.includes('4. Encourages'), `the operative part lists ${expanded.join(', ')}`);
		await screenshot(page, 'english-example-outline');
	});

	test('the 73/218 text, a plain .txt, switches to UN Resolution and shows its outline', async function () {
		if (!has73218) {
			console.log('    (skipped: ../shared/corpus/zh-a-res-73-218.txt is absent)');
			this.skip();
		}
		await quickOpen(page, 'zh-a-res-73-218.txt');
		await waitForLanguageMode(page, 'UN Resolution');
		// The Outline view sorts by position, and the footnotes of this PDF text start on its first page.
		const labels = await outlineLabels(page, 'Operative part');
		assert.deepEqual([...labels.slice(0, 5)].sort(), ['Closing', 'Footnotes', 'Heading', 'Operative part', 'Preamble']);
		await expandOutlineEntry(page, 'Preamble');
		const preamble = await outlineLabels(page, '回顾');
		assert.deepEqual(preamble.slice(2, 5), ['回顾', '又回顾', '重申'], 'the preamble lists its paragraphs by their Chinese verbs');
		await screenshot(page, '73-218-outline');
	});

	// The numbering gap (1, 2, 4) and the preambular paragraph that ends with a full stop must each be reported.
	test('a draft with a numbering gap shows squiggles and the problem counter', async () => {
		await quickOpen(page, 'numbering-gap.resolution.txt');
		await waitForLanguageMode(page, 'UN Resolution');
		await squiggles(page).or(squiggles(page, 'error')).first().waitFor({ timeout: 30_000 });
		const counts = await problemCounts(page);
		assert.ok(counts.errors + counts.warnings >= 2, `the status bar counts ${JSON.stringify(counts)}`);
		await screenshot(page, 'numbering-gap-problems');
	});

	test('hovering A/73/535 in the 73/218 text explains the report symbol in Chinese', async function () {
		if (!has73218) {
			this.skip();
		}
		await quickOpen(page, 'zh-a-res-73-218.txt');
		const text = await hoverText(page, 'A/73/535');
		// The symbol decoded in the draft's language, and the link to the document on undocs.org in Chinese.
		assert.match(text, /A\/73\/535 — 大会，第七十三届会议，第 535 号文件/);
		assert.match(text, /undocs\.org\/zh\/A\/73\/535/);
		await screenshot(page, '73-218-hover');
	});

	test('hovering an opening verb of the 73/218 text says what it signals, in Chinese', async function () {
		if (!has73218) {
			this.skip();
		}
		await quickOpen(page, 'zh-a-res-73-218.txt');
		const text = await hoverText(page, '回顾');
		assert.ok(text.includes(verbNotesIn('zh').concepts.recall), text);
		await screenshot(page, '73-218-verb-hover');
	});
});
