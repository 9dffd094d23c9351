import { spawn, type ChildProcess } from 'node:child_process';
import {
	ApplyWorkspaceEditRequest, ConfigurationRequest, createProtocolConnection, ExitNotification, InitializedNotification,
	InitializeRequest, LogMessageNotification, MessageType, RegistrationRequest, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
	type ClientCapabilities, type InitializeResult, type ProtocolConnection,
} from 'vscode-languageserver/node';
import { serverBundle } from '../support/paths';

/** What an editor announces: the features a full client (VS Code) supports, so that the server turns everything on. */
const CAPABILITIES: ClientCapabilities = {
	workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, diagnostics: { refreshSupport: false } },
	textDocument: {
		synchronization: { dynamicRegistration: false },
		documentSymbol: { hierarchicalDocumentSymbolSupport: true },
		hover: { contentFormat: ['markdown', 'plaintext'] },
		completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'], snippetSupport: true } },
		diagnostic: { dynamicRegistration: false },
		codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
		publishDiagnostics: {},
	},
	window: { workDoneProgress: false },
};

/** A running `dist/server/node.js --stdio` with an LSP connection to it, and everything it said on the side. */
export interface LspServer {
	connection: ProtocolConnection;
	process: ChildProcess;
	initializeResult: InitializeResult;
	/** Messages the server logged as errors (a handler that failed), and what it wrote to stderr. */
	errors: string[];
	stderr(): string;
	/** Shuts the server down politely and waits for it to exit; returns the exit code. */
	stop(): Promise<number | null>;
}

export interface StartOptions {
	/** Modules for `node --require`, loaded before the server (the network guard). */
	preload?: readonly string[];
	env?: NodeJS.ProcessEnv;
	/** What the client answers to `workspace/configuration`, for every section asked (default: none set). */
	settings?: unknown;
	/** What the client sends as `initializationOptions` (the VS Code client's trust and online capability). */
	initializationOptions?: unknown;
	/** Answers to the server's own requests to the client, by method. */
	handlers?: Record<string, (params: unknown) => unknown>;
}

/**
 * Starts the bundled server over stdio exactly as an editor other than VS Code does, and initialises it as a
 * client with every capability. The server's requests for settings get `settings` (default: none set).
 */
export async function startServer(options: StartOptions = {}): Promise<LspServer> {
	const args = [...(options.preload ?? []).flatMap(module => ['--require', module]), serverBundle, '--stdio'];
	const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
	let stderr = '';
	child.stderr!.on('data', chunk => stderr += String(chunk));
	const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
	const errors: string[] = [];
	connection.onNotification(LogMessageNotification.type, message => {
		if (message.type === MessageType.Error) {
			errors.push(message.message);
		}
	});
	connection.onRequest(ConfigurationRequest.type, params => params.items.map(() => options.settings ?? null));
	connection.onRequest(RegistrationRequest.type, () => null);
	// Commands ask the editor to apply their edits; the tests look at what is asked, so nothing is applied.
	connection.onRequest(ApplyWorkspaceEditRequest.type, () => ({ applied: false }));
	for (const [method, handler] of Object.entries(options.handlers ?? {})) {
		connection.onRequest(method, handler);
	}
	connection.listen();
	const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)));
	const initializeResult = await connection.sendRequest(InitializeRequest.type, {
		processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: CAPABILITIES,
		initializationOptions: options.initializationOptions,
	});
	await connection.sendNotification(InitializedNotification.type, {});
	return {
		connection, process: child, initializeResult, errors,
		stderr: () => stderr,
		stop: async () => {
			if (child.exitCode === null) {
				await connection.sendRequest(ShutdownRequest.type);
				await connection.sendNotification(ExitNotification.type);
			}
			const code = await exited;
			connection.dispose();
			return code;
		},
	};
}
