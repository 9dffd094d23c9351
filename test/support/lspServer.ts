import { ChildProcess, spawn } from 'node:child_process';
import {
	ClientCapabilities, createProtocolConnection, ExitNotification, InitializedNotification, InitializeRequest,
	InitializeResult, LogMessageNotification, LogMessageParams, ProtocolConnection, ShutdownRequest, StreamMessageReader,
	StreamMessageWriter, WorkspaceFolder,
} from 'vscode-languageserver/node';
import { serverBundle } from './paths';

/** A bundled language server on stdio and the test's side of the connection, as an editor would hold them. */
export interface LspSession {
	connection: ProtocolConnection;
	initializeResult: InitializeResult;
	/** The server's window/logMessage notifications, where runSafe reports handler failures. */
	logs: LogMessageParams[];
	stderr(): string;
	/** Shuts the server down politely and waits for it to exit. */
	close(): Promise<number | null>;
}

/** How the server's Node process is started: options for Node itself and the environment. */
export interface ServerProcess {
	nodeOptions: string[];
	env: NodeJS.ProcessEnv;
}

/**
 * Starts `dist/server/node.js --stdio` and initialises it with the given client capabilities. `setUp` runs before
 * `initialize`, so that handlers for the server's requests to the client (settings, registrations) are in place
 * when the server sends its first one. `locale` is the display language the client reports, none by default.
 */
export async function startLspSession(
	capabilities: ClientCapabilities,
	workspaceFolders: WorkspaceFolder[] | null,
	setUp: (connection: ProtocolConnection) => void = () => undefined,
	locale?: string,
	serverProcess: ServerProcess = { nodeOptions: [], env: process.env },
): Promise<LspSession> {
	const server: ChildProcess = spawn(process.execPath, [...serverProcess.nodeOptions, serverBundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: serverProcess.env });
	let stderr = '';
	server.stderr!.on('data', chunk => stderr += String(chunk));
	const connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
	const logs: LogMessageParams[] = [];
	connection.onNotification(LogMessageNotification.type, params => logs.push(params));
	setUp(connection);
	connection.listen();
	const initializeResult = await connection.sendRequest(InitializeRequest.type, {
		processId: process.pid,
		rootUri: workspaceFolders?.[0]?.uri ?? null,
		workspaceFolders,
		capabilities,
		// VS Code sends its display language here; the server's messages follow it.
		...(locale !== undefined && { locale }),
	});
	await connection.sendNotification(InitializedNotification.type, {});
	return {
		connection,
		initializeResult,
		logs,
		stderr: () => stderr,
		close: async () => {
			const exited = new Promise<number | null>(resolve => server.once('exit', code => resolve(code)));
			if (server.exitCode === null) {
				await connection.sendRequest(ShutdownRequest.type);
				await connection.sendNotification(ExitNotification.type);
			}
			const code = server.exitCode ?? await exited;
			connection.dispose();
			return code;
		},
	};
}
