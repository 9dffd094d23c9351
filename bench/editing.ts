import { TextDocument } from 'vscode-languageserver-textdocument';
import * as languageService from '../server/src/languageService';
import { DEFAULT_CONFIG, withSeverities } from '../server/src/languageService/diagnostics';
import { checkFamilies, type CheckedFamilies } from '../server/src/languageService/diagnostics/incremental';
import { toLspDiagnostics } from '../server/src/languageService/diagnostics/lsp';
import { BUILT_IN_CATALOGUE } from '../server/src/languageService/catalogue/builtIn';
import { Catalogue } from '../server/src/languageService/catalogue/catalogue';
import { DocumentCache } from '../server/src/languageService/documentCache';
import { getHover } from '../server/src/languageService/features/hover';
import { FAST, measure, scaled, type Timing } from './harness';
import type { BenchText } from './texts';

/** A timing, or the reason it could not be taken. */
export type Measured = Timing | { skipped: string };

export interface KeystrokeRow {
	bytes: number;
	/** The incremental update of the TextDocument alone, as `didChange` applies it. */
	update: Timing;
	/** Update, then parse, every rule and the conversion to LSP diagnostics: the work between a keystroke and fresh diagnostics. */
	toDiagnostics: Timing;
}

/**
 * One keystroke in the middle of a large draft, the way the server sees it: an incremental change applied to the
 * TextDocument, then the model of the new version from the cache, the rules, and LSP diagnostics with positions.
 * Keystrokes alternate between typing a letter and deleting it, so the document keeps its size.
 */
export async function keystroke(draft: BenchText, quick: boolean): Promise<KeystrokeRow> {
	const budget = scaled(FAST, quick);
	const document = TextDocument.create('file:///draft.resolution.txt', 'un-resolution', 1, draft.text);
	// As the server does: a keystroke inside a paragraph re-reads that paragraph (languageService/incremental/).
	const models = new DocumentCache<languageService.Resolution>((text, _uri, previous) => languageService.updateResolution(previous, text));
	const at = document.positionAt(draft.text.indexOf(' Decides ', draft.text.length >> 1) + 1);
	let typed = false;
	const type = () => {
		const change = typed
			? { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' }
			: { range: { start: at, end: at }, text: 'x' };
		typed = !typed;
		TextDocument.update(document, [change], document.version + 1);
	};
	const update = await measure(() => {
		type();
		return document.version;
	}, budget);
	// As the server's LintService does: the findings of the previous version are handed to the next check.
	let families: CheckedFamilies | undefined;
	const toDiagnostics = await measure(() => {
		type();
		families = checkFamilies(models.get(document), DEFAULT_CONFIG, undefined, families);
		return toLspDiagnostics(withSeverities(families.findings, DEFAULT_CONFIG), document).length + 1;
	}, budget);
	return { bytes: draft.bytes, update, toDiagnostics };
}

export interface FeatureRows {
	hover: Measured;
	completion: Measured;
}

/**
 * Hover over the first citation and completion at the start of a new operative paragraph, on a model already in
 * the cache, as the server answers them between keystrokes.
 */
export async function features(text: BenchText | undefined, quick: boolean): Promise<FeatureRows> {
	if (!text) {
		return { hover: { skipped: 'the shared corpus (../shared) is absent' }, completion: { skipped: 'the shared corpus (../shared) is absent' } };
	}
	const budget = scaled(FAST, quick);
	const document = TextDocument.create('file:///73-218.txt', 'un-resolution', 1, text.text);
	const resolution = languageService.parseResolution(text.text);
	// Local data only: the built-in catalogue, as the server has it with no catalogue files and no online look-up.
	const catalogue = new Catalogue(() => [BUILT_IN_CATALOGUE]);
	const citation = resolution.citations[0];
	const hover: Measured = citation
		? await measure(() => getHover(resolution, document, document.positionAt(citation.span.start + 1), catalogue) ?? 0, budget)
		: { skipped: 'the text has no citation to hover over' };
	// The blank line after operative paragraph 1, where the drafter starts the next paragraph.
	const firstOperative = resolution.operative[0];
	const blankLine = firstOperative && text.text.indexOf('\n\n', firstOperative.span.end);
	const completion: Measured = blankLine === undefined || blankLine < 0
		? { skipped: 'the text has no operative paragraph' }
		: await measure(() => languageService.getCompletions(resolution, document, document.positionAt(blankLine + 1)).items.length + 1, budget);
	return { hover, completion };
}
