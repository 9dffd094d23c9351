import * as assert from 'node:assert/strict';
import { setup, suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, Fixtures, openResolution, requireFixture, waitFor, workspaceFile } from './helpers';

/** The problems VS Code holds for a document once the client has pulled them from the server. */
async function diagnosticsOf(uri: vscode.Uri, atLeast: number): Promise<vscode.Diagnostic[]> {
	await openResolution(uri);
	let found: vscode.Diagnostic[] = [];
	await waitFor(() => (found = vscode.languages.getDiagnostics(uri)).length >= atLeast, `${atLeast} diagnostic(s) for ${uri.path}`);
	return found;
}

function describeAll(diagnostics: readonly vscode.Diagnostic[]): string[] {
	return diagnostics.map(d => `${vscode.DiagnosticSeverity[d.severity]} ${String(typeof d.code === 'object' ? d.code.value : d.code)}@${d.range.start.line}: ${d.message}`);
}

suite('Diagnostics', () => {
	suiteSetup(activateExtension);
	setup(closeAllEditors);

	test('a numbering gap and a preambular full stop are reported where they are', async () => {
		const diagnostics = await diagnosticsOf(workspaceFile(Fixtures.numberingGap), 2);
		const codes = diagnostics.map(d => `${String(d.code)}@${d.range.start.line}`).sort();
		assert.deepEqual(codes, ['numbering.operative@10', 'punctuation.preambular@4'], describeAll(diagnostics).join('\n'));
		assert.ok(diagnostics.every(d => d.source === 'UN Resolution'));
	});

	test('the official 73/218 text: its one real defect, the Word field error in OP6, and nothing else', async function () {
		const uri = await requireFixture(this, Fixtures.resolution73218);
		await openResolution(uri);
		// The client pulls once the document is shown; a count that holds for half a second is the answer.
		let diagnostics: vscode.Diagnostic[] = [];
		await waitFor(async () => {
			await new Promise(resolve => setTimeout(resolve, 500));
			const previous = diagnostics.length;
			diagnostics = vscode.languages.getDiagnostics(uri);
			return diagnostics.length > 0 && diagnostics.length === previous;
		}, 'the diagnostics of the 73/218 text to settle');
		// The corpus README records it: "OP6 contains the Word field error 错误！未定义书签。 where the marker of footnote 2 was lost".
		const serious = diagnostics.filter(d => d.severity <= vscode.DiagnosticSeverity.Warning);
		assert.deepEqual(serious.map(d => String(d.code)), ['artifact.field-error'], describeAll(serious).join('\n'));
		assert.equal(vscode.window.activeTextEditor?.document.getText(serious[0].range), '错误！未定义书签。');
	});
});
