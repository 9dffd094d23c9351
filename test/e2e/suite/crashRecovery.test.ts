import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { setup, suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, Fixtures, openResolution, waitFor, workspaceFile } from './helpers';

/**
 * The language server's processes: children of this extension host running the server bundle, found in /proc.
 * The client forks the server from the extension host, so the server's parent is this process.
 */
function serverProcesses(): number[] {
	return fs.readdirSync('/proc').filter(entry => /^\d+$/.test(entry)).flatMap(entry => {
		try {
			const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
			const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			const command = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
			return parent === process.pid && command.includes('dist/server/node.js') ? [Number(entry)] : [];
		} catch {
			// A process that ended while the list was read.
			return [];
		}
	});
}

suite('Crash recovery', () => {
	suiteSetup(activateExtension);
	setup(closeAllEditors);

	test('a killed server is restarted and the diagnostics come back, following a new edit', async function () {
		if (!fs.existsSync('/proc/self/stat')) {
			this.skip();
		}
		const uri = workspaceFile(Fixtures.numberingGap);
		const editor = await openResolution(uri);
		await waitFor(() => vscode.languages.getDiagnostics(uri).length > 0, 'the first diagnostics');
		// The one server process, or 0 while there is none or, during a restart, two.
		const onlyServer = () => {
			const found = serverProcesses();
			return found.length === 1 ? found[0] : 0;
		};
		const before = await waitFor(onlyServer, 'one server process');
		process.kill(before, 'SIGKILL');
		const after = await waitFor(() => {
			const pid = onlyServer();
			return pid !== before ? pid : 0;
		}, 'a new server process');
		assert.notEqual(after, before);
		// An edit after the restart must be checked by the new server: a skipped number adds a numbering problem.
		const count = vscode.languages.getDiagnostics(uri).length;
		const last = editor.document.lineAt(editor.document.lineCount - 1);
		await editor.edit(edit => edit.insert(last.range.end, '\n\n9. Decides to remain seized of the matter.\n'));
		await waitFor(() => vscode.languages.getDiagnostics(uri).length > count, 'diagnostics of the edited text from the new server', 30_000);
		await vscode.commands.executeCommand('workbench.action.files.revert');
	});
});
