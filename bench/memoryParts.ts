/**
 * Child process (run with MEMORY_CHILD_FLAGS) that splits what the server keeps for one large draft into its
 * parts, the evidence behind the memory budget: the text, the TextDocument, the findings, and the model part by
 * part. Each part is measured by letting go of it and collecting: the heap shrinks by what that part alone kept
 * alive. Parts are let go of from the leaves of the model to its root, so that no part is counted twice.
 */
import type { Resolution, SubParagraph } from '../server/src/languageService';
import { forEachBodyNode } from '../server/src/languageService/parser/walk';
import { forgetView } from '../server/src/languageService/text/views';
import { receivedDraft } from './draft';
import { heapUsed, readAsServer, warmUp } from './memoryChild';

/** One part: its bytes on the heap, and how many objects of its kind the draft has where that is meaningful. */
export interface MemoryPart {
	part: string;
	bytes: number;
	count?: number;
}

export interface MemoryParts {
	/** The draft's size in UTF-8 bytes. */
	draftBytes: number;
	/** Everything held for the draft, measured at once; the parts must add up to it. */
	totalBytes: number;
	parts: MemoryPart[];
}

/** Every sub-paragraph of the body, at any depth. */
function subParagraphsOf(resolution: Resolution): SubParagraph[] {
	const all: SubParagraph[] = [];
	forEachBodyNode(resolution, node => {
		if ('children' in node) {
			all.push(node);
		}
	});
	return all;
}

/** Lets go of the model's parts from its leaves to its root, measuring each, then of the document. */
function measureParts(text: string, baseline: number): { totalBytes: number; parts: MemoryPart[] } {
	const parts: MemoryPart[] = [];
	const held = readAsServer(text);
	let heap = heapUsed();
	const totalBytes = heap - baseline;
	const release = (part: string, count: number | undefined, action: (model: Resolution) => void) => {
		action(held.resolution!);
		const after = heapUsed();
		parts.push({ part, bytes: heap - after, ...(count === undefined ? {} : { count }) });
		heap = after;
	};
	const model = () => held.resolution!;
	const subParagraphs = subParagraphsOf(model()).length;
	const paragraphs = model().preamble.length + model().operative.length;
	release('LSP diagnostics', held.diagnostics!.length, () => { held.diagnostics = undefined; });
	release('findings of every rule', held.findings!.length, () => { held.findings = undefined; });
	release('remembered clean views of paragraphs and sub-paragraphs', paragraphs + subParagraphs, resolution => forEachBodyNode(resolution, node => forgetView(node.pieces)));
	release('citations, with their dates and strings', model().citations.length, resolution => { resolution.citations = []; });
	release('footnote texts and markers', model().footnotes.length + model().markers.length, resolution => {
		resolution.footnotes = [];
		resolution.markers = [];
	});
	release('sub-paragraphs (spans, bodies, pieces)', subParagraphs, resolution => {
		[...resolution.preamble, ...resolution.operative].forEach(paragraph => { paragraph.subParagraphs = []; });
	});
	release('paragraphs (spans, bodies, pieces, openers)', paragraphs, resolution => {
		resolution.preamble = [];
		resolution.operative = [];
	});
	release('the rest of the model (header, sections, closing, problems)', undefined, () => { held.resolution = undefined; });
	release('TextDocument (line index and wrapper)', undefined, () => { held.document = undefined; });
	return { totalBytes, parts };
}

function main(): void {
	const targetBytes = Number(process.argv[2]);
	warmUp(targetBytes);
	const before = heapUsed();
	let text: string | undefined = receivedDraft({ targetBytes });
	const draftBytes = Buffer.byteLength(text);
	const textBytes = heapUsed() - before;
	const { totalBytes, parts } = measureParts(text, before);
	text = undefined;
	const result: MemoryParts = { draftBytes, totalBytes, parts: [{ part: 'the text (a two-byte string in V8)', bytes: textBytes }, ...parts] };
	process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (require.main === module) {
	main();
}
