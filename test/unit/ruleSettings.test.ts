import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { ALL_CODES } from '../../server/src/languageService/diagnostics';
import { RULE_DESCRIPTIONS } from '../../server/src/languageService/diagnostics/ruleDescriptions';
import { ruleSettingsSchema, ruleSettingsStrings } from '../../server/src/lint/ruleSettingsSchema';
import { repoRoot } from '../support/paths';

describe('the unResolution.rules setting', () => {
	test('every rule code has a description', () => {
		assert.deepEqual(ALL_CODES.filter(code => !RULE_DESCRIPTIONS[code]), []);
	});

	const readJson = (name: string) => JSON.parse(fs.readFileSync(path.join(repoRoot, name), 'utf8'));
	const outOfDate = 'out of date: run `node scripts/sync-rule-settings.mjs`';

	test('package.json offers every rule code with the five values', () => {
		const setting = readJson('package.json').contributes.configuration.properties['unResolution.rules'];
		assert.deepEqual(setting, ruleSettingsSchema(), `package.json is ${outOfDate}`);
		assert.deepEqual(Object.keys(setting.properties), [...ALL_CODES]);
	});

	test('package.nls.json describes every rule as the checker does', () => {
		const english = readJson('package.nls.json');
		for (const [key, text] of Object.entries(ruleSettingsStrings())) {
			assert.equal(english[key], text, `package.nls.json is ${outOfDate}`);
		}
	});
});
