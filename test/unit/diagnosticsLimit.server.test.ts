import * as assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import {
	CodeAction, CodeActionRequest, ConfigurationRequest, Diagnostic, DiagnosticSeverity, DidOpenTextDocumentNotification,
	DocumentDiagnosticReport, DocumentDiagnosticRequest, MessageType, PublishDiagnosticsNotification, PublishDiagnosticsParams,
	type ClientCapabilities,
} from 'vscode-languageserver/node';
import { startLspSession, type LspSession } from '../support/lspServer';

// A footnote marker in every paragraph and no footnote text: an error per paragraph, and warnings after the first.
const MARKED = 'The General Assembly,\n\n' + 'Recalling its resolution 70/1 on the 2030 Agenda,[^1]\n\n'.repeat(12);
const URI = 'file:///drafts/marked.resolution.txt';
const NOTICE = /^\d+ more findings were not shown: only the 3 most severe are listed \(setting unResolution\.maxProblems\)\.$/;

/**
 * `unResolution.maxProblems` over stdio, as an editor sees it: the setting answered as `workspace/configuration`,
 * pulled and pushed diagnostics cut to the most severe, the notice at the start of the document in the display
 * language, and code actions that are handed the notice back.
 */
describe('unResolution.maxProblems in the language server', () => {
	const sessions: LspSession[] = [];
	after(async () => {
		await Promise.all(sessions.map(async session => await session.close()));
	});

	/** A server whose client answers every settings request with `maxProblems: 3`; returns what it pushes too. */
	const start = async (capabilities: ClientCapabilities, locale?: string) => {
		const published: PublishDiagnosticsParams[] = [];
		let onPublish: () => void = () => undefined;
		const session = await startLspSession({ ...capabilities, workspace: { configuration: true } }, null, connection => {
			connection.onRequest(ConfigurationRequest.type, params => params.items.map(() => ({ maxProblems: 3 })));
			connection.onNotification(PublishDiagnosticsNotification.type, params => {
				published.push(params);
				onPublish();
			});
		}, locale);
		sessions.push(session);
		const publication = new Promise<PublishDiagnosticsParams>(resolve => onPublish = () => resolve(published[published.length - 1]));
		await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
			textDocument: { uri: URI, languageId: 'un-resolution', version: 1, text: MARKED },
		});
		return { session, publication };
	};
	const pull = async (session: LspSession): Promise<Diagnostic[]> => {
		const report = await session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI } }) as DocumentDiagnosticReport;
		assert.equal(report.kind, 'full', `server stderr:\n${session.stderr()}`);
		return report.kind === 'full' ? report.items : [];
	};
	const assertLimited = (items: Diagnostic[]) => {
		assert.equal(items.length, 4);
		assert.deepEqual(items.slice(0, 3).map(item => [item.code, item.range.start.line]),
			[['footnote.undefined', 2], ['footnote.undefined', 4], ['footnote.undefined', 6]]);
		const notice = items[3];
		assert.equal(notice.severity, DiagnosticSeverity.Information);
		assert.deepEqual(notice.range.start, { line: 0, character: 0 });
		assert.equal(notice.code, undefined);
		return notice;
	};

	test('pulled: the three most severe findings, then the notice', async () => {
		const { session } = await start({ textDocument: { diagnostic: {} } });
		const notice = assertLimited(await pull(session));
		assert.match(notice.message, NOTICE);
		// A client that sends the notice back for the light bulb gets the other actions, and the server no error.
		const actions = await session.connection.sendRequest(CodeActionRequest.type, {
			textDocument: { uri: URI }, range: notice.range, context: { diagnostics: [{ ...notice, data: undefined }] },
		}) as CodeAction[];
		assert.ok(Array.isArray(actions));
		assert.deepEqual(session.logs.filter(log => log.type === MessageType.Error), []);
	});

	test('pushed: the same list, for clients that cannot pull', async () => {
		const { publication } = await start({});
		assert.match(assertLimited((await publication).diagnostics).message, NOTICE);
	});

	test('the notice reads in the display language', async () => {
		const { session } = await start({ textDocument: { diagnostic: {} } }, 'zh-cn');
		assert.match(assertLimited(await pull(session)).message, /^另有 \d+ 项检查结果未显示：只列出了最严重的 3 项（设置 unResolution\.maxProblems）。$/);
	});
});
