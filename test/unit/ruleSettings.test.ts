import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { ALL_CODES } from '../../server/src/languageService/diagnostics';
import { RULE_DESCRIPTIONS } from '../../server/src/languageService/diagnostics/ruleDescriptions';
import { ruleSettingsSchema } from '../../server/src/lint/ruleSettingsSchema';
import { repoRoot } from '../support/paths';

describe('the unResolution.rules setting', () => {
	test('every rule code has a description', () => {
		assert.deepEqual(ALL_CODES.filter(code => !RULE_DESCRIPTIONS[code]), []);
	});

	test('package.json offers every rule code with its description and the five values', () => {
		const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
		const setting = manifest.contributes.configuration.properties['unResolution.rules'];
		assert.deepEqual(setting, ruleSettingsSchema(), 'package.json is out of date: run `node scripts/sync-rule-settings.mjs`');
		assert.deepEqual(Object.keys(setting.properties), [...ALL_CODES]);
	});
});
