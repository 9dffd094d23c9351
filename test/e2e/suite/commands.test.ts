import * as assert from 'node:assert/strict';
import { setup, suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, findDocument, LANGUAGE_ID, waitFor } from './helpers';

suite('Commands', () => {
	let contributed: string[] = [];

	suiteSetup(async () => {
		const extension = await activateExtension();
		contributed = (extension.packageJSON.contributes.commands as { command: string }[]).map(entry => entry.command);
	});
	setup(closeAllEditors);

	test('every command in the manifest is registered', async () => {
		// Reading the list from the manifest makes a newly contributed command fail here until it is registered.
		assert.ok(contributed.includes('unResolution.treatAsResolution'));
		assert.ok(contributed.includes('unResolution.restartServer'));
		const registered = new Set(await vscode.commands.getCommands(true));
		assert.deepEqual(contributed.filter(command => !registered.has(command)), []);
	});

	test('Treat as UN Resolution switches a plain-text document', async () => {
		// An untitled document, so that the switch does not leak into the tests that open the workspace's files.
		const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Notes for the informal consultations\n' });
		await vscode.window.showTextDocument(document);
		try {
			await vscode.commands.executeCommand('unResolution.treatAsResolution');
			await waitFor(() => findDocument(document.uri)?.languageId === LANGUAGE_ID, 'the command to switch the language mode');
		} finally {
			// An unsaved document would make the next "close all editors" ask whether to save it.
			await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
		}
	});
});
