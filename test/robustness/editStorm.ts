import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import {
	CancellationTokenSource, CompletionRequest, DidCloseTextDocumentNotification, DidChangeTextDocumentNotification,
	DidOpenTextDocumentNotification, DocumentDiagnosticRequest, DocumentSymbolRequest, HoverRequest, LSPErrorCodes,
	ResponseError, type Hover, type MarkupContent,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getDocumentSymbols, parseResolution } from '../../server/src/languageService';
import { computeDiagnostics, DEFAULT_MAX_PROBLEMS, limitDiagnostics } from '../../server/src/languageService/diagnostics';
import { toPublishedDiagnostics } from '../../server/src/languageService/diagnostics/lsp';
import { randomChange } from './edits';
import { assertRangesInside } from './featureChecks';
import type { Seed } from './fuzzCases';
import { markdownHazards } from './markupChecks';
import type { LspServer } from './lspServer';
import { Random } from './random';

export interface StormOptions {
	server: LspServer;
	/** The drafts opened at the start; each edit goes to one of them at random. */
	drafts: readonly Seed[];
	edits: number;
	seed: number;
	/** How many edits may be in flight before the storm waits for the answers, as a fast typist's backlog. */
	window?: number;
	onProgress?(done: number): void;
}

export interface StormReport {
	edits: number;
	changes: number;
	checks: number;
	hovers: number;
	completions: number;
	cancelled: number;
}

/** One open document: the text the client holds, kept with the same library the server uses, by version. */
interface Open {
	uri: string;
	document: TextDocument;
	paste: string;
}

/**
 * Sends random incremental edits to the real server over stdio, as an editor does, and checks after every edit
 * that the server's view is the client's: its document symbols and pulled diagnostics equal those of a fresh parse
 * of the expected text at the version they were asked for (a diagnostics answer may name a newer version, never an
 * older one). Hovers, completions and requests cancelled at once are interleaved; every answer must belong to the
 * version it was asked at, carry only safe Markdown, and the server must log no handler failure.
 */
export async function runStorm(options: StormOptions): Promise<StormReport> {
	const { server, drafts, seed } = options;
	const random = new Random(seed);
	const connection = server.connection;
	const hover = Boolean(server.initializeResult.capabilities.hoverProvider);
	const report: StormReport = { edits: 0, changes: 0, checks: 0, hovers: 0, completions: 0, cancelled: 0 };
	const open: Open[] = drafts.map((draft, index) => ({
		uri: `file:///storm/${seed}/${index}.resolution.txt`,
		document: TextDocument.create(`file:///storm/${seed}/${index}.resolution.txt`, 'un-resolution', 1, draft.text),
		paste: draft.text,
	}));
	for (const item of open) {
		await connection.sendNotification(DidOpenTextDocumentNotification.type, {
			textDocument: { uri: item.uri, languageId: 'un-resolution', version: 1, text: item.document.getText() },
		});
	}
	let pending: Array<Promise<void>> = [];
	const fail = (edit: number, message: string) => new Error(`edit storm seed ${seed}, edit ${edit}: ${message}`);
	for (let edit = 1; edit <= options.edits; edit++) {
		const item = random.pick(open);
		const count = random.chance(0.2) ? random.between(2, 4) : 1;
		// `TextDocument.update` changes a document in place, so the edits go to a copy: each version stays as it was
		// for the answers still to be checked against it.
		const working = TextDocument.create(item.uri, 'un-resolution', 0, item.document.getText());
		const changes = Array.from({ length: count }, () => {
			// Each change applies to the text the previous one left, as the protocol says, so they are made in turn.
			const change = randomChange(random, working, item.paste);
			TextDocument.update(working, [change], working.version + 1);
			return change;
		});
		const version = item.document.version + 1;
		item.document = TextDocument.create(item.uri, 'un-resolution', version, working.getText());
		await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: item.uri, version }, contentChanges: changes });
		report.changes += count;
		const expected = item.document;
		const textDocument = { uri: item.uri };
		pending.push(connection.sendRequest(DocumentSymbolRequest.type, { textDocument }).then(symbols => {
			const fresh = asSent(getDocumentSymbols(parseResolution(expected.getText()), expected));
			if (!isDeepStrictEqual(symbols, fresh)) {
				throw fail(edit, `the document symbols of version ${version} differ from a fresh parse of the expected text `
					+ `(${firstDifference(symbols, fresh)}); the text is saved in ${saveText(seed, edit, expected.getText())}`);
			}
			report.checks++;
		}));
		pending.push(connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument }).then(answer => {
			const resultVersion = answer.kind === 'full' ? Number(answer.resultId?.split(':')[1]) : NaN;
			if (!(resultVersion >= version)) {
				throw fail(edit, `diagnostics asked at version ${version} answered for version ${answer.resultId}`);
			}
			// A newer answer is checked against the text the client holds now, which is the newest.
			const current = resultVersion === version ? expected : open.find(other => other.uri === item.uri)!.document;
			const fresh = current.version === resultVersion && answer.kind === 'full'
				// The server sends at most DEFAULT_MAX_PROBLEMS findings, so a text that grows past it is compared as sent.
				? asSent(toPublishedDiagnostics(limitDiagnostics(computeDiagnostics(parseResolution(current.getText())), DEFAULT_MAX_PROBLEMS), current))
				: undefined;
			if (fresh && answer.kind === 'full' && !isDeepStrictEqual(answer.items, fresh)) {
				throw fail(edit, `the diagnostics of version ${resultVersion} differ from a fresh check of the expected text `
					+ `(${firstDifference(answer.items, fresh)}); the text is saved in ${saveText(seed, edit, current.getText())}`);
			}
			report.checks++;
		}));
		const position = expected.positionAt(random.int(expected.getText().length + 1));
		if (hover && random.chance(0.3)) {
			pending.push(connection.sendRequest(HoverRequest.type, { textDocument, position }).then(answer => {
				checkHover(expected, answer, message => fail(edit, message));
				report.hovers++;
			}));
		}
		if (random.chance(0.3)) {
			pending.push(connection.sendRequest(CompletionRequest.type, { textDocument, position }).then(answer => {
				assertRangesInside(expected, answer, `completion at version ${version}`);
				report.completions++;
			}));
		}
		if (random.chance(0.2)) {
			pending.push(cancelledAtOnce(server, item.uri, expected, report, message => fail(edit, message)));
		}
		report.edits++;
		if (pending.length >= (options.window ?? 40) || edit === options.edits) {
			await Promise.all(pending);
			pending = [];
			options.onProgress?.(edit);
			if (server.errors.length > 0) {
				throw fail(edit, `the server logged a failure: ${server.errors[0]}`);
			}
		}
	}
	for (const item of open) {
		await connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: item.uri } });
	}
	return report;
}

