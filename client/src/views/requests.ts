import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
	Requests, type CitationsResult, type PreviewResult, type StructureResult,
} from '../../../server/src/languageService/features/views/protocol';

export type ClientGetter = () => BaseLanguageClient | undefined;

/**
 * The custom requests of the views and the preview. Every answer is checked against the document's current
 * version: an answer computed for an older text would point the views at the wrong lines, so it is dropped and
 * the next change asks again. A server that is not running yet, or fails, gives undefined rather than an error.
 */
export class DraftRequests {
	constructor(private readonly getClient: ClientGetter) {}

	structure(document: vscode.TextDocument): Promise<StructureResult | undefined> {
		return this.send<StructureResult>(Requests.structure, document);
	}

	citations(document: vscode.TextDocument): Promise<CitationsResult | undefined> {
		return this.send<CitationsResult>(Requests.citations, document);
	}

	preview(document: vscode.TextDocument): Promise<PreviewResult | undefined> {
		return this.send<PreviewResult>(Requests.preview, document);
	}

	get running(): boolean {
		return this.getClient()?.isRunning() ?? false;
	}

	private async send<T extends { version: number }>(method: string, document: vscode.TextDocument): Promise<T | undefined> {
		const client = this.getClient();
		if (!client?.isRunning()) {
			return undefined;
		}
		try {
			const result = await client.sendRequest<T | null>(method, { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) } });
			return result && result.version === document.version ? result : undefined;
		} catch (error) {
			client.outputChannel.appendLine(`${method} failed for ${document.uri.toString()}: ${String(error)}`);
			return undefined;
		}
	}
}
