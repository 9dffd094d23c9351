import * as assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
	CompletionList, CompletionRequest, CompletionTriggerKind, DidOpenTextDocumentNotification, DocumentFormattingRequest,
	FoldingRangeRequest, SelectionRangeRequest, SemanticTokensRequest, TextEdit,
} from 'vscode-languageserver/node';
import { startLspSession, type LspSession } from '../support/lspServer';

const URI = 'file:///authoring/draft.resolution.txt';
const DRAFT = '大会，\n\n回顾其决议，\n\n1.欢迎报告；\n2. 鼓励会员国：\n\n(a) 投资；\n\n';

/** The authoring features as an LSP client other than VS Code sees them, over stdio from the bundled server. */
describe('authoring features over stdio', () => {
	let session: LspSession;

	before(async () => {
		session = await startLspSession({}, null);
		await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
			textDocument: { uri: URI, languageId: 'un-resolution', version: 1, text: DRAFT },
		});
	});

	after(async () => {
		assert.equal(await session.close(), 0, session.stderr());
	});

	test('initialize announces completion with its trigger characters, semantic tokens, folding, selection and formatting', () => {
		const { capabilities } = session.initializeResult;
		assert.deepEqual(capabilities.completionProvider?.triggerCharacters, [' ', '/', '^', '第']);
		assert.ok(capabilities.semanticTokensProvider?.legend.tokenTypes.includes('operativeOpener'));
		assert.ok(capabilities.foldingRangeProvider && capabilities.selectionRangeProvider && capabilities.documentFormattingProvider);
	});

	test('completion after the last sub-paragraph offers (b), then operative paragraph 3', async () => {
		const list = await session.connection.sendRequest(CompletionRequest.type, {
			textDocument: { uri: URI }, position: { line: 10, character: 0 }, context: { triggerKind: CompletionTriggerKind.Invoked },
		}) as CompletionList;
		const sorted = [...list.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
		assert.equal(sorted[0].label, '(b)');
		assert.ok(sorted.some(item => (item.textEdit as TextEdit).newText === '3. 决定'));
	});

	test('semantic tokens, folding and selection ranges answer for the draft', async () => {
		const tokens = await session.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: URI } });
		assert.ok(tokens && tokens.data.length > 0 && tokens.data.length % 5 === 0);
		const folds = await session.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: URI } });
		assert.ok(folds?.some(range => range.startLine === 4));
		const [selection] = await session.connection.sendRequest(SelectionRangeRequest.type, {
			textDocument: { uri: URI }, positions: [{ line: 2, character: 1 }],
		}) ?? [];
		assert.ok(selection?.parent, 'a selection range with a parent');
	});

	test('formatting separates the paragraphs and puts a space after the number', async () => {
		const edits = await session.connection.sendRequest(DocumentFormattingRequest.type, {
			textDocument: { uri: URI }, options: { tabSize: 4, insertSpaces: false },
		});
		assert.deepEqual(edits?.map(edit => edit.newText).sort(), ['\n', '\n\n', ' ']);
		assert.deepEqual(session.logs.filter(log => log.type === 1), [], 'no handler failed');
	});
});
