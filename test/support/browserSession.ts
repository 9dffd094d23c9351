import {
	BrowserMessageReader, BrowserMessageWriter, ConfigurationRequest, createProtocolConnection, InitializedNotification,
	InitializeRequest, LogMessageNotification, MessageType, RegistrationRequest, type InitializeResult, type ProtocolConnection,
} from 'vscode-languageserver/browser';
import { FileRequests, type FindFilesParams, type ReadFileParams } from '../../server/src/browser/protocol';

/** The workspace folder of the tests, under the scheme github.dev gives a repository. */
export const WORKSPACE = 'vscode-vfs://github/un/drafts';

/** One end of a MessageChannel, or anything else the browser message reader and writer accept. */
type Port = ConstructorParameters<typeof BrowserMessageReader>[0];

/** The web client's part, played by the test: an LSP connection over a message port and an in-memory workspace. */
export interface BrowserSession {
	connection: ProtocolConnection;
	initializeResult: InitializeResult;
	/** The parameters of every file search the server asked for. */
	searches: FindFilesParams[];
	/** The URIs the server asked to read, in order. */
	reads: string[];
	/** What the server logged as errors: a handler that failed, a request the client could not answer. */
	errors: string[];
	close(): void;
}

/**
 * Connects to a server on `port` the way the web extension does: it answers the file requests from `files` (URI →
 * text) as the VS Code file system API would, answers `workspace/configuration` with no settings, and initialises
 * the server with {@link WORKSPACE} as its only folder.
 */
export async function startBrowserSession(port: Port, files: Readonly<Record<string, string>>): Promise<BrowserSession> {
	const connection = createProtocolConnection(new BrowserMessageReader(port), new BrowserMessageWriter(port));
	const session: Omit<BrowserSession, 'initializeResult'> = {
		connection, searches: [], reads: [], errors: [],
		close: () => connection.dispose(),
	};
	connection.onRequest(FileRequests.findFiles, (params: FindFilesParams) => {
		session.searches.push(params);
		return Object.keys(files).filter(uri => params.folders.some(folder => uri.startsWith(`${folder}/`)) && /\.(?:txt|md|resolution)$/.test(uri))
			.slice(0, params.maxResults);
	});
	connection.onRequest(FileRequests.readFile, (params: ReadFileParams) => {
		session.reads.push(params.uri);
		const text = files[params.uri];
		return text !== undefined && text.length <= params.maxBytes ? text : null;
	});
	connection.onRequest(ConfigurationRequest.type, params => params.items.map(() => null));
	connection.onRequest(RegistrationRequest.type, () => undefined);
	connection.onNotification(LogMessageNotification.type, message => {
		if (message.type === MessageType.Error) {
			session.errors.push(message.message);
		}
	});
	connection.listen();
	const initializeResult = await connection.sendRequest(InitializeRequest.type, {
		processId: null,
		rootUri: WORKSPACE,
		workspaceFolders: [{ uri: WORKSPACE, name: 'drafts' }],
		capabilities: {
			workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
			textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, hover: { contentFormat: ['markdown'] } },
		},
	});
	await connection.sendNotification(InitializedNotification.type, {});
	return { ...session, initializeResult };
}

/** Asks until background work (the workspace scan) has reached the answer, for at most three seconds. */
export async function eventually<T>(ask: () => Promise<T>, accept: (value: T) => boolean): Promise<T> {
	let value = await ask();
	for (let attempt = 0; attempt < 60 && !accept(value); attempt++) {
		await new Promise(resolve => setTimeout(resolve, 50));
		value = await ask();
	}
	return value;
}
