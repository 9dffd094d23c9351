import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/**
 * Helpers for the extension-host suite. Every test file in this folder imports them, so that a new feature's test
 * starts from one line ("open this fixture, ask this provider") rather than from the plumbing.
 */

export const EXTENSION_ID = 'un-resolution-tools.un-resolution';
export const LANGUAGE_ID = 'un-resolution';

/** The fixture files that the launchers copy into the temporary workspace (see test/e2e/support/workspace.ts). */
export const Fixtures = {
	english: 'digital-cooperation.resolution.txt',
	chinese: 'digital-cooperation.zh.resolution.txt',
	plainDraft: 'plain-draft.txt',
	notADraft: 'not-a-draft.txt',
	/** Operative paragraphs 1, 2, 4 and a preambular paragraph ending in a full stop: two known problems. */
	numberingGap: 'numbering-gap.resolution.txt',
	/** Copied from ../shared/corpus only when that folder exists; tests that need it skip otherwise. */
	resolution73218: 'zh-a-res-73-218.txt',
} as const;

/** Activates the extension under test; each suite calls it, so the files do not depend on their order. */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
	const extension = vscode.extensions.getExtension(EXTENSION_ID);
	assert.ok(extension, `${EXTENSION_ID} is not installed in the test instance`);
	await extension.activate();
	return extension;
}

export function workspaceFile(name: string): vscode.Uri {
	const folder = vscode.workspace.workspaceFolders?.[0];
	assert.ok(folder, 'the test workspace is not open');
	return vscode.Uri.joinPath(folder.uri, name);
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
	try {
		await vscode.workspace.fs.stat(uri);
		return true;
	} catch {
		return false;
	}
}

/**
 * Skips the calling test when an optional fixture is absent (the corpus text on a machine without ../shared), so
 * that the run reports it as pending instead of passing without having looked at anything.
 */
export async function requireFixture(context: Mocha.Context, name: string): Promise<vscode.Uri> {
	const uri = workspaceFile(name);
	if (!(await exists(uri))) {
		console.log(`    (skipped: ${name} is not in the test workspace; it is copied from ../shared/corpus when present)`);
		context.skip();
	}
	return uri;
}

/** Opens a workspace file in an editor and waits until it is in the resolution language mode. */
export async function openResolution(uri: vscode.Uri): Promise<vscode.TextEditor> {
	const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
	// Plain .txt files are switched by content detection a moment after they open, which replaces the document.
	await waitFor(() => findDocument(uri)?.languageId === LANGUAGE_ID, `${uri.path} to be in ${LANGUAGE_ID}`);
	return vscode.window.activeTextEditor ?? editor;
}

export function findDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
	return vscode.workspace.textDocuments.find(document => document.uri.toString() === uri.toString());
}

/**
 * Asks a provider through VS Code's command, as the editor itself does, and waits until it answers with something:
 * right after a document opens the language client may not have sent it to the server yet.
 */
export async function executeUntil<T>(command: string, args: unknown[], accept: (value: T | undefined) => boolean, description: string): Promise<T> {
	let last: T | undefined;
	await waitFor(async () => {
		last = await vscode.commands.executeCommand<T>(command, ...args);
		return accept(last);
	}, description);
	return last as T;
}

/** Polls until `predicate` holds, because the language server and content detection answer asynchronously. */
export async function waitFor<T>(predicate: () => Promise<T> | T, description: string, timeoutMs = 20_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await predicate();
		if (value) {
			return value;
		}
		if (Date.now() > deadline) {
			throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}`);
		}
		await new Promise(resolve => setTimeout(resolve, 100));
	}
}

/** Closes every editor, so that each test starts from an empty window. */
export async function closeAllEditors(): Promise<void> {
	await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
