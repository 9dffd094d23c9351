import * as assert from 'node:assert/strict';
import { setup, suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, executeUntil, waitFor } from './helpers';

const ENGLISH = [
	'The General Assembly,', '',
	'Recalling its resolution 80/12 of 3 March 2026,', '',
	'', '',
	'1. Requests the Secretary-General to report;', '',
	'',
].join('\n');
const CHINESE = '大会，\n\n回顾其决议，\n\n1. 请秘书长提交报告；\n\n\n';

/** An untitled draft in the resolution language, as a drafter starts one. */
async function draft(content: string): Promise<vscode.TextDocument> {
	const document = await vscode.workspace.openTextDocument({ language: 'un-resolution', content });
	await vscode.window.showTextDocument(document);
	return document;
}

/** The labels of the completion items at a position, in the order the editor sorts them. */
async function completionLabels(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
	const list = await executeUntil<vscode.CompletionList>('vscode.executeCompletionItemProvider', [document.uri, position],
		result => (result?.items.length ?? 0) > 0, `completion at ${position.line}:${position.character}`);
	return [...list.items]
		.sort((a, b) => (a.sortText ?? String(a.label)).localeCompare(b.sortText ?? String(b.label)))
		.map(item => typeof item.label === 'string' ? item.label : item.label.label);
}

suite('Authoring: completion, semantic tokens and formatting', () => {
	suiteSetup(activateExtension);
	setup(closeAllEditors);

	test('a preambular position offers preambular openers, "Recalling also" first', async () => {
		const document = await draft(ENGLISH);
		const labels = await completionLabels(document, new vscode.Position(4, 0));
		assert.equal(labels[0], 'Recalling also');
		assert.ok(labels.includes('Bearing in mind') && !labels.includes('Decides'), labels.slice(0, 10).join(', '));
	});

	test('a new operative paragraph offers operative verbs with its number', async () => {
		const document = await draft(ENGLISH);
		const position = new vscode.Position(8, 0);
		const list = await executeUntil<vscode.CompletionList>('vscode.executeCompletionItemProvider', [document.uri, position],
			result => (result?.items.length ?? 0) > 0, 'operative completion');
		const decides = list.items.find(item => item.label === 'Decides');
		assert.ok(decides, 'Decides is offered');
		assert.equal((decides.textEdit as vscode.TextEdit | undefined)?.newText ?? decides.insertText, '2. Decides ');
		assert.ok(!list.items.some(item => item.label === 'Recalling'), 'no preambular opener in the operative part');
	});

	test('the Chinese draft: 又请 first after a paragraph that opens with 请', async () => {
		const document = await draft(CHINESE);
		const labels = await completionLabels(document, new vscode.Position(6, 0));
		assert.equal(labels[0], '又请');
	});

	test('semantic tokens and formatting answer for the draft, formatting only white space', async () => {
		const document = await draft(ENGLISH.replace('1. Requests', '1.Requests'));
		const tokens = await executeUntil<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', [document.uri],
			result => (result?.data.length ?? 0) > 0, 'semantic tokens');
		assert.equal(tokens.data.length % 5, 0);
		const edits = await executeUntil<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider',
			[document.uri, { tabSize: 4, insertSpaces: false }], result => (result?.length ?? 0) > 0, 'formatting edits');
		const workspaceEdit = new vscode.WorkspaceEdit();
		workspaceEdit.set(document.uri, edits);
		await vscode.workspace.applyEdit(workspaceEdit);
		await waitFor(() => document.getText().includes('1. Requests'), 'the space after the number');
		assert.equal(document.getText().replace(/\s+/g, ''), ENGLISH.replace(/\s+/g, ''), 'only white space changed');
	});
});
