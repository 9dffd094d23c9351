import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from '../../support/fixture';
import { lint } from '../../support/lint';

const end = '\n\n1. Decides to act.';

describe('footnote rules', () => {
	it('are silent when markers and texts match in order', () => {
		const text = 'The General Assembly,\n\nRecalling the report,¹ and the study,²' + end + '\n\n¹ A/81/1.\n² A/81/2.';
		assert.deepEqual(lint(text).filter(d => d.code.startsWith('footnote.')), []);
	});

	it('footnote.undefined: a marker without text, with a fix that creates the text', () => {
		const { text, ranges } = fixture('The General Assembly,\n\nRecalling the report,¹ and the study,⟦²⟧' + end + '\n\n¹ A/81/1.');
		const found = lint(text, 'footnote.undefined');
		assert.deepEqual(found.map(d => [d.span, d.severity, d.fixes]), [[ranges[0], 'error', [{ fix: 'create-footnote', number: 2 }]]]);
	});

	it('footnote.unused: a text no marker cites', () => {
		const { text, ranges } = fixture('大会，\n\n回顾报告，¹\n\n1. 决定采取行动。\n\n¹ A/81/1。\n\n⟦²⟧ A/81/2。');
		assert.deepEqual(lint(text, 'footnote.unused').map(d => [d.span, d.severity]), [[ranges[0], 'warning']]);
	});

	it('footnote.order: reported once, at the first marker out of order', () => {
		const { text, ranges } = fixture('The General Assembly,\n\nRecalling the report,⟦²⟧ the study,¹ and the note,³' + end + '\n\n¹ A/81/1.\n² A/81/2.\n³ A/81/3.');
		const found = lint(text, 'footnote.order');
		assert.deepEqual(found.map(d => d.span), ranges);
		assert.equal(found[0].message, 'Footnote 2 appears here for the first time, where footnote 1 is expected.');
	});

	it('footnote.duplicate-definition: a second text for the same number', () => {
		const { text, ranges } = fixture('The General Assembly,\n\nRecalling the report,¹' + end + '\n\n¹ A/81/1.\n⟦¹⟧ A/81/9.');
		const found = lint(text, 'footnote.duplicate-definition');
		assert.deepEqual(found.map(d => [d.span, d.severity]), [[ranges[0], 'error']]);
		assert.equal(found[0].related?.length, 1);
	});

	it('footnote.repeated-marker: a warning in a new draft, information in a text of the 73rd session', () => {
		const body = 'Recalling the report,¹\n\n1. Welcomes the report;⟦¹⟧\n\n2. Decides to act.\n\n¹ A/81/1.';
		const draft = fixture('The General Assembly,\n\n' + body);
		assert.deepEqual(lint(draft.text, 'footnote.repeated-marker').map(d => [d.span, d.severity]), [[draft.ranges[0], 'warning']]);
		const old = fixture('Seventy-third session\n\n73/500. Title\n\nThe General Assembly,\n\n' + body);
		assert.deepEqual(lint(old.text, 'footnote.repeated-marker').map(d => [d.span, d.severity]), [[old.ranges[0], 'information']]);
		const dated = fixture('2018 年 12 月 20 日大会决议\n\n大会，\n\n回顾报告，¹\n\n1. 欢迎报告；⟦¹⟧\n\n2. 决定。\n\n¹ A/73/1。');
		assert.deepEqual(lint(dated.text, 'footnote.repeated-marker').map(d => d.severity), ['information']);
	});

	it('lets the configuration switch a rule off or change its severity', () => {
		const text = 'The General Assembly,\n\nRecalling,²' + end;
		assert.deepEqual(lint(text, 'footnote.undefined', { rules: { 'footnote.undefined': 'off' } }), []);
		assert.equal(lint(text, 'footnote.undefined', { rules: { 'footnote.undefined': 'hint' } })[0].severity, 'hint');
	});
});
