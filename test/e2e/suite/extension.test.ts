import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test, waitFor } from './harness';

const EXTENSION_ID = 'un-resolution-tools.un-resolution';

function workspaceFile(name: string): vscode.Uri {
	const folder = vscode.workspace.workspaceFolders?.[0];
	assert.ok(folder, 'the test workspace is not open');
	return vscode.Uri.joinPath(folder.uri, name);
}

test('the extension activates', async () => {
	const extension = vscode.extensions.getExtension(EXTENSION_ID);
	assert.ok(extension, `${EXTENSION_ID} is not installed in the test instance`);
	await extension.activate();
	assert.equal(extension.isActive, true);
});

test('a .resolution.txt file opens in the UN Resolution language', async () => {
	const document = await vscode.workspace.openTextDocument(workspaceFile('digital-cooperation.resolution.txt'));
	await vscode.window.showTextDocument(document);
	assert.equal(document.languageId, 'un-resolution');
});

test('a plain .txt draft is recognised by its content', async () => {
	const document = await vscode.workspace.openTextDocument(workspaceFile('plain-draft.txt'));
	await vscode.window.showTextDocument(document);
	await waitFor(() => document.languageId === 'un-resolution', 'plain-draft.txt to switch to un-resolution');
});

test('the language server provides document symbols', async () => {
	const uri = workspaceFile('digital-cooperation.resolution.txt');
	await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
	const symbols = await waitFor(async () => {
		const result = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
		return result && result.length > 0 ? result : undefined;
	}, 'document symbols for the example');
	assert.ok(symbols.every(symbol => symbol.name.trim().length > 0));
});
