/**
 * Child process (run with MEMORY_CHILD_FLAGS) that measures what the server keeps in memory for one large draft: the
 * text, the TextDocument with its line index, the parsed model and the diagnostics, as heap growth after full
 * garbage collections. A child of its own keeps the benchmark's other allocations out of the figure.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseResolution } from '../server/src/languageService';
import { computeDiagnostics } from '../server/src/languageService/diagnostics';
import { toLspDiagnostics } from '../server/src/languageService/diagnostics/lsp';
import { FULL_CHECK } from './analysis';
import { receivedDraft } from './draft';

/** Heap growth in bytes, and the draft's size in UTF-8 bytes. */
export interface MemoryRun {
	bytes: number;
	/** The text alone. */
	textHeap: number;
	/** Everything the server holds for the open document: text, TextDocument, model and diagnostics. */
	retainedHeap: number;
}

/**
 * Runs what the server does with a draft a few times on a draft of the size to be measured (another seed), so that
 * the code and the patterns are compiled and optimised before measuring: that memory belongs to the process, not
 * to the draft. A smaller warm-up left the optimising compiler work to do during the measured reading, and the code
 * it made (0.2 to 1 MB, depending on how busy the machine was) counted as the draft's.
 */
export function warmUp(targetBytes: number): void {
	const text = receivedDraft({ targetBytes, seed: 1 });
	for (let run = 0; run < 3; run++) {
		const document = TextDocument.create('file:///warm-up.resolution.txt', 'un-resolution', 1, text);
		toLspDiagnostics(computeDiagnostics(parseResolution(document.getText()), FULL_CHECK), document);
	}
	// The engine keeps the subject of the last match of a pattern (for RegExp.lastMatch): a match on a tiny string
	// lets the warm-up draft go now, rather than at the first pattern of the measured reading.
	/x/.exec('x');
}

/**
 * How a memory child is run: with the collector exposed, and with nothing working beside the measurement, so that
 * a figure is the same from run to run on a busy machine. Collections run on the main thread alone (a background
 * sweeper left garbage in the figure), and optimised code is compiled there too (a compilation in flight on another
 * thread held on to objects of the measured reading, once 1.8 MB of them).
 */
export const MEMORY_CHILD_FLAGS = ['--expose-gc', '--single-threaded-gc', '--no-concurrent-recompilation'];

/** The heap in use after full collections (the process runs with MEMORY_CHILD_FLAGS). */
export function heapUsed(): number {
	const collect = (globalThis as { gc?: () => void }).gc;
	if (!collect) {
		throw new Error('run with --expose-gc');
	}
	// Collections until the figure settles: a collection that the engine's own timers had begun (more often on a
	// loaded machine) can leave garbage for the next one, and a single reading then wanders by megabytes.
	let previous = -1;
	for (let round = 0; round < 10; round++) {
		collect();
		const used = process.memoryUsage().heapUsed;
		if (Math.abs(used - previous) < 1024) {
			return used;
		}
		previous = used;
	}
	return previous;
}

/**
 * The same measurement for markdown-it's parse of the draft (`--markdown-it`): the text and the token stream it
 * returns, which is what a Markdown tool holds for a document before any rule has run.
 */
async function markdownItRun(targetBytes: number): Promise<MemoryRun> {
	const { default: MarkdownIt } = await import('markdown-it');
	const markdownIt = new MarkdownIt();
	// The same warm-up as ours: the size to be measured, another seed, and a last match on a tiny string.
	const warmUpText = receivedDraft({ targetBytes, seed: 1 });
	for (let run = 0; run < 3; run++) {
		markdownIt.parse(warmUpText, {});
	}
	/x/.exec('x');
	const baseline = heapUsed();
	const text = receivedDraft({ targetBytes });
	const withText = heapUsed();
	const held = { tokens: markdownIt.parse(text, {}) };
	const retained = heapUsed();
	if (held.tokens.length === 0) {
		throw new Error('the draft was not read');
	}
	return { bytes: Buffer.byteLength(text), textHeap: withText - baseline, retainedHeap: retained - baseline };
}

async function main(): Promise<void> {
	const targetBytes = Number(process.argv[2]);
	if (process.argv.includes('--markdown-it')) {
		process.stdout.write(`${JSON.stringify(await markdownItRun(targetBytes))}\n`);
		return;
	}
	warmUp(targetBytes);
	const baseline = heapUsed();
	const text = receivedDraft({ targetBytes });
	const withText = heapUsed();
	const document = TextDocument.create('file:///draft.resolution.txt', 'un-resolution', 1, text);
	const resolution = parseResolution(document.getText());
	const diagnostics = toLspDiagnostics(computeDiagnostics(resolution, FULL_CHECK), document);
	const retained = heapUsed();
	const run: MemoryRun = { bytes: Buffer.byteLength(text), textHeap: withText - baseline, retainedHeap: retained - baseline };
	// Reading the model after the measurement keeps it alive until then.
	if (resolution.operative.length === 0 || diagnostics.length < 0) {
		throw new Error('the draft was not read');
	}
	process.stdout.write(`${JSON.stringify(run)}\n`);
}

if (require.main === module) {
	main().catch(error => {
		process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
		process.exitCode = 1;
	});
}
