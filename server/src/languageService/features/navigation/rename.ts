import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Resolution, Span } from '../../model/types';
import { digitValue, superscriptValue } from '../../parser/lineKinds';
import { wordingLanguage } from '../../wording/language';
import { rewriteNumber } from '../renumbering/digits';
import { toTextEdits } from '../sourceEdits';
import { targetAt } from '../targets';
import { footnoteOccurrences } from './occurrences';

type Positions = Pick<TextDocument, 'uri' | 'offsetAt' | 'positionAt'>;

/** A rename the server refuses, with the reason in the draft's language. */
export interface RenameRefusal {
	refused: string;
}

// The digits inside a marker or label ("¹²", "3" of "[^3]", "¹" of "⁽¹⁾"), in whichever system they are written.
const DIGITS = /[0-9]+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|[٠-٩]+/;

/** The footnote number under the cursor, for the editor to select before the user types the new one. */
export function prepareFootnoteRename(resolution: Resolution, document: Positions, position: Position): { range: Range; placeholder: string } | undefined {
	const found = footnoteAt(resolution, document.offsetAt(position));
	if (!found) {
		return undefined;
	}
	const digits = digitsIn(resolution.text, found.span);
	return {
		range: { start: document.positionAt(digits.start), end: document.positionAt(digits.end) },
		placeholder: String(found.number),
	};
}

/**
 * Renames a footnote number: every marker and the footnote text's label change together, each keeping the way it
 * is written (superscript "¹", "[^1]", "⁽¹⁾"). A number that another footnote already uses is refused, because
 * two footnotes would then merge into one.
 */
export function renameFootnote(resolution: Resolution, document: Positions, position: Position, newName: string): WorkspaceEdit | RenameRefusal | undefined {
	const found = footnoteAt(resolution, document.offsetAt(position));
	if (!found) {
		return undefined;
	}
	const chinese = wordingLanguage(resolution.language) === 'zh';
	const value = readNumber(newName);
	if (value === undefined) {
		return { refused: chinese ? `“${newName}”不是脚注编号：请输入 1 到 9999 之间的数字。` : `"${newName}" is not a footnote number: type a number from 1 to 9999.` };
	}
	if (value !== found.number && footnoteOccurrences(resolution, value).length > 0) {
		return { refused: chinese ? `脚注 ${value} 已经存在；两个脚注会合并为一个。` : `Footnote ${value} already exists; the two footnotes would merge into one.` };
	}
	const edits = footnoteOccurrences(resolution, found.number).map(occurrence => ({
		span: occurrence.span,
		newText: rewriteNumber(resolution.text.slice(occurrence.span.start, occurrence.span.end), value),
	}));
	return { changes: { [document.uri]: toTextEdits(resolution.text, edits) } };
}

export function isRefusal(result: WorkspaceEdit | RenameRefusal | undefined): result is RenameRefusal {
	return result !== undefined && 'refused' in result;
}

function footnoteAt(resolution: Resolution, offset: number): { number: number; span: Span } | undefined {
	const target = targetAt(resolution, offset);
	if (target?.kind === 'marker') {
		return { number: target.marker.number, span: target.marker.span };
	}
	// Only the label of a footnote text renames it; the rest of its text is prose.
	if (target?.kind === 'footnote' && target.footnote.labelSpan.start <= offset && offset <= target.footnote.labelSpan.end) {
		return { number: target.footnote.number, span: target.footnote.labelSpan };
	}
	return undefined;
}

function digitsIn(text: string, span: Span): Span {
	const match = DIGITS.exec(text.slice(span.start, span.end));
	return match ? { start: span.start + match.index, end: span.start + match.index + match[0].length } : span;
}

/** "5", "٥" or "⁵" as a number from 1 to 9999; undefined for anything else. */
function readNumber(name: string): number | undefined {
	const trimmed = typeof name === 'string' ? name.trim() : '';
	if (!/^(?:[0-9]{1,4}|[٠-٩]{1,4}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})$/.test(trimmed)) {
		return undefined;
	}
	const value = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(trimmed) ? superscriptValue(trimmed) : digitValue(trimmed);
	return value >= 1 ? value : undefined;
}
