import * as assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
	ConfigurationRequest, createProtocolConnection, DefinitionRequest, DidOpenTextDocumentNotification, DocumentLinkRequest,
	ExitNotification, HoverRequest, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification,
	ReferencesRequest, RegistrationRequest, RenameRequest, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
	type Hover, type InitializeResult, type Location, type LocationLink, type MarkupContent, type ProtocolConnection,
	type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { CATALOGUE_LOOKUP_REQUEST, type CatalogueLookupParams } from '../../server/src/navigation/protocol';
import { serverBundle } from '../support/paths';

const CITING = 'The General Assembly,\n\nRecalling its resolution 81/7 and resolution 70/1 of 25 September 2015,¹\n\n1. Welcomes the report (A/81/250) and the note (A/81/300);\n\n¹ See A/81/250.\n';
const HELD = 'United Nations\nA/RES/81/7\nGeneral Assembly\n\nResolution adopted by the General Assembly on 3 November 2026\n\n81/7. Oceans and the law of the sea\n\nThe General Assembly,\n\n1. Decides.\n';
const CATALOGUE = '[\n  { "symbol": "A/81/250", "title": "Report of the Secretary-General on oceans" },\n  { "symbol": "A/81/251", "date": "someday" }\n]\n';

/**
 * The navigation features over stdio against the bundled server, as an editor other than VS Code drives them: a
 * temporary workspace with a draft, a resolution it cites and a catalogue file; hover, definition across files,
 * references, links, rename refusal, the catalogue file's problems, and the online look-up answered by the test.
 */
