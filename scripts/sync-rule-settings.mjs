// Writes the `unResolution.rules` setting into package.json, and its English descriptions into package.nls.json,
// from the rule codes, their default severities and their descriptions, so that the Settings editor offers every
// code. Run after adding a rule, then translate the new lines of package.nls.zh-cn.json:
//   npm run build && node scripts/sync-rule-settings.mjs
// test/unit/ruleSettings.test.ts fails until both files match. The manifest is edited as text, replacing only the
// setting's block, because parts of it are formatted by hand; package.nls.json is one flat object.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { ruleSettingsSchema, ruleSettingsStrings } = require('../out/server/src/lint/ruleSettingsSchema.js');

const manifestUrl = new URL('../package.json', import.meta.url);
const manifest = readFileSync(manifestUrl, 'utf8');
const key = '"unResolution.rules": ';
const start = manifest.indexOf(key);
if (start < 0) {
	throw new Error('package.json has no "unResolution.rules" setting to replace; add an empty one first');
}
const valueStart = start + key.length;
const indent = /[ \t]*$/.exec(manifest.slice(0, start))[0];
const block = JSON.stringify(ruleSettingsSchema(), null, 2).replace(/\n/g, `\n${indent}`);
writeFileSync(manifestUrl, manifest.slice(0, valueStart) + block + manifest.slice(endOfValue(manifest, valueStart)));

const stringsUrl = new URL('../package.nls.json', import.meta.url);
const strings = JSON.parse(readFileSync(stringsUrl, 'utf8'));
writeFileSync(stringsUrl, JSON.stringify(Object.assign(strings, ruleSettingsStrings()), null, '\t') + '\n');

/** The offset just past the JSON object that starts at `offset`, skipping braces inside strings. */
function endOfValue(text, offset) {
	let depth = 0;
	for (let index = offset; index < text.length; index++) {
		const char = text[index];
		if (char === '"') {
			for (index++; text[index] !== '"'; index++) {
				if (text[index] === '\\') {
					index++;
				}
			}
		} else if (char === '{') {
			depth++;
		} else if (char === '}' && --depth === 0) {
			return index + 1;
		}
	}
	throw new Error('the "unResolution.rules" setting in package.json is not a complete object');
}
