import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { parseResolution } from '../../../server/src/languageService';
import {
	computeDiagnostics, DiagnosticCode, limitDiagnostics, mergeConfigs, type LintDiagnostic, type Severity,
} from '../../../server/src/languageService/diagnostics';
import { DIAGNOSTIC_SOURCE, toPublishedDiagnostics, type PositionedDocument } from '../../../server/src/languageService/diagnostics/lsp';
import { localizeMessage } from '../../../server/src/languageService/l10n/localize';

/** A finding at `start` with the given severity; the code does not matter to the limit. */
function finding(start: number, severity: Severity): LintDiagnostic {
	return { code: DiagnosticCode.PunctuationFinal, severity, message: `${severity} at ${start}`, span: { start, end: start + 1 } };
}

// In document order, as computeDiagnostics returns them: severities mixed along the text.
const MIXED: Severity[] = ['hint', 'warning', 'error', 'information', 'warning', 'error', 'hint', 'warning', 'information', 'error'];
const FINDINGS = MIXED.map((severity, index) => finding(index * 10, severity));
const starts = (diagnostics: readonly LintDiagnostic[]) => diagnostics.map(diagnostic => diagnostic.span.start);

/** A draft with a footnote marker in every paragraph and no footnote text: an error and a warning a paragraph. */
function markedDraft(paragraphs: number): string {
	return 'The General Assembly,\n\n' + 'Recalling its resolution 70/1 on the 2030 Agenda,[^1]\n\n'.repeat(paragraphs);
}

describe('limitDiagnostics: at most N findings, the most severe first', () => {
	test('within the limit, or without one, every finding is kept as it is', () => {
		assert.deepEqual(limitDiagnostics(FINDINGS, FINDINGS.length), { shown: FINDINGS, omitted: 0 });
		assert.deepEqual(limitDiagnostics(FINDINGS, undefined), { shown: FINDINGS, omitted: 0 });
		assert.deepEqual(limitDiagnostics([], 1), { shown: [], omitted: 0 });
	});

	test('keeps every error, then the earliest warnings, and lists them in document order', () => {
		const { shown, omitted } = limitDiagnostics(FINDINGS, 5);
		// Errors at 20, 50 and 90; the first two of the three warnings (10, 40, 70); no information or hint.
		assert.deepEqual(starts(shown), [10, 20, 40, 50, 90]);
		assert.equal(omitted, 5);
	});

	test('the cut can fall inside any severity', () => {
		const expected: Array<[number, number[]]> = [
			[1, [20]],
			[3, [20, 50, 90]],
			[6, [10, 20, 40, 50, 70, 90]],
			[7, [10, 20, 30, 40, 50, 70, 90]],
			[9, [0, 10, 20, 30, 40, 50, 70, 80, 90]],
		];
		for (const [max, kept] of expected) {
			const { shown, omitted } = limitDiagnostics(FINDINGS, max);
			assert.deepEqual(starts(shown), kept, `max ${max}`);
			assert.equal(omitted, FINDINGS.length - max, `max ${max}`);
		}
	});

	test('a limited list is the full list with findings left out, never reordered', () => {
		const all = computeDiagnostics(parseResolution(markedDraft(30)));
		const { shown } = limitDiagnostics(all, 40);
		let position = 0;
		for (const diagnostic of shown) {
			position = all.indexOf(diagnostic, position);
			assert.ok(position >= 0, 'a finding out of order or not in the full list');
		}
		// 30 footnote.undefined errors, then the ten earliest of the warnings.
		assert.equal(shown.filter(diagnostic => diagnostic.severity === 'error').length, 30);
		assert.equal(shown.length, 40);
	});

	test('a merged configuration keeps the last limit that was set', () => {
		assert.equal(mergeConfigs({ rules: {}, maxProblems: 10 }, { rules: {} }).maxProblems, 10);
		assert.equal(mergeConfigs({ rules: {}, maxProblems: 10 }, { rules: {}, maxProblems: 20 }).maxProblems, 20);
		assert.equal('maxProblems' in mergeConfigs({ rules: {} }, undefined), false);
	});
});

describe('toPublishedDiagnostics: what the editor is sent', () => {
	/** A document that counts the offsets it is asked to convert. */
	function countingDocument(text: string): PositionedDocument & { conversions(): number } {
		const document = TextDocument.create('file:///w/draft.txt', 'un-resolution', 3, text);
		let conversions = 0;
		return {
			uri: document.uri,
			version: document.version,
			positionAt: offset => {
				conversions++;
				return document.positionAt(offset);
			},
			conversions: () => conversions,
		};
	}

	test('ends with one information notice at the start of the document that says how many were left out', () => {
		const published = toPublishedDiagnostics(limitDiagnostics(FINDINGS, 4), countingDocument('x'.repeat(200)));
		assert.equal(published.length, 5);
		const notice = published[4];
		assert.deepEqual(notice.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
		assert.equal(notice.severity, DiagnosticSeverity.Information);
		assert.equal(notice.source, DIAGNOSTIC_SOURCE);
		assert.equal(notice.code, undefined);
		assert.equal(notice.message, '6 more findings were not shown: only the 4 most severe are listed (setting unResolution.maxProblems).');
		assert.ok(published.slice(0, 4).every(diagnostic => diagnostic.code === DiagnosticCode.PunctuationFinal));
	});

	test('says nothing more when nothing was left out, and counts one finding in the singular', () => {
		const document = countingDocument('x'.repeat(200));
		assert.equal(toPublishedDiagnostics(limitDiagnostics(FINDINGS, 10), document).length, 10);
		const [notice] = toPublishedDiagnostics(limitDiagnostics(FINDINGS.slice(0, 2), 1), document).slice(1);
		assert.equal(notice.message, '1 more finding was not shown: only the 1 most severe are listed (setting unResolution.maxProblems).');
	});

	test('converts only the findings it sends to positions', () => {
		const text = markedDraft(2000);
		const all = computeDiagnostics(parseResolution(text));
		assert.ok(all.length > 3000, `only ${all.length} findings`);
		const document = countingDocument(text);
		const published = toPublishedDiagnostics(limitDiagnostics(all, 100), document);
		assert.equal(published.length, 101);
		const related = published.reduce((sum, diagnostic) => sum + (diagnostic.relatedInformation?.length ?? 0), 0);
		// Two offsets (start and end) per finding sent and per related place, and none for the notice.
		assert.equal(document.conversions(), 2 * (100 + related));
	});

	test('the notice reads in Chinese, in the singular and the plural', () => {
		assert.equal(
			localizeMessage('383615 more findings were not shown: only the 1000 most severe are listed (setting unResolution.maxProblems).', 'zh'),
			'另有 383615 项检查结果未显示：只列出了最严重的 1000 项（设置 unResolution.maxProblems）。');
		assert.equal(
			localizeMessage('1 more finding was not shown: only the 5 most severe are listed (setting unResolution.maxProblems).', 'zh'),
			'另有 1 项检查结果未显示：只列出了最严重的 5 项（设置 unResolution.maxProblems）。');
	});
});
