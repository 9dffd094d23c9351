import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
	CodeAction, CodeActionRequest, ConfigurationRequest, Diagnostic, DidChangeConfigurationNotification,
	DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification,
	DiagnosticRefreshRequest, DidCloseTextDocumentNotification, DocumentDiagnosticReport, DocumentDiagnosticRequest,
	FileChangeType, MessageType, PublishDiagnosticsNotification, PublishDiagnosticsParams, Registration, RegistrationRequest,
	ShowMessageNotification, ShowMessageParams,
} from 'vscode-languageserver/node';
import { startLspSession, type LspSession } from '../support/lspServer';

const DRAFT = [
	'The General Assembly,', '', 'Noting the report;', '', '1. Welcomes the report;', '',
	'3. Decides to act without delay Error! Bookmark not defined. and in full;', '',
].join('\n');

/**
 * The checker as an editor sees it: the bundled server over stdio, a draft in a workspace folder with a
 * `.resolutionlintrc.json`, settings answered by this test as `workspace/configuration`, pulled diagnostics, quick
 * fixes and fix-all applied the way an editor applies them, and re-checks after the settings or the file change.
 */
describe('diagnostics and code actions over stdio', () => {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'resolution-lint-server-'));
	const rcFile = path.join(folder, '.resolutionlintrc.json');
	const uri = pathToFileURL(path.join(folder, 'draft.resolution.txt')).toString();
	let settings: unknown = { rules: { 'punctuation.final': 'error' } };
	const registrations: Registration[] = [];
	const messages: ShowMessageParams[] = [];
	let onRefresh: () => void = () => undefined;
	let session: LspSession;
	let document = TextDocument.create(uri, 'un-resolution', 1, DRAFT);

	before(async () => {
		fs.writeFileSync(rcFile, JSON.stringify({ rules: { 'punctuation.final': 'off', 'punctuation.preambular': 'hint' } }));
		session = await startLspSession({
			workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, diagnostics: { refreshSupport: true } },
			textDocument: { diagnostic: {}, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } } },
		}, [{ uri: pathToFileURL(folder).toString(), name: 'drafts' }], connection => {
			connection.onRequest(ConfigurationRequest.type, params => params.items.map(() => settings));
			connection.onRequest(RegistrationRequest.type, params => {
				registrations.push(...params.registrations);
			});
			connection.onRequest(DiagnosticRefreshRequest.type, () => onRefresh());
			connection.onNotification(ShowMessageNotification.type, params => messages.push(params));
		});
		await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
			textDocument: { uri, languageId: 'un-resolution', version: 1, text: DRAFT },
		});
	});

	after(async () => {
		await session.close();
		fs.rmSync(folder, { recursive: true, force: true });
	});

	const pull = async (previousResultId?: string): Promise<DocumentDiagnosticReport> =>
		await session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId }) as DocumentDiagnosticReport;
	const items = async (): Promise<Diagnostic[]> => {
		const report = await pull();
		assert.equal(report.kind, 'full', `server stderr:\n${session.stderr()}`);
		return report.kind === 'full' ? report.items : [];
	};
	const codes = async () => (await items()).map(diagnostic => diagnostic.code);
	const codeActions = async (diagnostics: Diagnostic[], only?: string[]) => await session.connection.sendRequest(CodeActionRequest.type, {
		textDocument: { uri }, range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
		context: { diagnostics, only },
	}) as CodeAction[];
	const applyAction = async (action: CodeAction) => {
		const text = TextDocument.applyEdits(document, action.edit!.changes![uri]);
		document = TextDocument.create(uri, 'un-resolution', document.version + 1, text);
		await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
			textDocument: { uri, version: document.version }, contentChanges: [{ text }],
		});
	};
	const refreshed = () => new Promise<void>(resolve => onRefresh = resolve);

	test('announces pull diagnostics and both kinds of code action', () => {
		assert.deepEqual(session.initializeResult.capabilities.diagnosticProvider,
			{ identifier: 'unResolution', interFileDependencies: false, workspaceDiagnostics: false });
		assert.deepEqual(session.initializeResult.capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.unResolution'] });
	});

	test('registers for changes of its settings section once initialised', async () => {
		await pull();
		assert.deepEqual(registrations.map(registration => [registration.method, registration.registerOptions]),
			[['workspace/didChangeConfiguration', { section: 'unResolution' }]]);
	});

	test('reports the problems with the workspace file overridden by the settings, code by code', async () => {
		const found = await items();
		const severity = (code: string) => found.find(diagnostic => diagnostic.code === code)?.severity;
		assert.equal(severity('numbering.operative'), 1);
		assert.equal(severity('artifact.field-error'), 1);
		// The file turns it into a hint; the settings say nothing about it.
		assert.equal(severity('punctuation.preambular'), 4);
		// The file switches it off; the settings switch it back on as an error.
		assert.equal(severity('punctuation.final'), 1);
		assert.ok(found.every(diagnostic => diagnostic.source === 'UN Resolution'));
	});

	test('answers "unchanged" when neither the text nor the configuration changed', async () => {
		const first = await pull();
		assert.equal(first.kind, 'full');
		assert.deepEqual(await pull(first.resultId), { kind: 'unchanged', resultId: first.resultId });
	});

	test('offers the quick fixes to a client that drops the diagnostics\' data', async () => {
		const numbering = (await items()).filter(diagnostic => diagnostic.code === 'numbering.operative');
		const stripped = numbering.map(({ data: _data, ...rest }) => rest);
		const titles = (await codeActions(stripped)).map(action => action.title);
		assert.ok(titles.includes('Renumber the operative paragraphs'), JSON.stringify(titles));
	});

	test('offers the renumbering quick fix, which the editor applies', async () => {
		const numbering = (await items()).filter(diagnostic => diagnostic.code === 'numbering.operative');
		const actions = await codeActions(numbering);
		const renumber = actions.find(action => action.title === 'Renumber the operative paragraphs');
		assert.ok(renumber, `no renumbering among ${JSON.stringify(actions.map(action => action.title))}`);
		await applyAction(renumber);
		assert.match(document.getText(), /\n2\. Decides/);
		assert.ok(!(await codes()).includes('numbering.operative'));
	});

	test('applies every safe fix at once for source.fixAll, as on save', async () => {
		const [fixAll, ...others] = await codeActions([], ['source.fixAll']);
		assert.equal(others.length, 0);
		assert.equal(fixAll.kind, 'source.fixAll.unResolution');
		await applyAction(fixAll);
		assert.equal(document.getText(), DRAFT.replace('report;\n\n1.', 'report,\n\n1.').replace('3. Decides', '2. Decides').replace('in full;', 'in full.'));
		assert.deepEqual(await codes(), ['artifact.field-error']);
	});

	test('checks again with the new settings when they change', async () => {
		settings = { rules: { 'artifact.field-error': 'off' } };
		const refresh = refreshed();
		await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
		await refresh;
		assert.deepEqual(await codes(), []);
	});

	test('checks again when the workspace file changes, and says what is wrong with a bad one', async () => {
		settings = {};
		fs.writeFileSync(rcFile, '{ "rules": { "artifact.field-error": "warning", } }');
		const refresh = refreshed();
		await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
			changes: [{ uri: pathToFileURL(rcFile).toString(), type: FileChangeType.Changed }],
		});
		await refresh;
		assert.deepEqual(await codes(), ['artifact.field-error']);
		assert.equal(messages.length, 1);
		assert.equal(messages[0].type, 2);
		assert.match(messages[0].message, /\.resolutionlintrc\.json: not valid JSON/);
	});

	test('answers an empty report for a document it does not know', async () => {
		const report = await session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: 'file:///nowhere.txt' } });
		assert.deepEqual(report, { kind: 'full', items: [] });
	});

	test('no handler failed along the way', () => {
		assert.deepEqual(session.logs.filter(log => log.type === MessageType.Error), []);
		assert.equal(session.stderr(), '');
	});
});

