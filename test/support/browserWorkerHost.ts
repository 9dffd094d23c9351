import * as fs from 'node:fs';
import { workerData } from 'node:worker_threads';

/**
 * Runs inside a worker thread: loads the web server bundle as a browser's Web Worker would run it, with a message
 * port as `self` and Node's own globals out of reach. The bundle is run as the body of a function whose parameters
 * shadow those globals with `undefined`, so a bundle that touched `process`, `require` or `Buffer` would fail here
 * exactly as it would in vscode.dev.
 */
const NODE_GLOBALS = ['process', 'require', 'module', 'exports', 'Buffer', 'global', '__dirname', '__filename', 'setImmediate', 'clearImmediate'];

const { bundle, port } = workerData as { bundle: string; port: unknown };
const source = fs.readFileSync(bundle, 'utf8');
new Function('self', ...NODE_GLOBALS, source)(port, ...NODE_GLOBALS.map(() => undefined));
