import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseResolution } from '../../../server/src/languageService';
import { computeDiagnostics } from '../../../server/src/languageService/diagnostics';
import { applyFix } from '../../support/findings';

/** Bugs the fuzzing and the edit storms found, each pinned by the smallest text that showed it. */
describe('robustness regressions', () => {
	it('removing negotiation brackets keeps a line break that follows the opening bracket', () => {
		// Fuzz seed 22250609, case 70: "[\r…]" lost its "\r", and "[\n]" lost its "\n", joining two lines.
		for (const inner of ['\n', '\r', '\r\n', '\nto act\n']) {
			const text = `The General Assembly,\n\n1. Decides [${inner}] today.\n`;
			const finding = computeDiagnostics(parseResolution(text)).find(diagnostic => diagnostic.code === 'draft.leftover');
			assert.ok(finding?.fixes?.length, `no fix for ${JSON.stringify(inner)}`);
			assert.equal(applyFix(text, finding.fixes[0]), `The General Assembly,\n\n1. Decides ${inner} today.\n`);
		}
	});
});
