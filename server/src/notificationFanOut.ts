import type {
	Connection, DidChangeConfigurationParams, DidChangeWatchedFilesParams, Disposable, NotificationHandler,
} from 'vscode-languageserver';
import { describeFailure } from './errors';
import type { ILogger } from './runSafe';

/**
 * The connection keeps one handler per notification: a second `onDidChangeConfiguration` silently replaces the
 * first. Several features need to hear of changed settings and watched files (the checker, the catalogue, the
 * workspace index), so the connection the features see hands every registration its own listener, and one real
 * handler calls them all. A listener that throws is logged and does not keep the others from hearing.
 */
export function fanOutNotifications(connection: Connection, logger: ILogger): Connection {
	const configuration = new Listeners<DidChangeConfigurationParams>('a change of settings', logger);
	const watchedFiles = new Listeners<DidChangeWatchedFilesParams>('a change of watched files', logger);
	connection.onDidChangeConfiguration(params => configuration.fire(params));
	connection.onDidChangeWatchedFiles(params => watchedFiles.fire(params));
	return new Proxy(connection, {
		get(target, property, receiver) {
			if (property === 'onDidChangeConfiguration') {
				return configuration.add;
			}
			if (property === 'onDidChangeWatchedFiles') {
				return watchedFiles.add;
			}
			return Reflect.get(target, property, receiver);
		},
	});
}

class Listeners<P> {
	private readonly listeners = new Set<NotificationHandler<P>>();

	constructor(private readonly what: string, private readonly logger: ILogger) {}

	readonly add = (listener: NotificationHandler<P>): Disposable => {
		this.listeners.add(listener);
		return { dispose: () => this.listeners.delete(listener) };
	};

	fire(params: P): void {
		for (const listener of [...this.listeners]) {
			try {
				void Promise.resolve(listener(params)).catch(error => this.logger.error(describeFailure(`Error after ${this.what}`, error)));
			} catch (error) {
				this.logger.error(describeFailure(`Error after ${this.what}`, error));
			}
		}
	}
}
