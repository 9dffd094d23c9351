import * as assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
	createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentSymbol,
	DocumentSymbolRequest, ExitNotification, InitializedNotification, InitializeRequest, InitializeResult,
	ProtocolConnection, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver/node';
import { englishExample, serverBundle } from '../support/paths';

/**
 * Speaks LSP over stdio to the bundled server exactly as an editor other than VS Code would, from `initialize`
 * to `exit`, to prove that `resolution-language-server --stdio` works end to end.
 */
describe('language server over stdio', () => {
	let server: ChildProcess;
	let connection: ProtocolConnection;
	let stderr = '';
	let initializeResult: InitializeResult;
	const uri = pathToFileURL(englishExample).toString();
	const text = fs.readFileSync(englishExample, 'utf8');

	before(async () => {
		server = spawn(process.execPath, [serverBundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
		server.stderr!.on('data', chunk => stderr += String(chunk));
		connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
		connection.listen();
		initializeResult = await connection.sendRequest(InitializeRequest.type, {
			processId: process.pid,
			rootUri: null,
			capabilities: { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
		});
		await connection.sendNotification(InitializedNotification.type, {});
		await connection.sendNotification(DidOpenTextDocumentNotification.type, {
			textDocument: { uri, languageId: 'un-resolution', version: 1, text },
		});
	});

	after(() => {
		connection?.dispose();
		if (server && server.exitCode === null) {
			server.kill();
		}
	});

	const documentSymbols = async (): Promise<DocumentSymbol[]> =>
		await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as DocumentSymbol[];

	test('initialize advertises document symbols and incremental sync', () => {
		assert.ok(initializeResult.capabilities.documentSymbolProvider);
		assert.deepEqual(initializeResult.capabilities.textDocumentSync, { openClose: true, change: 2 });
		assert.equal(initializeResult.serverInfo?.name, 'resolution-language-server');
	});

	test('documentSymbol answers with an array', async () => {
		assert.ok(Array.isArray(await documentSymbols()));
	});

	test('documentSymbol lists the structure of the example: named symbols with ranges', async () => {
		const symbols = await documentSymbols();
		assert.ok(symbols.length > 0, 'no document symbols for the example (is the parser in place?)');
		const visit = (symbol: DocumentSymbol): void => {
			assert.equal(typeof symbol.name, 'string');
			assert.ok(symbol.name.trim().length > 0, 'a symbol has an empty name');
			assert.ok(symbol.range && symbol.selectionRange, `symbol '${symbol.name}' has no range`);
			symbol.children?.forEach(visit);
		};
		symbols.forEach(visit);
	});

	test('an incremental edit is applied and the document is answered again', async () => {
		await connection.sendNotification(DidChangeTextDocumentNotification.type, {
			textDocument: { uri, version: 2 },
			contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }],
		});
		assert.ok(Array.isArray(await documentSymbols()));
	});

	test('a request for an unknown document answers with an empty array', async () => {
		const symbols = await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///nowhere.txt' } });
		assert.deepEqual(symbols, []);
	});

	test('shutdown and exit end the process with status 0', async () => {
		const exited = new Promise<number | null>(resolve => server.once('exit', code => resolve(code)));
		await connection.sendRequest(ShutdownRequest.type);
		await connection.sendNotification(ExitNotification.type);
		assert.equal(await exited, 0, `server stderr:\n${stderr}`);
	});
});
