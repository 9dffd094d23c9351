import * as assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MessageChannel } from 'node:worker_threads';
import {
	CodeActionRequest, CompletionRequest, DefinitionRequest, DidOpenTextDocumentNotification, DocumentDiagnosticRequest,
	DocumentSymbolRequest, HoverRequest, type CodeAction, type CompletionList, type Diagnostic, type DocumentSymbol,
	type FullDocumentDiagnosticReport, type Hover, type LocationLink, type MarkupContent,
} from 'vscode-languageserver/browser';
import { startWorkerServer } from '../../server/src/browser/workerServer';
import { eventually, startBrowserSession, WORKSPACE, type BrowserSession } from '../support/browserSession';

const DRAFT = 'The General Assembly,\n\nRecalling its resolution 81/7 and resolution 70/1 of 25 September 2015,\n\n'
	+ '1. Welcomes the report (A/81/250);\n\n3. Decides to remain seized of the matter.\n';
const HELD = 'United Nations\nA/RES/81/7\nGeneral Assembly\n\nResolution adopted by the General Assembly on 3 November 2026\n\n'
	+ '81/7. Oceans and the law of the sea\n\nThe General Assembly,\n\n1. Decides.\n';
const FILES: Record<string, string> = {
	[`${WORKSPACE}/.resolutionlintrc.json`]: '{ "rules": { "numbering.operative": "off" } }',
	[`${WORKSPACE}/81-7.resolution.txt`]: HELD,
	[`${WORKSPACE}/.resolutions/catalogue.json`]: '[{ "symbol": "A/81/250", "title": "Report of the Secretary-General on oceans" }]',
	[`${WORKSPACE}/notes/readme.md`]: '# Notes\n\nNothing to index here.\n',
};
/** The draft inside the workspace, where the configuration file applies, and the same text outside it. */
const INSIDE = `${WORKSPACE}/sub/draft.txt`;
const OUTSIDE = 'vscode-vfs://github/un/other/draft.txt';

/**
 * The browser server (server/src/browser) on one end of a MessageChannel, driven by an LSP client on the other that
 * plays the web client, file requests included: every feature a draft needs in vscode.dev, with the workspace's
 * drafts, catalogue file and configuration file read through the client rather than a file system.
 */
describe('browser server over a message port', () => {
	let session: BrowserSession;
	const channel = new MessageChannel();

	before(async () => {
		startWorkerServer(channel.port1);
		session = await startBrowserSession(channel.port2, FILES);
		for (const uri of [INSIDE, OUTSIDE]) {
			await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
				textDocument: { uri, languageId: 'un-resolution', version: 1, text: DRAFT },
			});
		}
	});

	after(() => {
		session?.close();
		channel.port1.close();
		channel.port2.close();
	});

	const at = (uri: string, needle: string) => {
		const lines = DRAFT.slice(0, DRAFT.indexOf(needle) + 1).split('\n');
		return { textDocument: { uri }, position: { line: lines.length - 1, character: lines[lines.length - 1].length - 1 } };
	};
	const problems = async (uri: string): Promise<Diagnostic[]> =>
		(await session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }) as FullDocumentDiagnosticReport).items;
	const hoverText = async (needle: string): Promise<string> =>
		((await session.connection.sendRequest(HoverRequest.type, at(INSIDE, needle)) as Hover | null)?.contents as MarkupContent | undefined)?.value ?? '';

	test('initialize announces the draft features: problems, fixes, symbols, hover, completion, definition', () => {
		const { capabilities } = session.initializeResult;
		assert.equal(capabilities.diagnosticProvider?.identifier, 'unResolution');
		assert.ok(capabilities.codeActionProvider && capabilities.documentSymbolProvider && capabilities.completionProvider);
		assert.equal(capabilities.hoverProvider, true);
		assert.equal(capabilities.definitionProvider, true);
	});

	test('pulled problems follow the workspace\'s configuration file, which the server asked the client for', async () => {
		const outside = await problems(OUTSIDE);
		assert.deepEqual(outside.filter(problem => problem.code === 'numbering.operative').map(problem => problem.range.start.line), [6]);
		const inside = await problems(INSIDE);
		assert.equal(inside.some(problem => problem.code === 'numbering.operative'), false, 'the rule is off in the workspace');
		const asked = session.reads.filter(uri => uri.endsWith('/.resolutionlintrc.json'));
		assert.deepEqual(asked.filter(uri => uri.startsWith(WORKSPACE)), [`${WORKSPACE}/sub/.resolutionlintrc.json`, `${WORKSPACE}/.resolutionlintrc.json`]);
	});

	test('a quick fix renumbers the operative paragraphs', async () => {
		const numbering = (await problems(OUTSIDE)).filter(problem => problem.code === 'numbering.operative');
		const actions = await session.connection.sendRequest(CodeActionRequest.type, {
			textDocument: { uri: OUTSIDE }, range: numbering[0].range, context: { diagnostics: numbering },
		}) as CodeAction[];
		const edits = actions.flatMap(action => action.edit?.changes?.[OUTSIDE] ?? []);
		assert.ok(edits.some(edit => edit.newText.startsWith('2')), `no edit writes 2: ${JSON.stringify(actions.map(action => action.title))}`);
	});

	test('document symbols outline the draft', async () => {
		const symbols = await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: INSIDE } }) as DocumentSymbol[];
		const names = (list: DocumentSymbol[]): string[] => list.flatMap(symbol => [symbol.name, ...names(symbol.children ?? [])]);
		assert.ok(names(symbols).includes('1. Welcomes'), JSON.stringify(names(symbols)));
	});

	test('hover decodes a cited resolution offline and takes a title from the catalogue file read through the client', async () => {
		assert.match(await hoverText('70/1'), /Transforming our world/);
		const value = await eventually(() => hoverText('A/81/250'), text => /Report of the Secretary/.test(text));
		assert.match(value, /Report of the Secretary\\-General on oceans/);
		assert.ok(session.reads.includes(`${WORKSPACE}/.resolutions/catalogue.json`));
	});

	test('go to definition finds the resolution in a workspace file the client listed and read', async () => {
		const links = await eventually(async () => (await session.connection.sendRequest(DefinitionRequest.type, at(INSIDE, '81/7')) ?? []) as LocationLink[],
			value => value.length > 0);
		const target = (links[0] as LocationLink).targetUri ?? (links[0] as unknown as { uri: string }).uri;
		assert.equal(target, `${WORKSPACE}/81-7.resolution.txt`);
		assert.deepEqual(session.searches.map(search => search.folders), [[WORKSPACE]]);
		assert.match(session.searches[0].exclude, /node_modules/);
	});

	test('completion offers the next operative paragraph', async () => {
		const list = await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: INSIDE }, position: { line: 8, character: 0 } }) as CompletionList;
		assert.ok(list.items.length > 0, 'no completions at the end of the draft');
		assert.deepEqual(session.errors, [], 'no handler failed');
	});
});
