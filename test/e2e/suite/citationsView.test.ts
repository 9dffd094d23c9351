import * as assert from 'node:assert/strict';
import { setup, suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../../client/src/draftFeatures';
import type { CitationsItem } from '../../../client/src/views/citationsView';
import { draftApi, row, rows } from './draftApi';
import { closeAllEditors, Fixtures, openResolution, requireFixture, waitFor, workspaceFile } from './helpers';

/** Opens a draft, shows the Citations view and waits until it lists the draft's documents. */
async function citationsOf(api: ExtensionApi, uri: vscode.Uri): Promise<void> {
	await openResolution(uri);
	await vscode.commands.executeCommand('unResolution.citations.focus');
	await waitFor(async () => {
		await api.citations.update();
		return (await rows(api.citations)).length > 0;
	}, `the Citations view to list what ${uri.path} cites`);
}

suite('Citations view', () => {
	let api: ExtensionApi;
	suiteSetup(async () => {
		api = await draftApi();
	});
	setup(closeAllEditors);

	test('lists the English example\'s documents by organ, each with the places that cite it', async () => {
		await citationsOf(api, workspaceFile(Fixtures.english));
		const organs = await rows(api.citations);
		assert.equal(organs[0].label, 'General Assembly');
		const assembly = await rows(api.citations, organs[0].element);
		assert.ok(assembly.some(entry => entry.label === 'A/RES/70/1'), assembly.map(entry => entry.label).join(', '));
		assert.ok(assembly.some(entry => entry.label === 'A/80/245'));
		// The title comes from the catalogue, here its built-in list.
		assert.equal(assembly.find(entry => entry.label === 'A/RES/70/1')?.description, 'Transforming our world: the 2030 Agenda for Sustainable Development');
		const places = await rows(api.citations, await row(api.citations, 'A/RES/70/1', organs[0].element));
		assert.equal(places[0].label, 'Line 19');
		assert.equal(places[0].description, '70/1');
	});

	test('a place reveals itself; a document can be copied and has its undocs.org address', async () => {
		await citationsOf(api, workspaceFile(Fixtures.english));
		const assembly = await row(api.citations, 'General Assembly');
		const document = await row(api.citations, 'A/80/245', assembly);
		const item = api.citations.getTreeItem(document);
		assert.equal(item.contextValue, 'citedDocument.linked');
		assert.equal((document as Extract<CitationsItem, { type: 'document' }>).document.url, 'https://undocs.org/en/A/80/245');
		await vscode.commands.executeCommand('unResolution.citations.copySymbol', document);
		assert.equal(await vscode.env.clipboard.readText(), 'A/80/245');
		const place = api.citations.getTreeItem((await rows(api.citations, document))[0].element);
		await vscode.commands.executeCommand(place.command!.command, ...(place.command!.arguments ?? []));
		const editor = vscode.window.activeTextEditor!;
		await waitFor(() => editor.document.lineAt(editor.selection.active.line).text.includes('A/80/245'), 'the cursor on the line that cites A/80/245');
	});

	test('the 73/218 text: the Assembly\'s documents with undocs.org links in Chinese', async function () {
		const uri = await requireFixture(this, Fixtures.resolution73218);
		await citationsOf(api, uri);
		const organs = await rows(api.citations);
		assert.deepEqual(organs.map(entry => entry.label).slice(0, 2), ['General Assembly', 'Economic and Social Council']);
		const report = await row(api.citations, 'A/73/535', organs[0].element) as Extract<CitationsItem, { type: 'document' }>;
		assert.equal(report.document.url, 'https://undocs.org/zh/A/73/535');
	});
});
