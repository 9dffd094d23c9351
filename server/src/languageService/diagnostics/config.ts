import { DEFAULT_SEVERITY, DiagnosticCode, isDiagnosticCode, type Severity } from './codes';

export type RuleSetting = Severity | 'off';

/**
 * How the checker is set up: a severity (or `off`) per code, from the editor's settings and from a
 * `.resolutionlintrc.json` file that the CLI reads too.
 */
export interface LintConfig {
	rules: Partial<Record<DiagnosticCode, RuleSetting>>;
	/**
	 * Above this many characters only the structure and numbering rules run, so that a huge document stays
	 * responsive (the editor setting `unResolution.maxFullAnalysisSize`; see analysisSize.ts for the default).
	 */
	maxFullAnalysisSize?: number;
	/**
	 * The most findings listed for one document, the most severe first (the editor setting
	 * `unResolution.maxProblems`, the CLI option `--max-problems`; see limit.ts). When it is undefined the
	 * language server applies DEFAULT_MAX_PROBLEMS and the CLI lists every finding.
	 */
	maxProblems?: number;
}

export const DEFAULT_CONFIG: LintConfig = { rules: {} };

const SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'information', 'hint', 'off'];

/** The severity a code gets under a configuration, or `off`. */
export function severityOf(config: LintConfig, code: DiagnosticCode, proposed?: Severity): RuleSetting {
	return config.rules[code] ?? proposed ?? DEFAULT_SEVERITY[code];
}

/**
 * Reads configuration from parsed JSON (a settings object or a `.resolutionlintrc.json` file):
 * `{ "rules": { "verb.unknown": "off", "punctuation.final": "error" } }`. Unknown codes and values are
 * reported, not thrown, so that one typo does not switch the checker off.
 */
export function readConfig(json: unknown): { config: LintConfig; errors: string[] } {
	const errors: string[] = [];
	const config: LintConfig = { rules: {} };
	if (json === null || json === undefined) {
		return { config, errors };
	}
	if (typeof json !== 'object' || Array.isArray(json)) {
		return { config, errors: ['the configuration must be a JSON object such as { "rules": { "verb.unknown": "off" } }'] };
	}
	const rules = (json as { rules?: unknown }).rules;
	if (rules === undefined) {
		return { config, errors };
	}
	if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
		return { config, errors: ['"rules" must be an object that maps rule codes to a severity or "off"'] };
	}
	for (const [code, value] of Object.entries(rules)) {
		if (!isDiagnosticCode(code)) {
			errors.push(`unknown rule code "${code}"`);
		} else if (typeof value !== 'string' || !SETTINGS.includes(value as RuleSetting)) {
			errors.push(`rule "${code}": "${String(value)}" is not one of ${SETTINGS.join(', ')}`);
		} else {
			config.rules[code] = value as RuleSetting;
		}
	}
	return { config, errors };
}

/** Layers configurations: later ones win, code by code. */
export function mergeConfigs(...configs: ReadonlyArray<LintConfig | undefined>): LintConfig {
	const rules: LintConfig['rules'] = {};
	const merged: LintConfig = { rules };
	for (const config of configs) {
		Object.assign(rules, config?.rules);
		// The limits are left out rather than set to undefined, so that a merged configuration compares equal to one
		// written by hand.
		if (config?.maxFullAnalysisSize !== undefined) {
			merged.maxFullAnalysisSize = config.maxFullAnalysisSize;
		}
		if (config?.maxProblems !== undefined) {
			merged.maxProblems = config.maxProblems;
		}
	}
	return merged;
}
