/**
 * Child process (run with --expose-gc) that measures what the server keeps in memory for one large draft: the
 * text, the TextDocument with its line index, the parsed model and the diagnostics, as heap growth after full
 * garbage collections. A child of its own keeps the benchmark's other allocations out of the figure.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseResolution } from '../server/src/languageService';
import { computeDiagnostics } from '../server/src/languageService/diagnostics';
import { toLspDiagnostics } from '../server/src/languageService/diagnostics/lsp';
import { FULL_CHECK } from './analysis';
import { generateDraft } from './draft';

/** Heap growth in bytes, and the draft's size in UTF-8 bytes. */
export interface MemoryRun {
	bytes: number;
	/** The text alone. */
	textHeap: number;
	/** Everything the server holds for the open document: text, TextDocument, model and diagnostics. */
	retainedHeap: number;
}

function heapUsed(): number {
	const collect = (globalThis as { gc?: () => void }).gc;
	if (!collect) {
		throw new Error('run with --expose-gc');
	}
	collect();
	collect();
	return process.memoryUsage().heapUsed;
}

function main(): void {
	const targetBytes = Number(process.argv[2]);
	// A first, small check compiles the code and the patterns; that memory belongs to the process, not the draft.
	computeDiagnostics(parseResolution(generateDraft({ targetBytes: 30_000, seed: 1 })), FULL_CHECK);
	const baseline = heapUsed();
	const text = generateDraft({ targetBytes });
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
	main();
}
