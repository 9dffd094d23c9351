import * as assert from 'node:assert/strict';
import { setup, suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../../client/src/draftFeatures';
import { closeDraft, draftApi, row, rows, structureShown, untitledDraft } from './draftApi';
import { closeAllEditors, Fixtures, openResolution, requireFixture, waitFor, workspaceFile } from './helpers';

suite('Resolution Structure view', () => {
	let api: ExtensionApi;
	suiteSetup(async () => {
		api = await draftApi();
	});
	setup(closeAllEditors);

	test('shows the English example: its parts, paragraphs by verb and number, sub-paragraphs and footnotes', async () => {
		const editor = await openResolution(workspaceFile(Fixtures.english));
		await structureShown(api, editor.document);
		const top = await rows(api.structure);
		assert.deepEqual(top.map(entry => entry.label), ['Heading', 'Preamble', 'Operative part', 'Footnotes', 'Closing']);
		const preamble = await rows(api.structure, top[1].element);
		assert.deepEqual(preamble.slice(0, 3).map(entry => entry.label), ['Recalling', 'Recalling also', 'Reaffirming']);
		assert.match(preamble[0].description, /^Recalling its resolution 70\/1/);
		const operative = await rows(api.structure, top[2].element);
		assert.equal(operative.length, 10);
		assert.deepEqual(operative.slice(0, 4).map(entry => entry.label), ['1. Welcomes', '2. Reaffirms', '3. Calls upon', '4. Encourages']);
		const encourages = await rows(api.structure, operative[3].element);
		assert.deepEqual(encourages.map(entry => entry.label), ['(a)', '(b)', '(c)']);
		assert.deepEqual((await rows(api.structure, encourages[1].element)).map(entry => entry.label), ['(i)', '(ii)']);
		assert.deepEqual((await rows(api.structure, top[3].element)).map(entry => entry.label), ['Footnote 1', 'Footnote 2', 'Footnote 3']);
		const heading = await rows(api.structure, top[0].element);
		assert.equal(heading.find(entry => entry.label === 'Title')?.description, '80/999 Digital cooperation for sustainable development');
	});

	test('choosing a paragraph puts the cursor on it', async () => {
		const editor = await openResolution(workspaceFile(Fixtures.english));
		await structureShown(api, editor.document);
		const operative = await row(api.structure, 'Operative part');
		const item = api.structure.getTreeItem(await row(api.structure, '5. Invites', operative));
		assert.ok(item.command);
		await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
		await waitFor(() => vscode.window.activeTextEditor?.selection.active.line === 52, 'the cursor on operative paragraph 5 (line 53)');
		assert.equal(vscode.window.activeTextEditor?.document.lineAt(52).text.startsWith('5. Invites'), true);
	});

	test('follows the cursor: the paragraph the cursor is in is selected', async () => {
		const editor = await openResolution(workspaceFile(Fixtures.english));
		await structureShown(api, editor.document);
		await vscode.commands.executeCommand('unResolution.structure.focus');
		await vscode.window.showTextDocument(editor.document);
		const line = editor.document.getText().split('\n').findIndex(text => text.startsWith('(ii) Shared registries'));
		// The view follows a cursor that rests; moving it along the line again, as a person would, tells it again.
		let column = 10;
		await waitFor(async () => {
			vscode.window.activeTextEditor!.selection = new vscode.Selection(line, column, line, column);
			column = column === 10 ? 11 : 10;
			await new Promise(resolve => setTimeout(resolve, 400));
			return api.structure.selected[0]?.node.label === '(ii)';
		}, 'the view to select sub-paragraph (b)(ii)');
		assert.equal(api.structure.selected[0].parent?.parent?.node.label, '4. Encourages');
	});

	test('marks the paragraphs that have problems, up to their part', async () => {
		const editor = await untitledDraft('The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Welcomes the report;\n\n2. Requests a report;\n\n4. Decides to remain seized of the matter.\n');
		try {
			await waitFor(() => vscode.languages.getDiagnostics(editor.document.uri).length > 0, 'the numbering problem to be reported');
			await api.structure.update();
			await waitFor(async () => (await rows(api.structure)).find(entry => entry.label === 'Operative part')?.description.includes('1 problem(s)'),
				`a badge on the operative part (the view shows ${JSON.stringify((await rows(api.structure)).map(entry => [entry.label, entry.description]))})`);
			const operative = await rows(api.structure, await row(api.structure, 'Operative part'));
			const flagged = operative.find(entry => entry.label === '4. Decides');
			assert.match(flagged?.description ?? '', /^1 problem\(s\) · /);
			const icon = api.structure.getTreeItem(flagged!.element).iconPath as vscode.ThemeIcon;
			assert.equal(icon.id, 'error');
			assert.equal(operative.find(entry => entry.label === '1. Welcomes')?.description.includes('problem'), false);
		} finally {
			await closeDraft();
		}
	});

	test('the 73/218 text: 38 preambular and 39 operative paragraphs, 13 footnotes, Chinese labels', async function () {
		const uri = await requireFixture(this, Fixtures.resolution73218);
		const editor = await openResolution(uri);
		await structureShown(api, editor.document);
		assert.equal((await rows(api.structure, await row(api.structure, 'Preamble'))).length, 38);
		const operative = await rows(api.structure, await row(api.structure, 'Operative part'));
		assert.equal(operative.length, 39);
		assert.equal(operative[0].label, '1. 确认');
		assert.equal((await rows(api.structure, await row(api.structure, 'Footnotes'))).length, 13);
	});
});
