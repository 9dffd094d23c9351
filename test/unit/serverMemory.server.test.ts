import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
	ConfigurationRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentDiagnosticRequest,
} from 'vscode-languageserver/node';
import { generateDraft } from '../../bench/draft';
import { startLspSession, type LspSession } from '../support/lspServer';

const KEYSTROKES = 600;

/**
 * What the server keeps while a drafter types: the bundled server over stdio, with a probe that collects garbage and
 * reports the heap, takes letters typed and deleted in turn in a 200 KB draft, each followed by a diagnostics pull
 * as the editor sends it. Every version replaces the one before, so the heap after the session must be what it was
 * before it, give or take 16 MB of what a collection leaves (the draft's text alone is 0.4 MB). When every version
 * stayed alive (each patched model kept the one before it), 600 keystrokes left some 250 MB behind.
 */
describe('server memory while typing', () => {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'resolution-heap-'));
	const probeFile = path.join(folder, 'heap');
	const uri = 'file:///typing/draft.resolution.txt';
	let session: LspSession;

	before(async () => {
		session = await startLspSession({ textDocument: { diagnostic: {} }, workspace: { configuration: true } }, null, connection => {
			connection.onRequest(ConfigurationRequest.type, params => params.items.map(() => null));
		}, undefined, {
			nodeOptions: ['--expose-gc', '--require', path.join(__dirname, '..', 'support', 'heapProbe.js')],
			env: { ...process.env, HEAP_PROBE_FILE: probeFile },
		});
	});

	after(async () => {
		await session.close();
		fs.rmSync(folder, { recursive: true, force: true });
	});

	test(`keeps, after ${KEYSTROKES} keystrokes, what it kept after the first, within 16 MB`, async () => {
		let document = TextDocument.create(uri, 'un-resolution', 1, generateDraft({ targetBytes: 200_000 }));
		await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'un-resolution', version: 1, text: document.getText() } });
		const at = document.positionAt(document.getText().indexOf(' Decides ', document.getText().length >> 1) + 4);
		const type = async (index: number) => {
			const change = index % 2 === 0
				? { range: { start: at, end: at }, text: 'x' }
				: { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' };
			document = TextDocument.update(document, [change], document.version + 1);
			await session.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: document.version }, contentChanges: [change] });
			await session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
		};
		await type(0);
		await type(1);
		const start = await settledHeap(probeFile);
		for (let index = 2; index < KEYSTROKES; index++) {
			await type(index);
		}
		const end = await settledHeap(probeFile);
		assert.ok(end - start < 16e6, `the heap grew from ${(start / 1e6).toFixed(1)} MB to ${(end / 1e6).toFixed(1)} MB over ${KEYSTROKES} keystrokes`);
	});
});

/** The heap the probe reports once the server has been idle for a few of its collections. */
async function settledHeap(probeFile: string): Promise<number> {
	const wait = (milliseconds: number) => new Promise(resolve => setTimeout(resolve, milliseconds));
	await wait(500);
	for (let tries = 0; tries < 50 && !fs.existsSync(probeFile); tries++) {
		await wait(100);
	}
	return Number(fs.readFileSync(probeFile, 'utf8'));
}
