import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { MessageChannel, Worker } from 'node:worker_threads';
import {
	DidOpenTextDocumentNotification, DocumentDiagnosticRequest, DocumentSymbolRequest, HoverRequest,
	type DocumentSymbol, type FullDocumentDiagnosticReport, type Hover, type MarkupContent,
} from 'vscode-languageserver/browser';
import { repoRoot } from '../support/paths';
import { startBrowserSession, WORKSPACE, type BrowserSession } from '../support/browserSession';

const BUNDLE = path.join(repoRoot, 'dist', 'server', 'browser.js');
const URI = `${WORKSPACE}/draft.txt`;
const DRAFT = 'The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,\n\n1. Welcomes the report;\n\n3. Decides to remain seized of the matter.\n';

/**
 * The shipped worker bundle, dist/server/browser.js, in a worker thread where `process`, `require` and `Buffer` do
 * not exist (test/support/browserWorkerHost.ts), spoken to over a MessageChannel as the web client speaks to it.
 * What the compiled modules do is tested in browserServer.test.ts; this proves the bundle runs without Node.
 */
describe('web server bundle in a worker without Node globals', () => {
	let worker: Worker;
	let session: BrowserSession;
	const channel = new MessageChannel();
	let workerError: unknown;

	before(async () => {
		worker = new Worker(path.join(__dirname, '..', 'support', 'browserWorkerHost.js'), {
			workerData: { bundle: BUNDLE, port: channel.port1 },
			transferList: [channel.port1],
		});
		worker.on('error', error => workerError = error);
		session = await startBrowserSession(channel.port2, {});
		await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
			textDocument: { uri: URI, languageId: 'un-resolution', version: 1, text: DRAFT },
		});
	});

	after(async () => {
		session?.close();
		channel.port2.close();
		await worker?.terminate();
	});

	test('answers initialize with its name and the pull diagnostics provider', () => {
		assert.equal(session.initializeResult.serverInfo?.name, 'resolution-language-server');
		assert.equal(session.initializeResult.capabilities.diagnosticProvider?.identifier, 'unResolution');
	});

	test('checks a draft, outlines it and decodes a citation in a hover', async () => {
		const report = await session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI } }) as FullDocumentDiagnosticReport;
		assert.ok(report.items.some(problem => problem.code === 'numbering.operative'), JSON.stringify(report.items.map(problem => problem.code)));
		const symbols = await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } }) as DocumentSymbol[];
		assert.ok(symbols.length > 0);
		const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 2, character: 27 } }) as Hover | null;
		assert.match((hover?.contents as MarkupContent | undefined)?.value ?? '', /Transforming our world/);
		assert.equal(workerError, undefined);
		assert.deepEqual(session.errors, []);
	});
});
