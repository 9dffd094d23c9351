import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, executeUntil, Fixtures, openResolution, waitFor, workspaceFile } from './helpers';

/**
 * "UN Resolution: Restart Language Server". This file runs after all the others (see index.ts), because the
 * restarted client is not in the state the other tests start from: see the pending test below.
 */
suite('Restarting the language server', () => {
	suiteSetup(async () => {
		await activateExtension();
		await vscode.commands.executeCommand('unResolution.restartServer');
	});

	test('the restarted server answers for a document opened afterwards', async () => {
		const uri = workspaceFile(Fixtures.chinese);
		await openResolution(uri);
		await executeUntil<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', [uri],
			symbols => (symbols?.length ?? 0) > 0, 'document symbols from the restarted server');
	});

	test('the restarted server reports the problems of a .resolution.txt opened afterwards', async () => {
		const uri = workspaceFile(Fixtures.numberingGap);
		await openResolution(uri);
		await waitFor(() => vscode.languages.getDiagnostics(uri).length >= 2, 'the two problems of the numbering-gap draft');
	});

	// Known bug, to be enabled when fixed: after a restart, a plain .txt draft opened and switched to un-resolution by
	// content detection gets no diagnostics at all (no pull reaches the server), while a .resolution.txt still does.
	// Seen with vscode-languageclient 9 in code-server 1.100.3: the pull waits for the document's tab, and the tab
	// tracker that the restarted client uses no longer hears of new tabs.
	test.skip('the restarted server reports the problems of a plain .txt draft switched by content detection', async function () {
		const uri = workspaceFile(Fixtures.resolution73218);
		if (!(await vscode.workspace.fs.stat(uri).then(() => true, () => false))) {
			this.skip();
		}
		await openResolution(uri);
		await waitFor(() => vscode.languages.getDiagnostics(uri).length > 0, 'the Word field error of the 73/218 text');
	});
});
