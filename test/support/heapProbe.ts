import * as fs from 'node:fs';

/**
 * Preloaded into a language server under test (`node --expose-gc --require heapProbe.js`). Every 100 ms it
 * collects all garbage and writes the bytes the heap still holds to the file that HEAP_PROBE_FILE names, so that a
 * test can see what the server keeps from one keystroke to the next. It writes a temporary file and renames it, so
 * that a reader never sees a half-written number. Without both the variable and --expose-gc it does nothing.
 */
const file = process.env.HEAP_PROBE_FILE;
const collect = (globalThis as { gc?: () => void }).gc;
if (file && collect) {
	setInterval(() => {
		collect();
		fs.writeFileSync(`${file}.tmp`, String(process.memoryUsage().heapUsed));
		fs.renameSync(`${file}.tmp`, file);
	}, 100).unref();
}
