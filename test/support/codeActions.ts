import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { applyTextEdits, parseResolution, type Resolution } from '../../server/src/languageService';
import { computeDiagnostics, type LintConfig, type LintDiagnostic } from '../../server/src/languageService/diagnostics';
import { toLspDiagnostics } from '../../server/src/languageService/diagnostics/lsp';
import { getQuickFixes } from '../../server/src/languageService/features/codeActions';

export const URI = 'file:///drafts/draft.resolution.txt';

/** A text as the server sees it: the parsed model, the checker's findings and their LSP form at version 1. */
export interface Checked {
	text: string;
	resolution: Resolution;
	findings: LintDiagnostic[];
	diagnostics: Diagnostic[];
}

export function check(text: string, config?: LintConfig): Checked {
	const resolution = parseResolution(text);
	const findings = computeDiagnostics(resolution, config);
	const document = TextDocument.create(URI, 'un-resolution', 1, text);
	return { text, resolution, findings, diagnostics: toLspDiagnostics(findings, document) };
}

/** The quick fixes offered for all of a text's diagnostics, as a light bulb over the whole document would list them. */
export function quickFixes(checked: Checked, diagnostics: readonly Diagnostic[] = checked.diagnostics): CodeAction[] {
	return getQuickFixes(checked.resolution, { uri: URI, version: 1, diagnostics });
}

export function editsOf(action: CodeAction): TextEdit[] {
	return action.edit?.changes?.[URI] ?? [];
}

export function apply(text: string, action: CodeAction): string {
	return applyTextEdits(text, editsOf(action));
}

/** How many diagnostics of each code a text has, for "that problem is gone and nothing new appeared". */
export function countByCode(findings: readonly LintDiagnostic[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const finding of findings) {
		counts.set(finding.code, (counts.get(finding.code) ?? 0) + 1);
	}
	return counts;
}
