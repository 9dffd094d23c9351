import { TextDocument, type Position } from 'vscode-languageserver-textdocument';
import type { CompletionList } from 'vscode-languageserver-types';
import {
	buildOutline, formatOutlineText, formatResolution, getCompletions, getDocumentSymbols, getFoldingRanges,
	getSelectionRanges, getSemanticTokens, parseResolution, renumberAll, type Resolution,
} from '../../server/src/languageService';
import { computeDiagnostics, type LintDiagnostic } from '../../server/src/languageService/diagnostics';
import { toLspDiagnostics } from '../../server/src/languageService/diagnostics/lsp';
import { insertFootnote } from '../../server/src/languageService/features/insertFootnote';
import { renderPreview } from '../../server/src/languageService/features/preview/render';
import { buildCitationIndex } from '../../server/src/languageService/features/views/citationIndex';
import { buildStructure } from '../../server/src/languageService/features/views/structureTree';
import { markdownHazards, previewHazards } from './markupChecks';
import { assertOrdered, assertParsed, assertSpansInside } from './modelChecks';
import type { Random } from './random';

export const FUZZ_URI = 'file:///fuzz/draft.resolution.txt';

/** A text as the server holds it: the document, its model and the checker's findings. */
export interface Analysed {
	document: TextDocument;
	resolution: Resolution;
	findings: LintDiagnostic[];
}

/** Parses and checks a text, as the server does for each version, and asserts the model's invariants. */
export function analyse(text: string): Analysed {
	const resolution = parseResolution(text);
	assertParsed(resolution);
	assertSpansInside(resolution);
	assertOrdered(resolution);
	return { document: TextDocument.create(FUZZ_URI, 'un-resolution', 1, text), resolution, findings: computeDiagnostics(resolution) };
}

/**
 * Asks every feature of the language service about the text, at a few positions chosen by `random` besides the
 * start and the end, and asserts that each answer's ranges lie inside the document and that nothing a client
 * renders carries live links or raw HTML.
 */
export function exerciseFeatures({ document, resolution, findings }: Analysed, random: Random): void {
	const positions = samplePositions(document, random);
	const answers: Record<string, unknown> = {
		diagnostics: toLspDiagnostics(findings, document),
		symbols: getDocumentSymbols(resolution, document),
		folding: getFoldingRanges(resolution, document),
		selection: getSelectionRanges(resolution, document, positions),
		formatting: formatResolution(resolution),
		tokens: getSemanticTokens(resolution, document),
		outline: formatOutlineText(buildOutline(resolution, 'fuzz')),
		structure: buildStructure(resolution, document),
		citations: buildCitationIndex(resolution, document),
		renumber: renumberAll(resolution),
		footnote: insertFootnote(resolution, document.offsetAt(random.pick(positions))).edits,
	};
	const completions = positions.flatMap(position => [true, false].map(invoked =>
		getCompletions(resolution, document, position, { trigger: { invoked, character: invoked ? undefined : random.pick(['(', '/', ' ', '¹']) } })));
	answers.completions = completions;
	for (const [feature, answer] of Object.entries(answers)) {
		// Semantic tokens are numbers relative to each other, not ranges; walking their long array finds nothing.
		if (feature !== 'tokens') {
			assertRangesInside(document, answer, feature);
		}
	}
	for (const item of completions.flatMap((list: CompletionList) => list.items)) {
		const documentation = typeof item.documentation === 'object' && item.documentation.kind === 'markdown' ? item.documentation.value : '';
		const hazards = markdownHazards(documentation);
		if (hazards.length > 0) {
			throw new Error(`completion "${item.label}" documentation has ${hazards.join('; ')}`);
		}
	}
	const hazards = previewHazards(renderPreview(resolution, document).html);
	if (hazards.length > 0) {
		throw new Error(`the preview has ${hazards.join('; ')}`);
	}
}

/** Start, end, and random offsets, some of them inside a CRLF or a surrogate pair where editors can still ask. */
function samplePositions(document: TextDocument, random: Random): Position[] {
	const length = document.getText().length;
	const offsets = [0, length, random.int(length + 1), random.int(length + 1), random.int(length + 1)];
	return offsets.map(offset => document.positionAt(offset)).concat([{ line: document.lineCount + 3, character: 0 }, { line: 0, character: 10_000 }]);
}

/** Every LSP range found anywhere in `answer` lies inside the document and runs forwards. */
export function assertRangesInside(document: TextDocument, answer: unknown, where: string): void {
	const lines = document.getText().split(/\r\n|\r|\n/);
	const valid = (position: Position) => Number.isInteger(position.line) && Number.isInteger(position.character)
		&& position.line >= 0 && position.line < lines.length && position.character >= 0 && position.character <= lines[position.line].length;
	const visit = (value: unknown): void => {
		if (typeof value !== 'object' || value === null) {
			return;
		}
		const range = value as { start?: Position; end?: Position };
		if (isPosition(range.start) && isPosition(range.end)) {
			if (!valid(range.start) || !valid(range.end) || document.offsetAt(range.start) > document.offsetAt(range.end)) {
				throw new Error(`${where}: range ${JSON.stringify(range)} is not inside the document (${lines.length} lines)`);
			}
		}
		Object.values(value).forEach(visit);
	};
	visit(answer);
}

function isPosition(value: unknown): value is Position {
	return typeof value === 'object' && value !== null && 'line' in value && 'character' in value;
}