/** A request cancelled right after it is sent is answered: cancelled, or with the answer for the current text. */
async function cancelledAtOnce(server: LspServer, uri: string, expected: TextDocument, report: StormReport, fail: (message: string) => Error): Promise<void> {
	const source = new CancellationTokenSource();
	const answer = server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }, source.token);
	source.cancel();
	try {
		const symbols = await answer;
		if (!isDeepStrictEqual(symbols, asSent(getDocumentSymbols(parseResolution(expected.getText()), expected)))) {
			throw fail(`a cancelled request answered with symbols of another version than ${expected.version}`);
		}
	} catch (error) {
		if (!(error instanceof ResponseError) || error.code !== LSPErrorCodes.RequestCancelled) {
			throw error;
		}
		report.cancelled++;
	}
}

/** A value as it arrives over the wire: members that are undefined are not sent at all. */
function asSent<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

/** Where two JSON values first differ, as a path and both values, to make a failure readable. */
export function firstDifference(actual: unknown, expected: unknown, path = '$'): string {
	if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null) {
		return `${path}: server ${JSON.stringify(actual)}, fresh parse ${JSON.stringify(expected)}`;
	}
	const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
	for (const key of keys) {
		const [a, b] = [(actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key]];
		if (!isDeepStrictEqual(a, b)) {
			return firstDifference(a, b, `${path}.${key}`);
		}
	}
	return `${path}: equal`;
}

function saveText(seed: number, edit: number, text: string): string {
	const file = path.join(os.tmpdir(), `un-resolution-storm-${seed}-${edit}.txt`);
	fs.writeFileSync(file, text);
	return file;
}

function checkHover(document: TextDocument, answer: Hover | null, fail: (message: string) => Error): void {
	if (!answer) {
		return;
	}
	assertRangesInside(document, answer, 'hover');
	const contents = Array.isArray(answer.contents) ? answer.contents : [answer.contents];
	for (const content of contents) {
		const value = typeof content === 'string' ? content : (content as MarkupContent).value;
		const hazards = markdownHazards(value);
		if (hazards.length > 0) {
			throw fail(`a hover has ${hazards.join('; ')}`);
		}
	}
}
