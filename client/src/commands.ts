import * as vscode from 'vscode';
import type { RestartableClient } from './client';
import { Commands, LANGUAGE_ID } from './constants';

/** Registers the palette commands. The client is passed as a getter because a restart may replace its state. */
export function registerCommands(context: vscode.ExtensionContext, getClient: () => RestartableClient | undefined): void {
	context.subscriptions.push(
		vscode.commands.registerCommand(Commands.treatAsResolution, treatAsResolution),
		vscode.commands.registerCommand(Commands.restartServer, () => restartServer(getClient())),
	);
}

async function treatAsResolution(): Promise<void> {
	const editor = vscode.window.activeTextEditor;
	if (!editor) {
		void vscode.window.showInformationMessage(vscode.l10n.t('Open the draft resolution in an editor first.'));
		return;
	}
	await vscode.languages.setTextDocumentLanguage(editor.document, LANGUAGE_ID);
}

async function restartServer(client: RestartableClient | undefined): Promise<void> {
	if (!client) {
		return;
	}
	try {
		await client.restart();
	} catch (error) {
		void vscode.window.showErrorMessage(vscode.l10n.t('Could not restart the UN Resolution language server: {0}', String(error)));
	}
}
