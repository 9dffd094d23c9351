/**
 * Child process (run with MEMORY_CHILD_FLAGS) that measures what the server keeps in memory for one large draft: the
 * text, the TextDocument with its line index, the parsed model, the findings and the diagnostics, as heap growth after full
 * garbage collections. A child of its own keeps the benchmark's other allocations out of the figure.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseResolution, type Resolution } from '../server/src/languageService';
import { computeDiagnostics } from '../server/src/languageService/diagnostics';
import { toLspDiagnostics } from '../server/src/languageService/diagnostics/lsp';
import { FULL_CHECK } from './analysis';
import { receivedDraft } from './draft';

/** Heap growth in bytes, and the draft's size in UTF-8 bytes. */
export interface MemoryRun {
	bytes: number;
	/** The text alone. */
	textHeap: number;
	/** Everything the server holds for the open document: text, TextDocument, model, findings and diagnostics. */
	retainedHeap: number;
}

/** What the server holds for an open document. */
export interface Held {
	document?: TextDocument;
	resolution?: Resolution;
	findings?: unknown[];
	diagnostics?: unknown[];
}

/**
 * Reads a draft as the server does and returns what it holds for it: the TextDocument, the model, the findings
 * (its quick fixes and the next keystroke's check start from them) and the diagnostics it sent. Called from a
 * function of its own, so that the results reach the caller only through what it returns: a local variable or a
 * temporary of the caller's frame would keep a part alive after memoryParts.ts let go of it.
 */
export function readAsServer(text: string): Held {
	const document = TextDocument.create('file:///draft.resolution.txt', 'un-resolution', 1, text);
	const resolution = parseResolution(document.getText());
	if (resolution.operative.length === 0) {
		throw new Error('the draft was not read');
	}
	const findings = computeDiagnostics(resolution, FULL_CHECK);
	return { document, resolution, findings, diagnostics: toLspDiagnostics(findings, document) };
}

/**
 * Reads a draft of the size to be measured (another seed) a few times, so that the code and the patterns are
 * compiled and optimised before measuring: that memory belongs to the process, not to the draft. A smaller warm-up
 * left the optimising compiler work to do during the measured reading, and the code it made (0.2 to 1 MB,
 * depending on how busy the machine was) counted as the draft's.
 */
export function warmUp(targetBytes: number, read: (text: string) => unknown = readAsServer): void {
	const text = receivedDraft({ targetBytes, seed: 1 });
	for (let run = 0; run < 3; run++) {
		read(text);
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
 * The heap that `read` keeps for a draft of `targetBytes`, after the same warm-up: what it returns is what it holds,
 * and stays alive until the measurement is taken.
 */
function measureRun(targetBytes: number, read: (text: string) => object): MemoryRun {
	warmUp(targetBytes, read);
	const baseline = heapUsed();
	const text = receivedDraft({ targetBytes });
	const withText = heapUsed();
	const held: { value?: object } = { value: read(text) };
	const retained = heapUsed();
	held.value = undefined;
	return { bytes: Buffer.byteLength(text), textHeap: withText - baseline, retainedHeap: retained - baseline };
}

async function main(): Promise<void> {
	const targetBytes = Number(process.argv[2]);
	let read: (text: string) => object = readAsServer;
	if (process.argv.includes('--markdown-it')) {
		// markdown-it's parse of the same draft: the token stream it returns, which is what a Markdown tool holds
		// for a document before any rule has run.
		const { default: MarkdownIt } = await import('markdown-it');
		const markdownIt = new MarkdownIt();
		read = text => {
			const tokens = markdownIt.parse(text, {});
			if (tokens.length === 0) {
				throw new Error('the draft was not read');
			}
			return tokens;
		};
	}
	process.stdout.write(`${JSON.stringify(measureRun(targetBytes, read))}\n`);
}

if (require.main === module) {
	main().catch(error => {
		process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
		process.exitCode = 1;
	});
}
