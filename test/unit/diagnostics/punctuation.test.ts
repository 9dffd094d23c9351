import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture, slice } from '../../support/fixture';
import { lint } from '../../support/lint';

describe('punctuation rules', () => {
	it('are silent on correct endings in English, Chinese and Arabic, with markers after the mark', () => {
		assert.deepEqual(lint('The General Assembly,\n\nRecalling the report,¹\n\n1. Decides;\n\n2. Requests “a report”.\n\n¹ A/81/1.').filter(d => d.code.startsWith('punctuation.')), []);
		assert.deepEqual(lint('大会，\n\n回顾报告，\n\n1. 决定；\n\n2. 请提交报告。').filter(d => d.code.startsWith('punctuation.')), []);
		assert.deepEqual(lint('إن الجمعية العامة،\n\nإذ تشير إلى التقرير،\n\n1 - تقرر؛\n\n2 - تطلب تقريرا.').filter(d => d.code.startsWith('punctuation.')), []);
	});

	it('punctuation.preambular: a preambular paragraph ending with a semicolon, with a fix to a comma', () => {
		const { text, ranges } = fixture('The General Assembly,\n\nRecalling the report⟦;⟧\n\n1. Decides.');
		const [finding] = lint(text, 'punctuation.preambular');
		assert.deepEqual(finding.span, ranges[0]);
		assert.equal(finding.message, 'A preambular paragraph ends with ",", not ";".');
		assert.deepEqual(finding.fixes, [{ fix: 'replace', span: ranges[0], text: ',', title: 'Replace ";" with ","' }]);
	});

	it('punctuation.operative and punctuation.final in Chinese, with full-width marks in the fixes', () => {
		const { text, ranges } = fixture('大会，\n\n回顾报告，\n\n1. 决定采取行⟦动⟧\n\n2. 请提交报告⟦；⟧');
		const found = lint(text).filter(d => d.code.startsWith('punctuation.'));
		assert.deepEqual(found.map(d => [d.code, d.span]), [['punctuation.operative', ranges[0]], ['punctuation.final', ranges[1]]]);
		assert.deepEqual(found[0].fixes, [{ fix: 'insert', offset: ranges[0].end, text: '；', title: 'End the paragraph with "；"' }]);
		assert.equal((found[1].fixes![0] as { text: string }).text, '。');
	});

	it('takes the ending of a paragraph with sub-paragraphs from its last sub-paragraph', () => {
		const { text, ranges } = fixture('The General Assembly,\n\n1. Decides:\n\n(a) To act;\n\n(b) To report⟦;⟧\n\n');
		const found = lint(text, 'punctuation.final');
		assert.deepEqual(found.map(d => d.span), ranges);
	});

	it('asks for the comma of the organ line when a preamble follows', () => {
		const { text, ranges } = fixture('⟦The General Assembly⟧\n\nRecalling the report,\n\n1. Decides.');
		const [finding] = lint(text, 'punctuation.preambular');
		assert.deepEqual(finding.span, ranges[0]);
		assert.equal(slice(text, ranges[0]), 'The General Assembly');
	});
});
