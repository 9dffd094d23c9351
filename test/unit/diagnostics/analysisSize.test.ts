import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeConfigs, DEFAULT_MAX_FULL_ANALYSIS_SIZE } from '../../../server/src/languageService/diagnostics';
import { lint } from '../../support/lint';

// A numbering gap (a structure finding), a Word artefact and a preambular paragraph closed by a semicolon.
const DRAFT = 'The General Assembly,\n\nNoting the report Error! Bookmark not defined.;\n\n1. Decides;\n\n3. Requests.\n';

describe('maxFullAnalysisSize', () => {
	it('runs every rule on a document up to the limit', () => {
		const codes: string[] = lint(DRAFT, undefined, { rules: {}, maxFullAnalysisSize: DRAFT.length }).map(d => d.code);
		assert.ok(codes.includes('numbering.operative'));
		assert.ok(codes.includes('artifact.field-error'));
		assert.ok(codes.includes('punctuation.preambular'));
	});

	it('runs only the structure and numbering rules above it', () => {
		const codes = lint(DRAFT, undefined, { rules: {}, maxFullAnalysisSize: DRAFT.length - 1 }).map(d => d.code);
		assert.deepEqual(codes, ['numbering.operative']);
	});

	it('defaults to about 5 MB, and a later configuration overrides an earlier one', () => {
		assert.equal(DEFAULT_MAX_FULL_ANALYSIS_SIZE, 5_000_000);
		assert.ok(lint(DRAFT).length > 1);
		assert.equal(mergeConfigs({ rules: {}, maxFullAnalysisSize: 10 }, { rules: {} }).maxFullAnalysisSize, 10);
		assert.equal(mergeConfigs({ rules: {}, maxFullAnalysisSize: 10 }, { rules: {}, maxFullAnalysisSize: 20 }).maxFullAnalysisSize, 20);
		assert.equal(mergeConfigs({ rules: {} }).maxFullAnalysisSize, undefined);
	});
});
