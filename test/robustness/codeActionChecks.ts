import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { parseResolution } from '../../server/src/languageService';
import type { FixData, LintDiagnostic } from '../../server/src/languageService/diagnostics';
import { toLspDiagnostic } from '../../server/src/languageService/diagnostics/lsp';
import { getFixAllAction, getQuickFixes } from '../../server/src/languageService/features/codeActions';
import { fixKey, fixTitle } from '../../server/src/languageService/features/fixes/edits';
import { FUZZ_URI, assertRangesInside, type Analysed } from './featureChecks';
import { assertParsed } from './modelChecks';

/** At most this many distinct fixes are tried per text, so that a text with a hundred problems stays quick. */
const MAX_FIXES_PER_TEXT = 25;

/**
 * Every quick fix offered for the text, and "fix all", applies cleanly (edits inside the document, none
 * overlapping) and takes out only what it means to: a renumbering or a punctuation fix only numbers, labels,
 * markers and punctuation, or moves footnote texts without losing a character; a wording fix only text on the
 * lines of its own problem; no fix joins two paragraphs, and no numbering or punctuation fix two lines. The fixed
 * text parses without an internal failure.
 */
export function checkCodeActions(analysed: Analysed): number {
	const { document, resolution, findings } = analysed;
	const fixes = new Map<string, { fix: FixData; finding: LintDiagnostic }>();
	for (const finding of findings) {
		for (const fix of finding.fixes ?? []) {
			if (!fixes.has(fixKey(fix)) && fixes.size < MAX_FIXES_PER_TEXT) {
				fixes.set(fixKey(fix), { fix, finding });
			}
		}
	}
	let applied = 0;
	for (const { fix, finding } of fixes.values()) {
		const diagnostics = [toLspDiagnostic(finding, document)];
		const action = getQuickFixes(resolution, { uri: FUZZ_URI, version: document.version, diagnostics })
			.find(candidate => candidate.title === fixTitle(fix));
		if (action) {
			checkAction(analysed, action, fix.fix === 'replace' || fix.fix === 'insert' ? finding : undefined);
			applied++;
		}
	}
	const fixAll = getFixAllAction(resolution, FUZZ_URI, findings);
	if (fixAll) {
		checkAction(analysed, fixAll, undefined);
		applied++;
	}
	return applied;
}

/** `wording` is the problem a wording fix belongs to; without it the fix may only touch numbers and punctuation. */
function checkAction({ document }: Analysed, action: CodeAction, wording: LintDiagnostic | undefined): void {
	const edits: TextEdit[] = action.edit?.changes?.[FUZZ_URI] ?? [];
	assertRangesInside(document, edits, `"${action.title}"`);
	const text = document.getText();
	for (const edit of edits) {
		const start = document.offsetAt(edit.range.start);
		const end = document.offsetAt(edit.range.end);
		const removed = text.slice(start, end);
		const where = `"${action.title}" replaces ${JSON.stringify(removed)} at ${start} by ${JSON.stringify(edit.newText)}`;
		// A wording fix may rewrite a phrase that a PDF extraction broke across two lines of one paragraph (a date
		// "9 月\n25 日"); no fix may join two paragraphs, and numbering and punctuation fixes no two lines.
		const breaks = wording ? paragraphBreaks : lineBreaks;
		if (breaks(removed) > breaks(edit.newText)) {
			throw new Error(`${where}: it joins ${wording ? 'paragraphs' : 'lines'}`);
		}
		const meant = wording ? withinLines(text, wording.span, start, end) : numberingOrPunctuation(removed) || reordersOnly(removed, edit.newText);
		if (!meant) {
			throw new Error(`${where}: it removes text it does not mean to`);
		}
	}
	let fixed: string;
	try {
		fixed = TextDocument.applyEdits(document, edits);
	} catch (error) {
		throw new Error(`"${action.title}" does not apply: ${(error as Error).message}`);
	}
	assertParsed(parseResolution(fixed));
}

function lineBreaks(text: string): number {
	return (text.match(/\r\n|\r|\n/g) ?? []).length;
}

/** Blank lines, which separate paragraphs. */
function paragraphBreaks(text: string): number {
	return (text.match(/(?:\r\n|\r|\n)[^\S\r\n]*(?:\r\n|\r|\n)/g) ?? []).length;
}

/** A number, a label, a footnote marker or punctuation, up to the length of "(viii)" or "[^123]" with spaces. */
function numberingOrPunctuation(removed: string): boolean {
	const visible = removed.replace(/<\/?sup>|\s/g, '');
	return visible.length <= 8 && !/[\p{L}]{5}/u.test(visible);
}

/**
 * A renumbering that puts a block of footnote texts back in order rewrites the block whole: it keeps every
 * character and only moves texts and changes their numbers.
 */
function reordersOnly(removed: string, inserted: string): boolean {
	// Code units, not code points: a moved text can join a lone high surrogate to a lone low one, making a pair.
	const letters = (text: string) => text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹0-9⁽⁾\s]/g, '').split('').sort().join('');
	return letters(removed) === letters(inserted);
}

/** The edit lies on the lines the problem covers. */
function withinLines(text: string, span: { start: number; end: number }, start: number, end: number): boolean {
	const lineStart = Math.max(text.lastIndexOf('\n', span.start - 1), text.lastIndexOf('\r', span.start - 1)) + 1;
	const nextBreak = text.slice(span.end).search(/[\r\n]/);
	const lineEnd = nextBreak < 0 ? text.length : span.end + nextBreak;
	return start >= lineStart && end <= lineEnd;
}
