import * as assert from 'node:assert/strict';
import { setup, suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../../client/src/draftFeatures';
import { closeDraft, draftApi, structureShown, untitledDraft } from './draftApi';
import { closeAllEditors, EXTENSION_ID, Fixtures, openResolution, waitFor, workspaceFile } from './helpers';

const GAP = 'The General Assembly,\n\nRecalling its resolution 70/1,¹\n\n1. Welcomes the report;\n\n2. Decides to act;\n\n4. Decides to remain seized of the matter.\n\n¹ Resolution 70/1.\n';

suite('Draft commands', () => {
	let api: ExtensionApi;
	suiteSetup(async () => {
		api = await draftApi();
	});
	setup(closeAllEditors);

	test('the palette lists the commands under "UN Resolution:"', async () => {
		const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
		const titles = new Map((manifest.contributes.commands as { command: string; title: string; category: string }[])
			.map(entry => [entry.command, `${entry.category}: ${entry.title}`]));
		assert.equal(titles.get('unResolution.renumberAll'), 'UN Resolution: Renumber Everything');
		assert.equal(titles.get('unResolution.insertFootnote'), 'UN Resolution: Insert Footnote');
		assert.equal(titles.get('unResolution.goToOperativeParagraph'), 'UN Resolution: Go to Operative Paragraph…');
		assert.equal(titles.get('unResolution.showPreview'), 'UN Resolution: Open Preview to the Side');
		assert.equal(titles.get('unResolution.openRuleDocumentation'), 'UN Resolution: Open Rule Documentation…');
	});

	test('Renumber puts the operative paragraphs back in order', async () => {
		const editor = await untitledDraft(GAP);
		try {
			await structureShown(api, editor.document, 'the server to know the draft');
			await vscode.commands.executeCommand('unResolution.renumberAll');
			await waitFor(() => editor.document.getText().includes('3. Decides to remain seized'), 'paragraph 4 to become 3');
			assert.equal(editor.document.getText(), GAP.replace('4. Decides', '3. Decides'));
		} finally {
			await closeDraft();
		}
	});

	test('Insert Footnote adds the next number at the cursor and its text in place, with the text selected', async () => {
		const editor = await untitledDraft(GAP);
		try {
			await structureShown(api, editor.document, 'the server to know the draft');
			editor.selection = new vscode.Selection(4, 23, 4, 23);
			await vscode.commands.executeCommand('unResolution.insertFootnote');
			await waitFor(() => editor.document.getText().includes('² Text of footnote 2.'), 'the new footnote text');
			assert.equal(editor.document.lineAt(4).text, '1. Welcomes the report;²');
			assert.equal(editor.document.getText(editor.selection), 'Text of footnote 2.');
		} finally {
			await closeDraft();
		}
	});

	test('Go to Operative Paragraph puts the cursor on the paragraph with that number', async () => {
		const editor = await openResolution(workspaceFile(Fixtures.english));
		await structureShown(api, editor.document);
		await vscode.commands.executeCommand('unResolution.goToOperativeParagraph', 7);
		await waitFor(() => vscode.window.activeTextEditor?.selection.active.line === 56, 'the cursor on paragraph 7 (line 57)');
	});

	test('Open Rule Documentation shows the page of a rule', async function () {
		const page = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'docs', 'rules', 'numbering.operative.md');
		try {
			await vscode.workspace.fs.stat(page);
		} catch {
			console.log('    (skipped: docs/rules/numbering.operative.md is not written yet)');
			this.skip();
		}
		await vscode.commands.executeCommand('unResolution.openRuleDocumentation', 'numbering.operative');
		await waitFor(() => vscode.window.tabGroups.all.flatMap(group => group.tabs).some(tab => tab.label.includes('numbering.operative')),
			'a tab with the rule\'s page');
	});

	test('the status item counts the paragraphs and footnotes and names the catalogue', async () => {
		const editor = await openResolution(workspaceFile(Fixtures.english));
		await structureShown(api, editor.document);
		await waitFor(() => api.status.shown.text === 'PP 8 · OP 10 · FN 3', `the status item to count (it shows '${api.status.shown.text}')`);
		assert.match(api.status.shown.detail ?? '', /^\d+ error\(s\), \d+ warning\(s\) · catalogue: built-in list/);
	});
});
