import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseResolution, type Resolution } from '../server/src/languageService';
import { BUILT_IN_CATALOGUE } from '../server/src/languageService/catalogue/builtIn';
import { Catalogue } from '../server/src/languageService/catalogue/catalogue';
import { getHover } from '../server/src/languageService/features/hover';
import { getDefinition } from '../server/src/languageService/features/navigation/definition';
import { getDocumentLinks } from '../server/src/languageService/features/navigation/links';
import { getReferences } from '../server/src/languageService/features/navigation/references';
import { WorkspaceIndex } from '../server/src/languageService/workspace/workspaceIndex';
import { FAST, measure, scaled, SLOW, type Timing } from './harness';
import { corpusText } from './texts';

/**
 * Hover latency on the Chinese text of resolution 73/218, for every kind of hover, and the other navigation
 * requests beside it: `npm run bench:navigation` (add `--quick` for a smoke run). The model comes from the cache in
 * the server, so each request is timed on a parsed model; a cold hover (parse included) is timed too, for the
 * first request after a keystroke. Figures go to standard output; no unit test depends on timings.
 */

interface Row {
	what: string;
	timing: Timing;
}

async function main(): Promise<void> {
	const quick = process.argv.includes('--quick');
	const corpus = corpusText();
	if (!corpus) {
		console.log('skipped: the shared corpus (../shared/corpus) is absent');
		return;
	}
	const text = corpus.text;
	const document = TextDocument.create('file:///corpus/zh-a-res-73-218.txt', 'un-resolution', 1, text);
	const resolution = parseResolution(text);
	const workspace = new WorkspaceIndex();
	workspace.update(document.uri, resolution);
	// Local data only, as the server has it with no catalogue file and no online look-up.
	const catalogue = new Catalogue(() => [workspace, BUILT_IN_CATALOGUE]);
	const fast = scaled(FAST, quick);
	const at = (offset: number) => document.positionAt(offset);
	const hoverAt = (what: string, offset: number): [string, () => unknown] => [`hover: ${what}`, () => getHover(resolution, document, at(offset), catalogue)];
	const marker = resolution.markers.find(candidate => candidate.number === 4)!;
	const footnote = resolution.footnotes.find(candidate => candidate.number === 4)!;
	const operative = resolution.operative[4];
	const tasks: Array<[string, () => unknown]> = [
		hoverAt('symbol A/73/535', text.indexOf('A/73/535') + 1),
		hoverAt('resolution 70/1', text.indexOf('70/1 号') + 1),
		hoverAt('footnote marker ⁴', marker.span.start),
		hoverAt('footnote text 4', footnote.labelSpan.start),
		hoverAt('operative number 5', operative.numberSpan!.start),
		hoverAt('opening verb', operative.opener!.span.start),
		hoverAt('plain text (no hover)', operative.body.span.end - 2),
		['definition: marker ⁴', () => getDefinition(resolution, document, at(marker.span.start), workspace)],
		['references: footnote 4', () => getReferences(resolution, document, at(footnote.labelSpan.start), true, workspace)],
		['references: A/73/535', () => getReferences(resolution, document, at(text.indexOf('A/73/535') + 1), true, workspace)],
		['document links', () => getDocumentLinks(resolution, document)],
	];
	const rows: Row[] = [];
	for (const [what, task] of tasks) {
		rows.push({ what, timing: await measure(() => task() ?? 1, fast) });
	}
	const cold = (model: () => Resolution) => getHover(model(), document, at(marker.span.start), catalogue);
	rows.push({ what: 'hover: footnote marker ⁴, parse included', timing: await measure(() => cold(() => parseResolution(text)), scaled(SLOW, quick)) });
	console.log(`Navigation on zh-a-res-73-218.txt (${text.length} characters, ${resolution.citations.length} citations)${quick ? ', quick run' : ''}`);
	for (const { what, timing } of rows) {
		console.log(`${what.padEnd(44)} median ${ms(timing.median)}  p99 ${ms(timing.p99)}  (${timing.samples} runs)`);
	}
}

function ms(value: number): string {
	return `${value < 1 ? value.toFixed(3) : value.toFixed(2)} ms`.padStart(10);
}

main().catch(error => {
	console.error(error);
	process.exitCode = 1;
});