/**
 * An LSP client without pull diagnostics (the `textDocument.diagnostic` capability) still sees the problems: the
 * server pushes them after a pause in typing, only for the version it checked, and clears them on close.
 */
describe('pushed diagnostics for clients that cannot pull', () => {
	const uri = 'file:///drafts/pushed.resolution.txt';
	const published: PublishDiagnosticsParams[] = [];
	let onPublish: () => void = () => undefined;
	let session: LspSession;

	before(async () => {
		session = await startLspSession({}, null, connection => {
			connection.onNotification(PublishDiagnosticsNotification.type, params => {
				published.push(params);
				onPublish();
			});
		});
	});

	after(async () => {
		await session.close();
	});

	const nextPublication = () => new Promise<PublishDiagnosticsParams>(resolve => onPublish = () => resolve(published[published.length - 1]));

	test('pushes the problems of an opened document', async () => {
		const publication = nextPublication();
		await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
			textDocument: { uri, languageId: 'un-resolution', version: 1, text: DRAFT },
		});
		const { version, diagnostics } = await publication;
		assert.equal(version, 1);
		assert.ok(diagnostics.some(diagnostic => diagnostic.code === 'numbering.operative'));
	});

	test('pushes once after a burst of typing, for the last version', async () => {
		const before = published.length;
		const publication = nextPublication();
		for (let version = 2; version <= 4; version++) {
			await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
				textDocument: { uri, version }, contentChanges: [{ text: version < 4 ? DRAFT : DRAFT.replace('3. Decides', '2. Decides') }],
			});
		}
		const { version, diagnostics } = await publication;
		assert.equal(version, 4);
		assert.equal(published.length, before + 1);
		assert.ok(!diagnostics.some(diagnostic => diagnostic.code === 'numbering.operative'));
	});

	test('clears the problems of a closed document', async () => {
		const publication = nextPublication();
		await session.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
		assert.deepEqual(await publication, { uri, diagnostics: [] });
	});

	test('the pull capability is still announced, for clients that can use it', () => {
		assert.ok(session.initializeResult.capabilities.diagnosticProvider);
		assert.deepEqual(session.logs.filter(log => log.type === MessageType.Error), []);
	});
});

