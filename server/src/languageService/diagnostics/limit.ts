import type { Severity } from './codes';
import type { LintDiagnostic } from './types';

/**
 * How many problems the editor shows for one document unless the setting `unResolution.maxProblems` says
 * otherwise. A draft pasted from a broken conversion can have a finding in every paragraph, hundreds of thousands
 * in all; an editor that receives them all spends minutes converting, sending and listing them, and no drafter
 * reads past the first screenfuls anyway.
 */
export const DEFAULT_MAX_PROBLEMS = 1000;

/** The findings that are shown, and how many more there were. */
export interface LimitedDiagnostics {
	shown: readonly LintDiagnostic[];
	omitted: number;
}

const BY_SEVERITY: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/**
 * At most `max` of the findings: the most severe ones, and among findings of the same severity the earliest in the
 * document. The result keeps the input's order (document order, as computeDiagnostics returns it), so a limited
 * list is always the full list with some findings left out. Without a limit, or within it, the findings are
 * returned as they are.
 *
 * One counting pass and one selecting pass, and no sorting: the limit exists for lists too long to handle twice.
 */
export function limitDiagnostics(diagnostics: readonly LintDiagnostic[], max: number | undefined): LimitedDiagnostics {
	if (max === undefined || diagnostics.length <= max) {
		return { shown: diagnostics, omitted: 0 };
	}
	const limit = Math.max(0, Math.floor(max));
	const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
	for (const diagnostic of diagnostics) {
		counts[diagnostic.severity]++;
	}
	// Every finding of a severity above the cut-off fits; of the cut-off severity, only the first `room` do.
	const allowed: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
	let room = limit;
	for (const severity of BY_SEVERITY) {
		allowed[severity] = Math.min(counts[severity], room);
		room -= allowed[severity];
	}
	// The selecting pass stops at the last finding it keeps, which is early in a document with an error everywhere.
	const shown: LintDiagnostic[] = [];
	for (let index = 0; index < diagnostics.length && shown.length < limit; index++) {
		const diagnostic = diagnostics[index];
		if (allowed[diagnostic.severity] > 0) {
			allowed[diagnostic.severity]--;
			shown.push(diagnostic);
		}
	}
	return { shown, omitted: diagnostics.length - shown.length };
}

/**
 * What the drafter is told when findings were left out, in English; the server translates it on the way out
 * (l10n/zh.ts holds both templates). It names the setting, the only way to see more in the editor.
 */
export function omittedMessage(omitted: number, shown: number): string {
	return omitted === 1
		? `1 more finding was not shown: only the ${shown} most severe are listed (setting unResolution.maxProblems).`
		: `${omitted} more findings were not shown: only the ${shown} most severe are listed (setting unResolution.maxProblems).`;
}
