import * as assert from 'node:assert/strict';
import { parseResolution } from '../../server/src/languageService';
import { computeDiagnostics, type DiagnosticCode, type FixData, type LintDiagnostic } from '../../server/src/languageService/diagnostics';

/** The diagnostics of one code for a text, in source order. */
export function findingsOf(text: string, code: DiagnosticCode): LintDiagnostic[] {
	return computeDiagnostics(parseResolution(text)).filter(diagnostic => diagnostic.code === code);
}

/** The text after one edit-style fix; the structural fixes (renumbering) are applied by the code actions. */
export function applyFix(text: string, fix: FixData): string {
	switch (fix.fix) {
		case 'insert': return text.slice(0, fix.offset) + fix.text + text.slice(fix.offset);
		case 'replace': return text.slice(0, fix.span.start) + fix.text + text.slice(fix.span.end);
		default: return assert.fail(`applyFix does not apply "${fix.fix}" fixes`);
	}
}

/** The only fix of a diagnostic, asserting there is exactly one. */
export function onlyFix(diagnostic: LintDiagnostic): FixData {
	assert.equal(diagnostic.fixes?.length, 1, `expected one fix on "${diagnostic.message}"`);
	return diagnostic.fixes![0];
}
