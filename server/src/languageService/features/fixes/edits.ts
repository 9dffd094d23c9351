import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { DiagnosticCode } from '../../diagnostics/codes';
import type { FixData } from '../../diagnostics/types';
import type { Resolution } from '../../model/types';
import { renumberFootnotes, renumberOperative, renumberSubParagraphs } from '../renumber';
import type { OffsetEdit } from '../sourceEdits';
import { newFootnoteEdit } from './newFootnote';

/**
 * Turns a fix a rule proposed into edits of the source, by offsets. Renumbering is delegated to renumber.ts, the
 * same functions the "Renumber Everything" command uses, so a quick fix and the command never disagree.
 */
export function editsForFix(resolution: Resolution, fix: FixData): OffsetEdit[] {
	switch (fix.fix) {
		case 'replace':
			return [{ span: fix.span, newText: fix.text }];
		case 'insert':
			return [{ span: { start: fix.offset, end: fix.offset }, newText: fix.text }];
		case 'renumber-operative':
			return toOffsetEdits(resolution.text, renumberOperative(resolution));
		case 'renumber-footnotes':
			return toOffsetEdits(resolution.text, renumberFootnotes(resolution));
		case 'renumber-subparagraphs': {
			const paragraph = [...resolution.preamble, ...resolution.operative]
				.find(candidate => candidate.span.start === fix.paragraphStart);
			// A paragraph that is no longer there (the text changed under the fix) gets no edit rather than a guess.
			return paragraph ? toOffsetEdits(resolution.text, renumberSubParagraphs(resolution, paragraph)) : [];
		}
		case 'create-footnote':
			return [newFootnoteEdit(resolution, fix.number)];
	}
}

/** The title a fix shows in the light-bulb menu. */
export function fixTitle(fix: FixData): string {
	switch (fix.fix) {
		case 'replace':
		case 'insert':
			return fix.title;
		case 'renumber-operative':
			return 'Renumber the operative paragraphs';
		case 'renumber-footnotes':
			return 'Renumber the footnotes in order of first appearance';
		case 'renumber-subparagraphs':
			return 'Renumber the sub-paragraphs of this paragraph';
		case 'create-footnote':
			return `Add the text of footnote ${fix.number}`;
	}
}

/** Two fixes with the same key make the same edits, so the menu and "fix all" offer and apply them once. */
export function fixKey(fix: FixData): string {
	switch (fix.fix) {
		case 'replace':
			return `replace:${fix.span.start}:${fix.span.end}:${fix.text}`;
		case 'insert':
			return `insert:${fix.offset}:${fix.text}`;
		case 'renumber-subparagraphs':
			return `renumber-subparagraphs:${fix.paragraphStart}`;
		case 'create-footnote':
			return `create-footnote:${fix.number}`;
		default:
			return fix.fix;
	}
}

/**
 * The codes whose fixes may run unattended, on save: they restore numbers, punctuation, the space before French
 * punctuation and the side of the mark a footnote marker stands on, and never change what the text says. A verb swapped or "also" added changes wording, a removed field error hides where a reference
 * was lost, and a created footnote holds a placeholder; the drafter applies those one by one.
 */
const SAFE_CODES: ReadonlySet<DiagnosticCode> = new Set([
	DiagnosticCode.NumberingOperative,
	DiagnosticCode.NumberingSubparagraph,
	DiagnosticCode.FootnoteOrder,
	DiagnosticCode.PunctuationPreambular,
	DiagnosticCode.PunctuationOperative,
	DiagnosticCode.PunctuationFinal,
	DiagnosticCode.PunctuationSpacing,
	DiagnosticCode.FootnotePlacement,
]);

export function isSafeFix(code: DiagnosticCode): boolean {
	return SAFE_CODES.has(code);
}

function toOffsetEdits(text: string, edits: readonly TextEdit[]): OffsetEdit[] {
	const document = TextDocument.create('untitled:resolution', 'un-resolution', 0, text);
	return edits.map(edit => ({
		span: { start: document.offsetAt(edit.range.start), end: document.offsetAt(edit.range.end) },
		newText: edit.newText,
	}));
}
