import * as assert from 'node:assert/strict';
import { setup, suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../../client/src/draftFeatures';
import { closeDraft, draftApi, untitledDraft } from './draftApi';
import { closeAllEditors, Fixtures, openResolution, requireFixture, waitFor, workspaceFile } from './helpers';

/** Opens the preview of `editor`'s draft and waits until it shows that draft's current version. */
async function preview(api: ExtensionApi, editor: vscode.TextEditor): Promise<string> {
	await vscode.window.showTextDocument(editor.document);
	await vscode.commands.executeCommand('unResolution.showPreview');
	await waitFor(() => api.preview.rendering?.uri === editor.document.uri.toString() && api.preview.rendering.version === editor.document.version, 'the preview of the draft');
	return api.preview.rendering!.html;
}

suite('Preview', () => {
	let api: ExtensionApi;
	suiteSetup(async () => {
		api = await draftApi();
	});
	setup(closeAllEditors);

	test('shows the English example as the UN prints it, beside the draft', async () => {
		const editor = await openResolution(workspaceFile(Fixtures.english));
		const html = await preview(api, editor);
		assert.equal(api.preview.visible, true);
		assert.equal(api.preview.rendering?.title, '80/999 Digital cooperation for sustainable development');
		assert.match(html, /<em class="opener">Recalling<\/em> its resolution <a class="symbol" href="https:\/\/undocs\.org\/en\/A\/RES\/70\/1"/);
		assert.match(html, /<span class="number">10\.<\/span>/);
		assert.match(html, /<footer class="footnotes">/);
		const tab = await waitFor(() => vscode.window.tabGroups.all.flatMap(group => group.tabs)
			.find(candidate => candidate.label === 'Preview 80/999 Digital cooperation for sustainable development'), 'the preview\'s tab');
		assert.notEqual(tab?.group.viewColumn, vscode.window.visibleTextEditors.find(visible => visible.document === editor.document)?.viewColumn);
	});

	test('follows the typing, and shows markup typed into the draft as text', async () => {
		const editor = await untitledDraft('The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Decides to act.\n');
		try {
			await preview(api, editor);
			await editor.edit(edit => edit.insert(new vscode.Position(4, 11), '<script>alert(1)</script> '));
			await waitFor(() => api.preview.rendering?.version === editor.document.version, 'the preview of the edited draft');
			assert.match(api.preview.rendering!.html, /Decides<\/em> &lt;script&gt;alert\(1\)&lt;\/script&gt; to act\./);
		} finally {
			await closeDraft();
		}
	});

	test('scrolls with the editor, and the editor with the preview', async () => {
		const editor = await openResolution(workspaceFile(Fixtures.english));
		await preview(api, editor);
		// The page's script says it is ready once it runs under the page's policy; the extension answers with the editor's line.
		await waitFor(() => api.preview.lastScrolledLine !== undefined, 'the preview page to report that it is ready');
		// A person's scroll sends a message per frame; the first ones may be taken for the echo of a layout change.
		await waitFor(async () => {
			api.preview.receive({ type: 'revealLine', line: 20.4 });
			await new Promise(resolve => setTimeout(resolve, 100));
			// VS Code keeps a line or two of context above a line revealed at the top.
			return Math.abs((editor.visibleRanges[0]?.start.line ?? 0) - 20) <= 3;
		}, `the editor to scroll to line 21 (it shows ${editor.visibleRanges[0]?.start.line})`);
		// The page reports its own scroll a moment later; an echo within that moment is ignored by design.
		await new Promise(resolve => setTimeout(resolve, 500));
		editor.revealRange(new vscode.Range(50, 0, 50, 0), vscode.TextEditorRevealType.AtTop);
		await waitFor(() => (api.preview.lastScrolledLine ?? 0) >= 45, 'the preview to be asked to scroll to line 50');
	});

	test('a double click in the preview puts the cursor on that line of the draft', async () => {
		const editor = await openResolution(workspaceFile(Fixtures.english));
		await preview(api, editor);
		api.preview.receive({ type: 'openSource', line: 34 });
		await waitFor(() => vscode.window.activeTextEditor?.selection.active.line === 34, 'the cursor on line 35');
	});

	test('the 73/218 text: every paragraph and footnote, in Chinese', async function () {
		const uri = await requireFixture(this, Fixtures.resolution73218);
		const html = await preview(api, await openResolution(uri));
		assert.match(html, /^<article class="resolution" lang="zh" dir="ltr">/);
		assert.equal((html.match(/class="operative"/g) ?? []).length, 39);
		assert.equal((html.match(/class="preambular"/g) ?? []).length, 38);
		assert.equal((html.match(/class="footnote"/g) ?? []).length, 13);
	});
});