/**
 * A client whose display language is Simplified Chinese (VS Code sends "zh-cn" as `locale`) reads the problems and
 * the quick fixes in Chinese, pulled or pushed; the codes and ranges are the same as in English.
 */
describe('messages in the display language over stdio', () => {
	const uri = 'file:///drafts/chinese-ui.resolution.txt';
	const published: PublishDiagnosticsParams[] = [];
	let onPublish: () => void = () => undefined;
	const sessions: LspSession[] = [];

	after(async () => {
		await Promise.all(sessions.map(async session => await session.close()));
	});

	const open = async (session: LspSession) => await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
		textDocument: { uri, languageId: 'un-resolution', version: 1, text: DRAFT },
	});

	test('pulled diagnostics, their related information and the quick fixes read in Chinese', async () => {
		const session = await startLspSession({ textDocument: { diagnostic: {} } }, null, undefined, 'zh-cn');
		sessions.push(session);
		await open(session);
		const report = await session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }) as DocumentDiagnosticReport;
		assert.equal(report.kind, 'full', `server stderr:\n${session.stderr()}`);
		const items = report.kind === 'full' ? report.items : [];
		const gap = items.find(diagnostic => diagnostic.code === 'numbering.operative');
		assert.equal(gap?.message, '执行部分第 3 段接在第 1 段之后：缺少第 2 段。');
		assert.deepEqual(gap?.relatedInformation?.map(related => related.message), ['前一段的编号为 1。']);
		assert.equal(items.find(diagnostic => diagnostic.code === 'artifact.field-error')?.message,
			'文本中残留了 Word 域错误：“Error! Bookmark not defined.”。请恢复它所替换的引用。');
		assert.ok(items.every(diagnostic => /\p{Script=Han}/u.test(diagnostic.message)), items.map(diagnostic => diagnostic.message).join('\n'));
		const actions = await session.connection.sendRequest(CodeActionRequest.type, {
			textDocument: { uri }, range: gap!.range, context: { diagnostics: [gap!] },
		}) as CodeAction[];
		assert.deepEqual(actions.map(action => action.title), ['重新为执行段落编号', '修正所有编号和标点问题']);
	});

	test('pushed diagnostics read in Chinese too', async () => {
		const session = await startLspSession({}, null, connection => {
			connection.onNotification(PublishDiagnosticsNotification.type, params => {
				published.push(params);
				onPublish();
			});
		}, 'zh-cn');
		sessions.push(session);
		const publication = new Promise<PublishDiagnosticsParams>(resolve => onPublish = () => resolve(published[published.length - 1]));
		await open(session);
		const { diagnostics } = await publication;
		assert.equal(diagnostics.find(diagnostic => diagnostic.code === 'numbering.operative')?.message, '执行部分第 3 段接在第 1 段之后：缺少第 2 段。');
	});
});
