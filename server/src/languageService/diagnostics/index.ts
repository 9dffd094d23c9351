import type { Catalogue } from '../catalogue/catalogue';
import type { Resolution } from '../model/types';
import { isReducedAnalysis } from './analysisSize';
import { severityOf, type LintConfig, DEFAULT_CONFIG } from './config';
import { verbAgreementRules } from './rules/agreement';
import { artefactRules } from './rules/artefacts';
import { citationDateRules } from './rules/citations';
import { draftLeftoverRules } from './rules/draft';
import { footnoteRules } from './rules/footnotes';
import { headerRules } from './rules/header';
import { operativeNumberingRules, subParagraphNumberingRules } from './rules/numbering';
import { placementRules } from './rules/placement';
import { punctuationRules } from './rules/punctuation';
import { verbEmphasisRules } from './rules/style';
import { symbolRules } from './rules/symbols';
import { verbRepetitionRules } from './rules/verbRepetition';
import { verbUnknownRules, verbWrongPartRules } from './rules/verbs';
import type { Finding, LintDiagnostic, Rule } from './types';

export { ANALYSIS_STATUS_NOTIFICATION, DEFAULT_MAX_FULL_ANALYSIS_SIZE, isReducedAnalysis } from './analysisSize';
export type { AnalysisStatusParams } from './analysisSize';
export { ALL_CODES, DEFAULT_SEVERITY, DiagnosticCode, isDiagnosticCode, ruleDocumentationPath } from './codes';
export type { Severity } from './codes';
export { DEFAULT_CONFIG, mergeConfigs, readConfig, severityOf } from './config';
export { DEFAULT_MAX_PROBLEMS, limitDiagnostics, omittedMessage } from './limit';
export type { LimitedDiagnostics } from './limit';
export type { LintConfig, RuleSetting } from './config';
export type { Finding, FixData, LintDiagnostic, Rule, RuleContext } from './types';

/** Every rule family, in no particular order: the result is sorted by position. */
export const RULES: readonly Rule[] = [
	operativeNumberingRules,
	subParagraphNumberingRules,
	footnoteRules,
	punctuationRules,
	artefactRules,
	verbWrongPartRules,
	verbRepetitionRules,
	verbUnknownRules,
	symbolRules,
	headerRules,
	verbEmphasisRules,
	draftLeftoverRules,
	verbAgreementRules,
	placementRules,
	citationDateRules,
];

/** What still runs on a document longer than `maxFullAnalysisSize`: the numbering of paragraphs and footnotes. */
export const STRUCTURE_RULES: readonly Rule[] = [
	operativeNumberingRules,
	subParagraphNumberingRules,
	footnoteRules,
];

/**
 * Checks a parsed resolution against every rule and returns its findings with their configured severities,
 * sorted by position. Codes configured `off` are left out. Pure and synchronous: the same call serves the
 * editor, the CLI and the browser. A document longer than `config.maxFullAnalysisSize` gets only the structure
 * and numbering rules (see analysisSize.ts).
 */
export function computeDiagnostics(resolution: Resolution, config: LintConfig = DEFAULT_CONFIG, catalogue?: Catalogue): LintDiagnostic[] {
	const context = { resolution, config, catalogue };
	// The rules have just made these findings and nobody else holds them, so they take their severities in place.
	return severitiesApplied(rulesFor(resolution, config).map(rule => rule(context)), config, true);
}

/** The rule families that check this document: all of them, or the structure rules only on a very long one. */
export function rulesFor(resolution: Resolution, config: LintConfig): readonly Rule[] {
	return isReducedAnalysis(resolution, config) ? STRUCTURE_RULES : RULES;
}

/**
 * The findings of each family, in family order, with their configured severities, sorted by position. The findings
 * are copied, because the caller may keep them for the next version (diagnostics/incremental.ts) with the
 * severity the rule proposed.
 */
export function withSeverities(findingsByFamily: ReadonlyArray<readonly Finding[]>, config: LintConfig): LintDiagnostic[] {
	return severitiesApplied(findingsByFamily, config, false);
}

/**
 * Gives each finding its severity, leaving out those configured `off`, and sorts them by position. A finding
 * that only the caller holds is given its severity in place: copying every finding cost a tenth of the checking
 * of a resolution. Adding the property in place orders the keys as the copy did.
 */
function severitiesApplied(findingsByFamily: ReadonlyArray<readonly Finding[]>, config: LintConfig, owned: boolean): LintDiagnostic[] {
	const diagnostics: LintDiagnostic[] = [];
	for (const findings of findingsByFamily) {
		for (const finding of findings) {
			const severity = severityOf(config, finding.code, finding.severity);
			if (severity === 'off') {
				continue;
			}
			if (owned) {
				finding.severity = severity;
				diagnostics.push(finding as LintDiagnostic);
			} else {
				diagnostics.push({ ...finding, severity });
			}
		}
	}
	return diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