describe('navigation over stdio', () => {
	let server: ChildProcess;
	let connection: ProtocolConnection;
	let folder: string;
	let initializeResult: InitializeResult;
	const diagnostics = new Map<string, PublishDiagnosticsParams>();
	const lookups: string[][] = [];
	let lookupDelay = 0;
	const uri = (name: string) => pathToFileURL(path.join(folder, name)).toString();

	before(async () => {
		folder = fs.mkdtempSync(path.join(os.tmpdir(), 'un-navigation-'));
		fs.writeFileSync(path.join(folder, 'draft.txt'), CITING);
		fs.writeFileSync(path.join(folder, '81-7.resolution.txt'), HELD);
		fs.mkdirSync(path.join(folder, '.resolutions'));
		fs.writeFileSync(path.join(folder, '.resolutions', 'catalogue.json'), CATALOGUE);
		server = spawn(process.execPath, [serverBundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
		connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
		connection.onNotification(PublishDiagnosticsNotification.type, params => diagnostics.set(params.uri, params));
		connection.onRequest(ConfigurationRequest.type, params => params.items.map(item =>
			item.section === 'unResolution.catalogue' ? { files: [], onlineLookup: true } : {}));
		connection.onRequest(RegistrationRequest.type, () => undefined);
		connection.onRequest(CATALOGUE_LOOKUP_REQUEST, async (params: CatalogueLookupParams) => {
			lookups.push(params.symbols);
			await new Promise(resolve => setTimeout(resolve, lookupDelay));
			return { entries: params.symbols.map(symbol => ({ symbol, title: `Online title of ${symbol}`, source: 'Test library' })) };
		});
		connection.listen();
		initializeResult = await connection.sendRequest(InitializeRequest.type, {
			processId: process.pid,
			rootUri: pathToFileURL(folder).toString(),
			workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'drafts' }],
			capabilities: { workspace: { configuration: true }, textDocument: { definition: { linkSupport: true } } },
			initializationOptions: { onlineCatalogue: true, workspaceTrusted: true },
		});
		await connection.sendNotification(InitializedNotification.type, {});
		await connection.sendNotification(DidOpenTextDocumentNotification.type, {
			textDocument: { uri: uri('draft.txt'), languageId: 'un-resolution', version: 1, text: CITING },
		});
	});

	after(() => {
		connection?.dispose();
		if (server && server.exitCode === null) {
			server.kill();
		}
		fs.rmSync(folder, { recursive: true, force: true });
	});

	const at = (needle: string, shift = 0) => {
		const offset = CITING.indexOf(needle) + shift;
		const before = CITING.slice(0, offset).split('\n');
		return { textDocument: { uri: uri('draft.txt') }, position: { line: before.length - 1, character: before[before.length - 1].length } };
	};
	const hover = async (needle: string) => ((await connection.sendRequest(HoverRequest.type, at(needle, 1))) as Hover | null);
	/** Asks until the background work (the workspace scan, an online answer) has reached the answer, for at most three seconds. */
	const eventually = async <T>(ask: () => Promise<T>, accept: (value: T) => boolean): Promise<T> => {
		let value = await ask();
		for (let attempt = 0; attempt < 60 && !accept(value); attempt++) {
			await new Promise(resolve => setTimeout(resolve, 50));
			value = await ask();
		}
		return value;
	};

	test('initialize announces hover, links, definition, references, highlight and rename with prepare', () => {
		const capabilities = initializeResult.capabilities;
		assert.equal(capabilities.hoverProvider, true);
		assert.deepEqual(capabilities.documentLinkProvider, { resolveProvider: false });
		assert.equal(capabilities.definitionProvider, true);
		assert.equal(capabilities.referencesProvider, true);
		assert.equal(capabilities.documentHighlightProvider, true);
		assert.deepEqual(capabilities.renameProvider, { prepareProvider: true });
	});

	test('hover shows a title from the workspace\'s catalogue file', async () => {
		const result = await eventually(() => hover('A/81/250)'), value => /Report of the Secretary/.test((value?.contents as MarkupContent)?.value ?? ''));
		const value = (result!.contents as MarkupContent).value;
		assert.match(value, /General Assembly, eighty\\-first session, document 250/);
		assert.match(value, /Title: “Report of the Secretary\\-General on oceans”/);
		assert.match(value, /catalogue\\\.json:2/);
	});

	test('the catalogue file\'s malformed row is published as a warning on its line', async () => {
		await eventually(async () => diagnostics.get(uri('.resolutions/catalogue.json')), value => value !== undefined);
		const published = diagnostics.get(uri('.resolutions/catalogue.json'))!;
		assert.equal(published.diagnostics.length, 1);
		assert.equal(published.diagnostics[0].range.start.line, 2);
		assert.match(published.diagnostics[0].message, /"someday" is not a date/);
	});

	test('go to definition on a cited resolution opens the workspace file that holds it', async () => {
		const links = await eventually(async () => (await connection.sendRequest(DefinitionRequest.type, at('81/7', 1))) as LocationLink[], value => value.length > 0);
		assert.equal(links[0].targetUri, uri('81-7.resolution.txt'));
		assert.equal(links[0].targetSelectionRange.start.line, 6);
	});

	test('references on a symbol list its citations in the draft, and the links point at undocs.org', async () => {
		const references = await connection.sendRequest(ReferencesRequest.type, { ...at('A/81/250)', 1), context: { includeDeclaration: true } }) as Location[];
		assert.equal(references.length, 2);
		const links = await connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: uri('draft.txt') } });
		assert.ok(links!.some(link => link.target === 'https://undocs.org/en/A/81/250'));
	});

	test('a rename to a footnote number that is taken is refused with a message', async () => {
		const text = 'The General Assembly,\n\n1. Decides;¹ notes;²\n\n¹ A.\n² B.\n';
		await connection.sendNotification(DidOpenTextDocumentNotification.type, {
			textDocument: { uri: uri('two.txt'), languageId: 'un-resolution', version: 1, text },
		});
		await assert.rejects(
			connection.sendRequest(RenameRequest.type, { textDocument: { uri: uri('two.txt') }, position: { line: 2, character: 11 }, newName: '2' }),
			/Footnote 2 already exists/,
		);
	});

	test('an unknown document is looked up online once, and a slow answer does not hold the hover', async () => {
		const first = await hover('70/1 of');
		assert.deepEqual(lookups.filter(list => list.includes('A/RES/70/1')), [], 'a document the built-in list titles is not looked up');
		assert.match((first!.contents as MarkupContent).value, /Transforming our world/);
		lookupDelay = 1500;
		const started = Date.now();
		const slow = await hover('A/81/300');
		assert.ok(Date.now() - started < 1200, `the hover waited ${Date.now() - started} ms`);
		assert.doesNotMatch((slow!.contents as MarkupContent).value, /Online title/);
		const later = await eventually(() => hover('A/81/300'), value => /Online title/.test((value?.contents as MarkupContent)?.value ?? ''));
		assert.match((later!.contents as MarkupContent).value, /Title: “Online title of A\/81\/300”/);
		assert.match((later!.contents as MarkupContent).value, /Test library \\\(online look\\-up\\\)/);
		assert.deepEqual(lookups.filter(list => list.includes('A/81/300')), [['A/81/300']], 'asked once');
	});

	test('shutdown and exit end the server', async () => {
		const exited = new Promise<number | null>(resolve => server.once('exit', code => resolve(code)));
		await connection.sendRequest(ShutdownRequest.type);
		await connection.sendNotification(ExitNotification.type);
		assert.equal(await exited, 0);
	});
});
