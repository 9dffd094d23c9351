// Writes the `unResolution.rules` setting into package.json from the rule codes, their default severities and
// their descriptions, so that the Settings editor offers every code. Run after adding a rule:
//   npm run build && node scripts/sync-rule-settings.mjs
// test/unit/ruleSettings.test.ts fails until package.json matches.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { ruleSettingsSchema } = require('../out/server/src/lint/ruleSettingsSchema.js');

const manifestUrl = new URL('../package.json', import.meta.url);
const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8'));
manifest.contributes.configuration.properties['unResolution.rules'] = ruleSettingsSchema();
writeFileSync(manifestUrl, JSON.stringify(manifest, null, 2) + '\n');
