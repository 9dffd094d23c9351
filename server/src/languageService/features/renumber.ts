import type { TextEdit } from 'vscode-languageserver-types';
import type { ParagraphBase, Resolution } from '../model/types';
import { footnoteNumberEdits } from './renumbering/footnotes';
import { subParagraphLabelEdits } from './renumbering/labels';
import { movesForParagraphs, numberingGroups, operativeNumberEdits } from './renumbering/operative';
import { referenceEdits } from './renumbering/references';
import { toTextEdits, type OffsetEdit } from './sourceEdits';

/**
 * Renumbering: pure functions of the parsed model that return the text edits putting numbers back in order. The
 * "Renumber Everything" command applies {@link renumberAll}; quick fixes apply one part at a time. Every function
 * returns only edits that change something, sorted and never overlapping, so a text already in order gets none.
 */

export interface RenumberOptions {
	/**
	 * Whether in-text references to moved paragraphs follow them ("paragraph 5 above" → "paragraph 6 above",
	 * "第 5 段" → "第 6 段"). On by default.
	 */
	updateReferences?: boolean;
}

/**
 * Numbers the operative paragraphs 1, 2, 3 …, restarting in each lettered part when the drafter numbered per part,
 * and updates in-text references to the paragraphs that moved.
 */
export function renumberOperative(resolution: Resolution, options: RenumberOptions = {}): TextEdit[] {
	return toTextEdits(resolution.text, operativeEdits(resolution, options));
}

/**
 * Relabels sub-paragraphs (a), (b), (c) … and (i), (ii), (iii) … per level, each list in its own style: in one
 * paragraph when given (a preambular or operative paragraph of this model), otherwise everywhere.
 */
export function renumberSubParagraphs(resolution: Resolution, paragraph?: ParagraphBase): TextEdit[] {
	const paragraphs = paragraph ? [paragraph] : [...resolution.preamble, ...resolution.operative];
	return toTextEdits(resolution.text, subParagraphLabelEdits(resolution, paragraphs));
}

/** Renumbers footnotes in order of first appearance, markers and footnote texts together. */
export function renumberFootnotes(resolution: Resolution): TextEdit[] {
	return toTextEdits(resolution.text, footnoteNumberEdits(resolution));
}

/** Everything at once: operative paragraphs and the references to them, sub-paragraph labels and footnotes. */
export function renumberAll(resolution: Resolution, options: RenumberOptions = {}): TextEdit[] {
	return toTextEdits(resolution.text, [
		...operativeEdits(resolution, options),
		...subParagraphLabelEdits(resolution, [...resolution.preamble, ...resolution.operative]),
		...footnoteNumberEdits(resolution),
	]);
}

function operativeEdits(resolution: Resolution, options: RenumberOptions): OffsetEdit[] {
	const groups = numberingGroups(resolution);
	const edits = operativeNumberEdits(resolution, groups);
	if (options.updateReferences !== false) {
		edits.push(...referenceEdits(resolution, movesForParagraphs(groups)));
	}
	return edits;
}
