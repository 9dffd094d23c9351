import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, executeUntil, Fixtures, openResolution, waitFor, workspaceFile } from './helpers';

/**
 * "UN Resolution: Restart Language Server". This file runs after all the others (see index.ts), so that the restart
 * cannot disturb what the others expect of a server started once.
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

	// A plain .txt draft reaches the server only through the didOpen sent when content detection switches it, after
	// its tab opened; vscode-languageclient 9 loses the pull on didOpen at a restart (see client/src/restartRepair.ts).
	test('the restarted server reports the problems of a plain .txt draft switched by content detection', async function () {
		const uri = workspaceFile(Fixtures.resolution73218);
		if (!(await vscode.workspace.fs.stat(uri).then(() => true, () => false))) {
			this.skip();
		}
		await openResolution(uri);
		await waitFor(() => vscode.languages.getDiagnostics(uri).length > 0, 'the Word field error of the 73/218 text');
	});
});
