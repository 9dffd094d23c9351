import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/browser';
import { startServer } from '../server';
import { workspaceConfigFiles } from './clientConfigFiles';
import { clientWorkspaceFiles } from './clientFiles';

/**
 * A message port: a Web Worker's global scope, or a MessagePort of the browser or of Node. The library types its
 * argument with the DOM's types, which this project's settings do not load, so the type names the one method that
 * tells a port from other objects; the reader also sets `onmessage` and listens for `error`, as every port allows.
 */
export interface MessagePortLike {
	postMessage(message: unknown): void;
}

/**
 * Starts the language server on a message port: the worker's own scope in a browser, one end of a MessageChannel
 * in the tests. The server has no file system there, so it reads the workspace's drafts, catalogue files and
 * configuration files by asking the web client, which answers through the VS Code file system API.
 */
export function startWorkerServer(port: MessagePortLike): Connection {
	const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(port), new BrowserMessageWriter(port));
	const workspaceFiles = clientWorkspaceFiles(connection, { error: message => connection.console.error(message) });
	startServer(connection, { workspaceFiles, configFiles: workspaceConfigFiles(workspaceFiles) });
	return connection;
}
