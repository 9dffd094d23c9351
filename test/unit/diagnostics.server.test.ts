import * as assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
	CodeAction, CodeActionRequest, ConfigurationRequest, createProtocolConnection, Diagnostic,
	DidChangeConfigurationNotification, DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification,
	DidOpenTextDocumentNotification, DiagnosticRefreshRequest, LogMessageNotification, LogMessageParams, MessageType, DocumentDiagnosticReport, DocumentDiagnosticRequest,
	ExitNotification, FileChangeType, InitializedNotification, InitializeRequest, InitializeResult, ProtocolConnection,
	Registration, RegistrationRequest, ShowMessageNotification, ShowMessageParams, ShutdownRequest, StreamMessageReader,
	StreamMessageWriter,
} from 'vscode-languageserver/node';
import { serverBundle } from '../support/paths';

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
	const logs: LogMessageParams[] = [];
	let onRefresh: () => void = () => undefined;
	let server: ChildProcess;
	let connection: ProtocolConnection;
	let initializeResult: InitializeResult;
	let document = TextDocument.create(uri, 'un-resolution', 1, DRAFT);
	let stderr = '';

	before(async () => {
		fs.writeFileSync(rcFile, JSON.stringify({ rules: { 'punctuation.final': 'off', 'punctuation.preambular': 'hint' } }));
		server = spawn(process.execPath, [serverBundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
		server.stderr!.on('data', chunk => stderr += String(chunk));
		connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
		connection.onRequest(ConfigurationRequest.type, params => params.items.map(() => settings));
		connection.onRequest(RegistrationRequest.type, params => {
			registrations.push(...params.registrations);
		});
		connection.onRequest(DiagnosticRefreshRequest.type, () => onRefresh());
		connection.onNotification(ShowMessageNotification.type, params => messages.push(params));
		connection.onNotification(LogMessageNotification.type, params => logs.push(params));
		connection.listen();
		initializeResult = await connection.sendRequest(InitializeRequest.type, {
			processId: process.pid,
			rootUri: pathToFileURL(folder).toString(),
			workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'drafts' }],
			capabilities: {
				workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, diagnostics: { refreshSupport: true } },
				textDocument: { diagnostic: {}, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } } },
			},
		});
		await connection.sendNotification(InitializedNotification.type, {});
		await connection.sendNotification(DidOpenTextDocumentNotification.type, {
			textDocument: { uri, languageId: 'un-resolution', version: 1, text: DRAFT },
		});
	});

	after(async () => {
		if (server.exitCode === null) {
			await connection.sendRequest(ShutdownRequest.type);
			await connection.sendNotification(ExitNotification.type);
		}
		connection.dispose();
		fs.rmSync(folder, { recursive: true, force: true });
	});

	const pull = async (previousResultId?: string): Promise<DocumentDiagnosticReport> =>
		await connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId }) as DocumentDiagnosticReport;
	const items = async (): Promise<Diagnostic[]> => {
		const report = await pull();
		assert.equal(report.kind, 'full', `server stderr:\n${stderr}`);
		return report.kind === 'full' ? report.items : [];
	};
	const codes = async () => (await items()).map(diagnostic => diagnostic.code);
	const codeActions = async (diagnostics: Diagnostic[], only?: string[]) => await connection.sendRequest(CodeActionRequest.type, {
		textDocument: { uri }, range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
		context: { diagnostics, only },
	}) as CodeAction[];
	const applyAction = async (action: CodeAction) => {
		const text = TextDocument.applyEdits(document, action.edit!.changes![uri]);
		document = TextDocument.create(uri, 'un-resolution', document.version + 1, text);
		await connection.sendNotification(DidChangeTextDocumentNotification.type, {
			textDocument: { uri, version: document.version }, contentChanges: [{ text }],
		});
	};
	const refreshed = () => new Promise<void>(resolve => onRefresh = resolve);

	test('announces pull diagnostics and both kinds of code action', () => {
		assert.deepEqual(initializeResult.capabilities.diagnosticProvider,
			{ identifier: 'unResolution', interFileDependencies: false, workspaceDiagnostics: false });
		assert.deepEqual(initializeResult.capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.unResolution'] });
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
		await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
		await refresh;
		assert.deepEqual(await codes(), []);
	});

	test('checks again when the workspace file changes, and says what is wrong with a bad one', async () => {
		settings = {};
		fs.writeFileSync(rcFile, '{ "rules": { "artifact.field-error": "warning", } }');
		const refresh = refreshed();
		await connection.sendNotification(DidChangeWatchedFilesNotification.type, {
			changes: [{ uri: pathToFileURL(rcFile).toString(), type: FileChangeType.Changed }],
		});
		await refresh;
		assert.deepEqual(await codes(), ['artifact.field-error']);
		assert.equal(messages.length, 1);
		assert.equal(messages[0].type, 2);
		assert.match(messages[0].message, /\.resolutionlintrc\.json: not valid JSON/);
	});

	test('answers an empty report for a document it does not know', async () => {
		const report = await connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: 'file:///nowhere.txt' } });
		assert.deepEqual(report, { kind: 'full', items: [] });
	});

	test('no handler failed along the way', () => {
		assert.deepEqual(logs.filter(log => log.type === MessageType.Error), []);
		assert.equal(stderr, '');
	});
});
