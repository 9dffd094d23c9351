import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import type { LspServer } from './lspServer';

/** Every answer the tour received, by method, for the caller to inspect (Markdown, ranges). */
export type TourAnswers = Map<string, unknown[]>;

/** Requests that take a document and nothing else, by the capability that announces them. */
const DOCUMENT_REQUESTS: Array<[string, string]> = [
	['documentSymbolProvider', 'textDocument/documentSymbol'],
	['foldingRangeProvider', 'textDocument/foldingRange'],
	['documentLinkProvider', 'textDocument/documentLink'],
	['codeLensProvider', 'textDocument/codeLens'],
	['inlayHintProvider', 'textDocument/inlayHint'],
	['diagnosticProvider', 'textDocument/diagnostic'],
];

/** Requests at a position, by the capability that announces them. */
const POSITION_REQUESTS: Array<[string, string]> = [
	['hoverProvider', 'textDocument/hover'],
	['completionProvider', 'textDocument/completion'],
	['definitionProvider', 'textDocument/definition'],
	['referencesProvider', 'textDocument/references'],
	['documentHighlightProvider', 'textDocument/documentHighlight'],
	['renameProvider', 'textDocument/prepareRename'],
	['signatureHelpProvider', 'textDocument/signatureHelp'],
];

/** The server's own requests, which every client view and the preview use. */
const CUSTOM_REQUESTS = ['unResolution/structure', 'unResolution/citations', 'unResolution/preview'];

/**
 * Opens a draft and asks the server everything it announced it can answer, at each line's start and end and at
 * `extra` positions: every document request, every position request, semantic tokens, formatting, selection
 * ranges, code actions over the whole text, every command, and the custom requests of the views. Returns the
 * answers by method; a request that fails rejects.
 */
export async function tourServer(server: LspServer, uri: string, text: string, extra: readonly Position[] = []): Promise<TourAnswers> {
	const { connection, initializeResult } = server;
	const capabilities = initializeResult.capabilities as Record<string, unknown>;
	const document = TextDocument.create(uri, 'un-resolution', 1, text);
	await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'un-resolution', version: 1, text } });
	const textDocument = { uri };
	const answers: TourAnswers = new Map();
	const ask = async (method: string, params: object) => {
		const answer = await connection.sendRequest(method, params);
		answers.set(method, [...(answers.get(method) ?? []), answer]);
		return answer;
	};
	const positions = [...extra];
	for (let line = 0; line < Math.min(document.lineCount, 60); line++) {
		positions.push({ line, character: 0 }, { line, character: 10_000 });
	}
	const whole = { start: { line: 0, character: 0 }, end: document.positionAt(text.length) };
	for (const [capability, method] of DOCUMENT_REQUESTS) {
		if (capabilities[capability]) {
			await ask(method, { textDocument });
		}
	}
	for (const [capability, method] of POSITION_REQUESTS) {
		if (capabilities[capability]) {
			for (const position of positions) {
				await ask(method, { textDocument, position, context: { includeDeclaration: true, triggerKind: 1 } });
			}
		}
	}
	if (capabilities.semanticTokensProvider) {
		await ask('textDocument/semanticTokens/full', { textDocument });
	}
	if (capabilities.documentFormattingProvider) {
		await ask('textDocument/formatting', { textDocument, options: { tabSize: 4, insertSpaces: false } });
	}
	if (capabilities.selectionRangeProvider) {
		await ask('textDocument/selectionRange', { textDocument, positions });
	}
	if (capabilities.codeActionProvider) {
		const diagnostics = answers.get('textDocument/diagnostic')?.flatMap(report => (report as { items?: unknown[] }).items ?? []) ?? [];
		await ask('textDocument/codeAction', { textDocument, range: whole, context: { diagnostics } });
	}
	const commands = (capabilities.executeCommandProvider as { commands?: string[] } | undefined)?.commands ?? [];
	for (const command of commands) {
		await ask('workspace/executeCommand', { command, arguments: [{ uri, version: 1, position: positions[0] ?? { line: 0, character: 0 } }] });
	}
	for (const method of CUSTOM_REQUESTS) {
		await ask(method, { textDocument });
	}
	await connection.sendNotification('textDocument/didClose', { textDocument });
	return answers;
}
