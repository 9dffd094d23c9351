import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, executeUntil, Fixtures, waitFor, workspaceFile } from './helpers';

/**
 * A quick fix as a person applies it from the light bulb: the diagnostic's code actions, then the chosen one's edit.
 * The fixes run on an untitled copy of the fixture, so that the edits never leak into the files other tests open.
 */
async function untitledCopy(name: string): Promise<vscode.TextDocument> {
	const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(name)));
	const document = await vscode.workspace.openTextDocument({ language: 'un-resolution', content: text });
	await vscode.window.showTextDocument(document);
	return document;
}

async function diagnosticWithCode(document: vscode.TextDocument, code: string): Promise<vscode.Diagnostic> {
	let found: vscode.Diagnostic | undefined;
	await waitFor(() => (found = vscode.languages.getDiagnostics(document.uri).find(d => String(d.code) === code)), `a ${code} diagnostic`);
	return found!;
}

async function quickFixes(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
	return executeUntil<vscode.CodeAction[]>('vscode.executeCodeActionProvider', [document.uri, range, vscode.CodeActionKind.QuickFix.value],
		actions => (actions?.length ?? 0) > 0, 'quick fixes');
}

async function apply(action: vscode.CodeAction): Promise<void> {
	if (action.edit) {
		assert.ok(await vscode.workspace.applyEdit(action.edit), `the edit of '${action.title}' was refused`);
	}
	if (action.command) {
		await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
	}
}

suite('Code actions', () => {
	suiteSetup(activateExtension);
	// The copies are unsaved; reverting before closing keeps VS Code from asking whether to save them.
	teardown(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

	test('the quick fix of a preambular full stop replaces it with a comma', async () => {
		const document = await untitledCopy(Fixtures.numberingGap);
		const diagnostic = await diagnosticWithCode(document, 'punctuation.preambular');
		const fix = (await quickFixes(document, diagnostic.range)).find(action => action.title === 'Replace "." with ","');
		assert.ok(fix, 'no quick fix to replace the full stop');
		await apply(fix);
		assert.match(document.lineAt(4).text, /\(A\/80\/245\),$/);
		await waitFor(() => !vscode.languages.getDiagnostics(document.uri).some(d => String(d.code) === 'punctuation.preambular'),
			'the fixed problem to disappear');
	});

	test('the quick fix of a numbering gap renumbers the operative paragraphs', async () => {
		const document = await untitledCopy(Fixtures.numberingGap);
		const diagnostic = await diagnosticWithCode(document, 'numbering.operative');
		const actions = await quickFixes(document, diagnostic.range);
		const fix = actions.find(action => action.kind?.value === vscode.CodeActionKind.QuickFix.value && /renumber/i.test(action.title));
		assert.ok(fix, `no renumbering among ${actions.map(action => action.title).join(', ')}`);
		await apply(fix);
		await waitFor(() => document.lineAt(10).text.startsWith('3. Decides'), 'paragraph 4 to become 3');
	});
});
