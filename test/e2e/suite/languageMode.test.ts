import * as assert from 'node:assert/strict';
import { setup, suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, findDocument, Fixtures, LANGUAGE_ID, openResolution, requireFixture, waitFor, workspaceFile } from './helpers';

suite('Language mode', () => {
	suiteSetup(activateExtension);
	setup(closeAllEditors);

	test('a .resolution.txt file opens in the UN Resolution language', async () => {
		const document = await vscode.workspace.openTextDocument(workspaceFile(Fixtures.english));
		assert.equal(document.languageId, LANGUAGE_ID);
	});

	test('a plain .txt draft is recognised by its content and switched', async () => {
		const uri = workspaceFile(Fixtures.plainDraft);
		const document = await vscode.workspace.openTextDocument(uri);
		assert.equal(document.languageId, 'plaintext', 'the draft should arrive as plain text, by its extension');
		await vscode.window.showTextDocument(document);
		await waitFor(() => findDocument(uri)?.languageId === LANGUAGE_ID, 'plain-draft.txt to switch to un-resolution');
	});

	test('the 73/218 text, a plain .txt from the corpus, is switched too', async function () {
		const uri = await requireFixture(this, Fixtures.resolution73218);
		const editor = await openResolution(uri);
		assert.equal(editor.document.languageId, LANGUAGE_ID);
	});

	test('a plain .txt that is not a resolution stays plain text', async () => {
		const uri = workspaceFile(Fixtures.notADraft);
		await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
		// Detection acts right after the open, so give it the time it would take before looking.
		await new Promise(resolve => setTimeout(resolve, 1500));
		assert.equal(findDocument(uri)?.languageId, 'plaintext');
	});
});
