import { ALL_CODES, DEFAULT_SEVERITY } from '../languageService/diagnostics';
import { ruleDescription } from '../languageService/diagnostics/ruleDescriptions';

const SETTING_VALUES = ['error', 'warning', 'information', 'hint', 'off'];

/** The key of a manifest string in package.nls.json: the whole setting, or one rule of it. */
function stringKey(code?: string): string {
	return code ? `config.rules.${code}` : 'config.rules';
}

/**
 * The JSON schema of the `unResolution.rules` setting in package.json: one property per rule code, each with the
 * five values and a localised description, so the Settings editor and settings.json completion offer exactly the
 * codes the checker knows. scripts/sync-rule-settings.mjs writes it into the manifest.
 */
export function ruleSettingsSchema(): { properties: Record<string, object>; [keyword: string]: unknown } {
	const properties = Object.fromEntries(ALL_CODES.map(code => [code, {
		type: 'string',
		enum: SETTING_VALUES,
		description: `%${stringKey(code)}%`,
	}]));
	return {
		type: 'object',
		scope: 'resource',
		default: {},
		additionalProperties: false,
		properties,
		markdownDescription: `%${stringKey()}%`,
	};
}

/**
 * The English texts of the schema's descriptions, for package.nls.json; the Chinese ones in
 * package.nls.zh-cn.json are translated by hand.
 */
export function ruleSettingsStrings(): Record<string, string> {
	return {
		[stringKey()]: 'The severity of each rule of the checker, or `off`. Overrides `.resolutionlintrc.json` in the '
			+ 'workspace code by code, for example `{ "verb.unknown": "off", "punctuation.final": "error" }`. '
			+ 'Each rule is described in `docs/rules/<code>.md`.',
		...Object.fromEntries(ALL_CODES.map(code => [stringKey(code), `${ruleDescription(code)} Default: ${DEFAULT_SEVERITY[code]}.`])),
	};
}
