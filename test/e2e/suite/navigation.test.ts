import * as assert from 'node:assert/strict';
import { setup, suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, executeUntil, Fixtures, openResolution, requireFixture, workspaceFile } from './helpers';

/** The position of the `occurrence`-th match of `needle`, `shift` characters into it. */
function positionOf(document: vscode.TextDocument, needle: string, shift = 1, occurrence = 0): vscode.Position {
	let offset = -1;
	for (let i = 0; i <= occurrence; i++) {
		offset = document.getText().indexOf(needle, offset + 1);
	}
	assert.ok(offset >= 0, `"${needle}" is not in ${document.uri.path}`);
	return document.positionAt(offset + shift);
}

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<{ text: string; markdown: vscode.MarkdownString }> {
	const hovers = await executeUntil<vscode.Hover[]>('vscode.executeHoverProvider', [uri, position],
		result => (result ?? []).some(hover => hover.contents.length > 0), `a hover at ${position.line}:${position.character}`);
	const markdown = hovers.flatMap(hover => hover.contents).find(content => content instanceof vscode.MarkdownString) as vscode.MarkdownString;
	assert.ok(markdown, 'the hover has Markdown');
	return { text: markdown.value, markdown };
}

/** Location or LocationLink, as VS Code hands either back, reduced to a file and a range. */
function target(location: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
	return 'targetUri' in location ? { uri: location.targetUri, range: location.targetSelectionRange ?? location.targetRange } : location;
}

suite('Hover, links and navigation', () => {
	suiteSetup(activateExtension);
	setup(closeAllEditors);

	test('a report symbol in the English example says what it is, links to undocs.org and is not trusted Markdown', async () => {
		const uri = workspaceFile(Fixtures.english);
		const document = (await openResolution(uri)).document;
		const { text, markdown } = await hoverText(uri, positionOf(document, 'A/80/512'));
		assert.match(text, /General Assembly, eightieth session, document 512/);
		assert.match(text, /https:\/\/undocs\.org\/en\/A\/80\/512/);
		assert.ok(!markdown.isTrusted, 'hover Markdown must not be trusted');
		assert.ok(!markdown.supportHtml, 'hover Markdown must not render HTML');
	});

	test('a resolution reference shows its catalogue title, and every citation is a document link', async () => {
		const uri = workspaceFile(Fixtures.english);
		const document = (await openResolution(uri)).document;
		const { text } = await hoverText(uri, positionOf(document, '70/1 of'));
		assert.match(text, /General Assembly resolution 70\/1/);
		assert.match(text, /Transforming our world/);
		const links = await executeUntil<vscode.DocumentLink[]>('vscode.executeLinkProvider', [uri], result => (result?.length ?? 0) > 0, 'document links');
		assert.ok(links.some(link => link.target?.toString(true) === 'https://undocs.org/en/A/RES/70/1'), links.map(link => link.target?.toString(true)).join(', '));
	});

	test('rename of a footnote number edits its marker and its text together', async () => {
		const uri = workspaceFile(Fixtures.english);
		const document = (await openResolution(uri)).document;
		const edit = await executeUntil<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider',
			[uri, positionOf(document, ';³', 1), '7'], result => (result?.size ?? 0) > 0, 'a rename edit');
		const edits = edit.get(uri);
		assert.equal(edits.length, 2);
		assert.ok(edits.every(change => change.newText === '⁷'));
	});

	test('go to definition on a cited resolution opens the workspace files that are that resolution', async () => {
		const citing = workspaceFile('cites-80-999.resolution.txt');
		await vscode.workspace.fs.writeFile(citing, new TextEncoder().encode('The General Assembly,\n\nRecalling its resolution 80/999,\n\n1. Decides.\n'));
		try {
			const document = (await openResolution(citing)).document;
			const locations = await executeUntil<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider',
				[citing, positionOf(document, '80/999')], result => (result?.length ?? 0) > 0, 'a definition in another file');
			const files = locations.map(location => target(location).uri.path.split('/').pop()).sort();
			assert.ok(files.includes(Fixtures.english) && files.includes(Fixtures.chinese), files.join(', '));
		} finally {
			await closeAllEditors();
			await vscode.workspace.fs.delete(citing);
		}
	});

	test('the 73/218 text: A/73/535 decoded in Chinese, footnote 4 on its marker, definitions and references', async function () {
		const uri = await requireFixture(this, Fixtures.resolution73218);
		const document = (await openResolution(uri)).document;
		const symbol = await hoverText(uri, positionOf(document, 'A/73/535'));
		assert.match(symbol.text, /大会，第七十三届会议/);
		assert.match(symbol.text, /https:\/\/undocs\.org\/zh\/A\/73\/535/);

		const text = document.getText();
		const markers = [...text.matchAll(/⁴/g)].map(match => document.positionAt(match.index!))
			.filter(position => !/^⁴ 见/.test(document.lineAt(position.line).text.slice(position.character)));
		assert.equal(markers.length, 3, 'three markers of footnote 4');
		const marker = await hoverText(uri, markers[0]);
		assert.match(marker.text, /见 A\/60\/687。/);
		assert.match(marker.text, /A\/60\/687 — 大会，第六十届会议，第 687 号文件/);

		for (const position of markers) {
			const definitions = await executeUntil<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider',
				[uri, position], result => (result?.length ?? 0) > 0, 'the definition of footnote 4');
			assert.match(document.lineAt(target(definitions[0]).range.start.line).text, /^⁴ 见 \[A\/60\/687\]/);
		}
		const label = positionOf(document, '⁴ 见', 0);
		const references = await executeUntil<vscode.Location[]>('vscode.executeReferenceProvider', [uri, label],
			result => (result?.length ?? 0) > 0, 'the references of footnote 4');
		assert.equal(references.filter(reference => document.getText(reference.range) === '⁴').length, 4, 'three markers and the label');
	});
});
