import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver-types';
import type { Span } from '../model/types';
import { DiagnosticCode, type Severity } from './codes';
import { omittedMessage, type LimitedDiagnostics } from './limit';
import type { FixData, LintDiagnostic } from './types';

/** The `source` every diagnostic of the checker carries, shown in the Problems view next to the code. */
export const DIAGNOSTIC_SOURCE = 'UN Resolution';

/**
 * What an LSP diagnostic carries in `data`: the fixes the rule proposed, and the document version they were
 * computed for, so that a code action request never applies offsets of an older text to a newer one.
 */
export interface DiagnosticData {
	version?: number;
	fixes: FixData[];
}

/** The few members of a text document the conversion needs; `TextDocument` fits. */
export interface PositionedDocument {
	readonly uri: string;
	readonly version?: number;
	positionAt(offset: number): { line: number; character: number };
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
	error: DiagnosticSeverity.Error,
	warning: DiagnosticSeverity.Warning,
	information: DiagnosticSeverity.Information,
	hint: DiagnosticSeverity.Hint,
};

/** Converts the checker's findings into LSP diagnostics; the model's offsets become positions only here. */
export function toLspDiagnostics(diagnostics: readonly LintDiagnostic[], document: PositionedDocument): Diagnostic[] {
	return diagnostics.map(diagnostic => toLspDiagnostic(diagnostic, document));
}

/**
 * What an editor is sent for a document: the findings within the limit, converted, and, when some were left out,
 * one information diagnostic at the start of the document that says how many. Only the findings sent are turned
 * into positions, so a document with a finding in every paragraph costs no more to publish than the limit allows.
 * The notice has no code: no rule made it, no fix or rule page belongs to it.
 */
export function toPublishedDiagnostics(limited: LimitedDiagnostics, document: PositionedDocument): Diagnostic[] {
	const diagnostics = toLspDiagnostics(limited.shown, document);
	if (limited.omitted > 0) {
		diagnostics.push({
			range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
			severity: DiagnosticSeverity.Information,
			source: DIAGNOSTIC_SOURCE,
			message: omittedMessage(limited.omitted, limited.shown.length),
		});
	}
	return diagnostics;
}

export function toLspDiagnostic(diagnostic: LintDiagnostic, document: PositionedDocument): Diagnostic {
	const range = (span: Span) => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) });
	const result: Diagnostic = {
		range: range(diagnostic.span),
		severity: SEVERITIES[diagnostic.severity],
		code: diagnostic.code,
		source: DIAGNOSTIC_SOURCE,
		message: diagnostic.message,
	};
	if (diagnostic.related?.length) {
		result.relatedInformation = diagnostic.related.map(related => ({
			location: { uri: document.uri, range: range(related.span) },
			message: related.message,
		}));
	}
	// An unused footnote text is dead weight in the document, which editors show by fading it out.
	if (diagnostic.code === DiagnosticCode.FootnoteUnused) {
		result.tags = [DiagnosticTag.Unnecessary];
	}
	if (diagnostic.fixes?.length) {
		const data: DiagnosticData = { version: document.version, fixes: diagnostic.fixes };
		result.data = data;
	}
	return result;
}

/**
 * Reads the `data` of a diagnostic that came back from the client in a code action request. The client is
 * another program, so nothing is trusted: a fix whose shape is wrong or whose offsets fall outside the text is
 * dropped rather than allowed to corrupt the document.
 */
export function readDiagnosticData(data: unknown, textLength: number): DiagnosticData | undefined {
	if (!isObject(data) || !Array.isArray(data.fixes)) {
		return undefined;
	}
	const version = typeof data.version === 'number' ? data.version : undefined;
	const fixes = data.fixes.filter((fix: unknown): fix is FixData => isFixData(fix, textLength));
	return { version, fixes };
}

function isFixData(fix: unknown, textLength: number): boolean {
	if (!isObject(fix)) {
		return false;
	}
	const offset = (value: unknown) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= textLength;
	switch (fix.fix) {
		case 'renumber-operative':
		case 'renumber-footnotes':
			return true;
		case 'renumber-subparagraphs':
			return offset(fix.paragraphStart);
		case 'replace':
			return isObject(fix.span) && offset(fix.span.start) && offset(fix.span.end)
				&& (fix.span.start as number) <= (fix.span.end as number)
				&& typeof fix.text === 'string' && typeof fix.title === 'string';
		case 'insert':
			return offset(fix.offset) && typeof fix.text === 'string' && typeof fix.title === 'string';
		case 'create-footnote':
			return Number.isInteger(fix.number) && (fix.number as number) > 0;
		default:
			return false;
	}
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
