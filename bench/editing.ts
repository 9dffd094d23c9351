import { TextDocument, type Position } from 'vscode-languageserver-textdocument';
import * as languageService from '../server/src/languageService';
import { DEFAULT_CONFIG, withSeverities } from '../server/src/languageService/diagnostics';
import { checkFamilies, type CheckedFamilies } from '../server/src/languageService/diagnostics/incremental';
import { toLspDiagnostics } from '../server/src/languageService/diagnostics/lsp';
import { BUILT_IN_CATALOGUE } from '../server/src/languageService/catalogue/builtIn';
import { Catalogue } from '../server/src/languageService/catalogue/catalogue';
import { DocumentCache } from '../server/src/languageService/documentCache';
import { getHover } from '../server/src/languageService/features/hover';
import { FAST, measure, scaled, SLOW, type Timing } from './harness';
import type { BenchText } from './texts';

/** A timing, or the reason it could not be taken. */
export type Measured = Timing | { skipped: string };

export interface KeystrokeRow {
	bytes: number;
	/** The incremental update of the TextDocument alone, as `didChange` applies it. */
	update: Timing;
	/** Update, then parse, every rule and the conversion to LSP diagnostics: the work between a keystroke and fresh diagnostics. */
	toDiagnostics: Timing;
	/**
	 * The same for a line break typed in the middle of a paragraph's line and deleted again: both keep the two halves
	 * in the paragraph, so they re-read it alone (incremental/lineBreak.ts), as a letter does.
	 */
	lineBreak: Timing;
	/** The same for a blank line added after the paragraph and deleted again: the Enter before a new paragraph. */
	blankLine: Timing;
	/**
	 * The same for the first character of a new operative paragraph (its number) typed on an empty line between two
	 * paragraphs and deleted again: the line is a block of its own, read anew (incremental/newBlock.ts).
	 */
	newParagraph: Timing;
}

/**
 * One keystroke in the middle of a large draft, the way the server sees it: an incremental change applied to the
 * TextDocument, then the model of the new version from the cache, the rules, and LSP diagnostics with positions.
 * Keystrokes alternate between typing a letter and deleting it, so the document keeps its size; line breaks are
 * measured the same way.
 */
export async function keystroke(draft: BenchText, quick: boolean): Promise<KeystrokeRow> {
	const budget = scaled(FAST, quick);
	const offset = draft.text.indexOf(' Decides ', draft.text.length >> 1) + 1;
	const letter = new TypingSession(draft.text, offset, 'x');
	const update = await measure(() => {
		letter.type();
		return letter.document.version;
	}, budget);
	const toDiagnostics = await measure(() => letter.typeAndCheck(), budget);
	// Right after the paragraph's opening verb, which splits the paragraph's line in two.
	const split = new TypingSession(draft.text, offset + 'Decides'.length, '\n');
	const lineBreak = await measure(() => split.typeAndCheck(), scaled(SLOW, quick));
	// At the end of the paragraph's last line, before the blank line that parts it from the next.
	const enter = new TypingSession(draft.text, draft.text.indexOf('\n\n', offset), '\n');
	const blankLine = await measure(() => enter.typeAndCheck(), budget);
	// An empty line made before the next numbered paragraph, as two Enters at the end of the block above make it.
	const next = /\n\n(?=\d+\. )/g;
	next.lastIndex = offset;
	const room = (next.exec(draft.text)?.index ?? draft.text.length) + 1;
	const start = new TypingSession(`${draft.text.slice(0, room)}\n\n${draft.text.slice(room)}`, room + 1, '3');
	const newParagraph = await measure(() => start.typeAndCheck(), budget);
	return { bytes: draft.bytes, update, toDiagnostics, lineBreak, blankLine, newParagraph };
}

/**
 * A document in the server's cache and checker, where `typedText` is typed at one place and deleted again in
 * turn, so that the document keeps its size. The first version is parsed and checked when the session is made.
 */
class TypingSession {
	readonly document: TextDocument;
	// As the server does: a keystroke inside a paragraph re-reads that paragraph (languageService/incremental/).
	private readonly models = new DocumentCache<languageService.Resolution>((text, _uri, previous) => languageService.updateResolution(previous, text));
	// As the server's LintService does: the findings of the previous version are handed to the next check.
	private families: CheckedFamilies | undefined;
	private typed = false;
	private readonly at: Position;

	constructor(text: string, offset: number, private readonly typedText: string) {
		this.document = TextDocument.create('file:///draft.resolution.txt', 'un-resolution', 1, text);
		this.at = this.document.positionAt(offset);
		this.check();
	}

	type(): void {
		const { at } = this;
		const change = this.typed
			? { range: { start: at, end: this.document.positionAt(this.document.offsetAt(at) + this.typedText.length) }, text: '' }
			: { range: { start: at, end: at }, text: this.typedText };
		this.typed = !this.typed;
		TextDocument.update(this.document, [change], this.document.version + 1);
	}

	/** Types or deletes, then checks the new version; returns the count of diagnostics and one. */
	typeAndCheck(): number {
		this.type();
		return this.check();
	}

	/** Checks the document's version to LSP diagnostics, as the server does after a change. */
	private check(): number {
		this.families = checkFamilies(this.models.get(this.document), DEFAULT_CONFIG, undefined, this.families);
		return toLspDiagnostics(withSeverities(this.families.findings, DEFAULT_CONFIG), this.document).length + 1;
	}
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
