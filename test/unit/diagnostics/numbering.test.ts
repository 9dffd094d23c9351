import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from '../../support/fixture';
import { lint } from '../../support/lint';

const OPERATIVE = 'numbering.operative';
const SUB = 'numbering.subparagraph';

describe('numbering.operative', () => {
	it('is silent on 1, 2, 3', () => {
		assert.deepEqual(lint('The General Assembly,\n\nNoting,\n\n1. Decides;\n\n2. Requests;\n\n3. Invites.', OPERATIVE), []);
	});

	it('reports a gap once, at the paragraph after it, not at every later paragraph', () => {
		const { text, ranges } = fixture('The General Assembly,\n\n1. Decides;\n\n2. Requests;\n\n⟦4⟧. Invites;\n\n5. Urges;\n\n6. Calls upon.');
		const found = lint(text, OPERATIVE);
		assert.deepEqual(found.map(d => d.span), ranges);
		assert.equal(found[0].message, 'Operative paragraph 4 follows 2: number 3 is missing.');
		assert.equal(found[0].severity, 'error');
	});

	it('reports a duplicate and a step back', () => {
		const { text, ranges } = fixture('大会，\n\n1. 决定；\n\n⟦1⟧. 请；\n\n2. 鼓励；\n\n3. 促请；\n\n⟦2⟧. 邀请。');
		const found = lint(text, OPERATIVE);
		assert.deepEqual(found.map(d => d.span), ranges);
		assert.match(found[0].message, /used twice/);
		assert.match(found[1].message, /must rise by one/);
	});

	it('reports numbering that does not start at 1', () => {
		const { text, ranges } = fixture('The General Assembly,\n\n⟦3⟧. Decides;\n\n4. Requests.');
		assert.deepEqual(lint(text, OPERATIVE).map(d => d.span), ranges);
	});

	it('accepts a restart in each lettered part and sections that continue the count', () => {
		const composite = 'The General Assembly,\n\nA\n\nFirst part\n\n1. Decides;\n\n2. Requests;\n\nB\n\nSecond part\n\n1. Invites;\n\n2. Urges.';
		assert.deepEqual(lint(composite, OPERATIVE), []);
		const sections = 'The General Assembly,\n\nA. Themes\n\n1. Decides;\n\n2. Requests;\n\nB. Methods\n\n3. Invites.';
		assert.deepEqual(lint(sections, OPERATIVE), []);
	});

	it('reports a single operative paragraph that is numbered, with a fix that removes the number', () => {
		const { text, ranges } = fixture('The General Assembly,\n\nRecalling its decision,\n\n⟦1⟧. Decides to defer the item.');
		const [finding] = lint(text, OPERATIVE);
		assert.deepEqual(finding.span, ranges[0]);
		assert.deepEqual(finding.fixes, [{ fix: 'replace', span: { start: ranges[0].start, end: ranges[0].start + 3 }, text: '', title: 'Remove the paragraph number' }]);
	});

	it('skips "bis" paragraphs left from negotiation', () => {
		assert.deepEqual(lint('The General Assembly,\n\n1. Decides;\n\n1 bis. Also decides;\n\n2. Requests.', OPERATIVE), []);
	});
});

describe('numbering.subparagraph', () => {
	it('is silent on (a) (b) with (i) (ii) below, and on French a) b)', () => {
		assert.deepEqual(lint('The General Assembly,\n\n1. Decides:\n\n(a) One;\n\n(i) Alpha;\n\n(ii) Beta;\n\n(b) Two.', SUB), []);
		assert.deepEqual(lint('L’Assemblée générale,\n\n1. Décide :\n\na) De tenir ;\n\nb) De faire.', SUB), []);
	});

	it('reports a skipped letter and a skipped numeral, each once', () => {
		const { text, ranges } = fixture('The General Assembly,\n\n1. Decides:\n\n(a) One;\n\n(b) Two:\n\n(i) Alpha;\n\n⟦(iii)⟧ Gamma;\n\n⟦(d)⟧ Four;\n\n(e) Five.');
		const found = lint(text, SUB);
		assert.deepEqual(found.map(d => d.span), ranges);
		assert.equal(found[0].message, 'Sub-paragraph (iii) follows (i); expected (ii).');
		assert.equal(found[1].message, 'Sub-paragraph (d) follows (b); expected (c).');
	});

	it('reports a style that does not fit the language: (a) in a French text, a) in an English one', () => {
		const french = fixture('L’Assemblée générale,\n\n1. Décide :\n\n⟦(a)⟧ De tenir ;\n\n(b) De faire.');
		const found = lint(french.text, SUB);
		assert.deepEqual(found.map(d => d.span), french.ranges);
		assert.match(found[0].message, /In French texts, first-level sub-paragraphs are labelled a\), b\)/);
		const english = fixture('The General Assembly,\n\n1. Decides:\n\n⟦a)⟧ To hold;\n\nb) To report.');
		assert.deepEqual(lint(english.text, SUB).map(d => d.span), english.ranges);
	});

	it('reports a list that mixes styles and one that does not start at the first label', () => {
		const { text, ranges } = fixture('大会，\n\n1. 决定：\n\n⟦(b)⟧ 举行会议；\n\n(c) 提交报告；\n\n⟦d)⟧ 审议。');
		const found = lint(text, SUB);
		assert.deepEqual(found.map(d => d.span), ranges);
		assert.match(found[0].message, /should start at \(a\)/);
		assert.match(found[1].message, /another style/);
	});
});
