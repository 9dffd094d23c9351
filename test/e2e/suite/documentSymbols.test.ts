import * as assert from 'node:assert/strict';
import { setup, suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, executeUntil, Fixtures, openResolution, requireFixture, workspaceFile } from './helpers';

/** The outline as VS Code receives it from the language server, once the server has seen the document. */
async function outlineOf(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
	await openResolution(uri);
	return executeUntil<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', [uri],
		symbols => (symbols?.length ?? 0) > 0, `document symbols for ${uri.path}`);
}

function child(symbols: readonly vscode.DocumentSymbol[], name: string): vscode.DocumentSymbol {
	const found = symbols.find(symbol => symbol.name === name);
	assert.ok(found, `no '${name}' among ${symbols.map(symbol => symbol.name).join(', ')}`);
	return found;
}

suite('Document symbols (Outline view)', () => {
	suiteSetup(activateExtension);
	setup(closeAllEditors);

	test('the English example: heading, 8 preambular and 10 operative paragraphs, 3 footnotes', async () => {
		const outline = await outlineOf(workspaceFile(Fixtures.english));
		assert.deepEqual(outline.map(symbol => symbol.name), ['Heading', 'Preamble', 'Operative part', 'Footnotes', 'Closing']);
		assert.equal(child(outline, 'Preamble').children.length, 8);
		assert.equal(child(outline, 'Preamble').children[0].name, 'Recalling');
		const operative = child(outline, 'Operative part').children;
		assert.deepEqual(operative.slice(0, 3).map(symbol => symbol.name), ['1. Welcomes', '2. Reaffirms', '3. Calls upon']);
		assert.equal(operative.length, 10);
		// Sub-paragraphs nest: 4 (a), (b) (i), (ii), (c).
		assert.deepEqual(child(operative, '4. Encourages').children.map(symbol => symbol.name), ['(a)', '(b)', '(c)']);
		assert.equal(child(outline, 'Footnotes').children.length, 3);
	});

	test('the Chinese example names paragraphs by their Chinese verbs', async () => {
		const outline = await outlineOf(workspaceFile(Fixtures.chinese));
		const preamble = child(outline, 'Preamble').children;
		const operative = child(outline, 'Operative part').children;
		assert.equal(preamble.length, 8);
		assert.equal(operative.length, 10);
		assert.match(operative[0].name, /^1\. \p{Script=Han}+/u);
	});

	test('the 73/218 text: 38 preambular and 39 operative paragraphs, 13 footnotes', async function () {
		const uri = await requireFixture(this, Fixtures.resolution73218);
		const outline = await outlineOf(uri);
		assert.equal(child(outline, 'Preamble').children.length, 38);
		assert.equal(child(outline, 'Operative part').children.length, 39);
		assert.equal(child(outline, 'Footnotes').children.length, 13);
		assert.equal(child(outline, 'Preamble').children[0].name, '回顾');
		assert.equal(child(child(outline, 'Heading').children, 'Title').detail, '73/218 信息和通信技术促进可持续发展');
	});
});
