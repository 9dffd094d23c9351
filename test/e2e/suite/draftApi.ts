import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../../client/src/draftFeatures';
import { activateExtension, LANGUAGE_ID, waitFor } from './helpers';

/**
 * Access to what the views, the preview and the status item show, through the object the extension returns from
 * `activate`. The tests read the tree items VS Code would draw, not the server's answers, so that they check what a
 * person sees.
 */
export async function draftApi(): Promise<ExtensionApi> {
	const extension = await activateExtension();
	const api = extension.exports as ExtensionApi | undefined;
	assert.ok(api?.structure && api.citations && api.preview && api.status, 'activate() returns no API for the tests');
	return api;
}

/** The labels and descriptions of a tree's rows under `parent`, as VS Code would draw them. */
export async function rows<T>(provider: vscode.TreeDataProvider<T>, parent?: T): Promise<Array<{ label: string; description: string; element: T }>> {
	const children = (await provider.getChildren(parent)) ?? [];
	return Promise.all(children.map(async element => {
		const item = await provider.getTreeItem(element);
		const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
		return { label, description: typeof item.description === 'string' ? item.description : '', element };
	}));
}

/** The row labelled `label`, or a failure that lists the labels there are. */
export async function row<T>(provider: vscode.TreeDataProvider<T>, label: string, parent?: T): Promise<T> {
	const all = await rows(provider, parent);
	const found = all.find(candidate => candidate.label === label);
	assert.ok(found, `no row '${label}' among ${all.map(candidate => candidate.label).join(', ')}`);
	return found.element;
}

/** An untitled draft in the resolution language, shown in an editor; closed without saving by `closeDraft`. */
export async function untitledDraft(content: string): Promise<vscode.TextEditor> {
	const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content });
	return vscode.window.showTextDocument(document);
}

export async function closeDraft(): Promise<void> {
	await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/** Waits until the Structure view shows `document` (its counts come from the server). */
export async function structureShown(api: ExtensionApi, document: vscode.TextDocument, what = 'the structure view to show the draft'): Promise<void> {
	await waitFor(() => api.structure.structure?.uri === document.uri.toString() && api.structure.structure.version === document.version, what);
}
