import { describeFailure } from '../errors';
import { startWorkerServer, type MessagePortLike } from './workerServer';

/** The global scope of the Web Worker this bundle runs in; the tsconfig knows Node's globals, not a worker's. */
declare const self: MessagePortLike & {
	addEventListener(type: 'unhandledrejection', listener: (event: { reason: unknown }) => void): void;
};

const connection = startWorkerServer(self);

// A promise that fails without a handler would otherwise show only in the browser's developer tools, where no user
// looks; the client's log is where problems with the server are reported.
self.addEventListener('unhandledrejection', event => {
	connection.console.error(describeFailure('Unhandled promise rejection', event.reason));
});
