import { BaseLanguageClient, BrowserMessageReader, BrowserMessageWriter, type LanguageClientOptions, type MessageTransports } from 'vscode-languageclient/browser';

/** The part of a Web Worker this client uses; the tsconfig knows Node's globals, not the browser's. */
interface ServerWorker {
	postMessage(message: unknown): void;
	addEventListener(type: string, listener: (event: never) => void): void;
	terminate(): void;
}

declare const Worker: new (url: string) => ServerWorker;

/**
 * The web extension's language client: its server runs in a Web Worker loaded from the extension's own files.
 *
 * The library's browser client is handed one worker for its whole life, but a stopped server cannot be started
 * again in the same worker: the worker would keep the old server's documents and settings, and an `exit` does not
 * end it. So this client starts a fresh worker each time it connects and ends the old one when it stops, which
 * gives the restart command the same meaning as in the Node extension.
 */
export class WorkerLanguageClient extends BaseLanguageClient {
	private worker: ServerWorker | undefined;

	constructor(id: string, name: string, clientOptions: LanguageClientOptions, private readonly serverUrl: string) {
		super(id, name, clientOptions);
	}

	async restart(): Promise<void> {
		await this.stop();
		await this.start();
	}

	override async stop(timeout?: number): Promise<void> {
		try {
			await super.stop(timeout);
		} finally {
			this.endWorker();
		}
	}

	protected createMessageTransports(): Promise<MessageTransports> {
		this.endWorker();
		const worker = new Worker(this.serverUrl);
		this.worker = worker;
		return Promise.resolve({ reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) });
	}

	private endWorker(): void {
		this.worker?.terminate();
		this.worker = undefined;
	}
}
