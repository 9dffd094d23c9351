import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticCode } from '../../../server/src/languageService/diagnostics';
import { fixture } from '../../support/fixture';
import { applyFix, findingsOf, onlyFix } from '../../support/findings';

const { DraftLeftover } = DiagnosticCode;

describe('draft.leftover', () => {
	it('reports negotiation brackets, and removes them keeping the text', () => {
		const { text, ranges } = fixture(`
			The General Assembly,

			Recalling its resolution 70/1,

			1. Requests the Secretary-General to report ⟦[annually]⟧ to the Assembly.
		`);
		const [finding] = findingsOf(text, DraftLeftover);
		assert.deepEqual(finding.span, ranges[0]);
		assert.equal(finding.severity, 'information');
		assert.equal(finding.message, '"[annually]" is in negotiation brackets; remove the brackets once the wording is agreed.');
		assert.match(applyFix(text, onlyFix(finding)), /to report annually to the Assembly\./);
	});

	it('reports "[…]", bracketed alternatives and a bracket without its partner, without a fix', () => {
		const { text, ranges } = fixture(`
			The General Assembly,

			Recalling ⟦[…]⟧ its resolution 70/1,

			Noting the report ⟦[...]⟧,

			1. Decides that States ⟦[shall]⟧⟦[should]⟧ cooperate and ⟦[encourage/invite]⟧ donors;

			2. Requests a report on ⟦[⟧the matter.
		`);
		const findings = findingsOf(text, DraftLeftover);
		assert.deepEqual(findings.map(finding => finding.span), ranges);
		assert.deepEqual(findings.map(finding => finding.fixes), findings.map(() => undefined));
		assert.equal(findings[0].message, 'A "[…]" marks text still to be drafted.');
		assert.equal(findings[2].message, 'Bracketed alternatives "[shall]" are still open; keep the agreed wording only.');
		assert.equal(findings[5].message, 'An opening negotiation bracket has no partner in this paragraph.');
	});

	it('reports paragraphs inserted as "bis" and "ter", in Chinese too', () => {
		const english = fixture(`
			The General Assembly,

			Recalling its resolution 70/1,

			1. Decides to continue;

			⟦1 bis⟧. Requests a report;

			⟦1 ter⟧. Invites States to contribute;

			2. Decides to remain seized of the matter.
		`);
		const chinese = fixture(`
			大会，

			回顾其以往的决议，

			1. 决定继续审议；

			⟦1 bis⟧. 请秘书长提交报告；

			2. 决定继续处理此案。
		`);
		for (const { text, ranges } of [english, chinese]) {
			assert.deepEqual(findingsOf(text, DraftLeftover).map(finding => finding.span), ranges);
		}
		assert.equal(findingsOf(english.text, DraftLeftover)[0].message, 'Paragraph 1 bis was inserted during negotiations; number it in sequence once the text is agreed.');
	});

	it('reports brackets in Chinese sub-paragraphs', () => {
		const { text, ranges } = fixture(`
			大会，

			回顾其以往的决议，

			1. 请秘书长：

			(a) 提交⟦[年度]⟧报告；

			(b) 与会员国协商。
		`);
		assert.deepEqual(findingsOf(text, DraftLeftover).map(finding => finding.span), ranges);
	});

	it('leaves alone Markdown links, footnote references and the bracketed origin line', () => {
		const text = [
			'Resolution adopted by the General Assembly on 20 December 2018', '', '[on the report of the Second Committee (A/73/535)]', '',
			'73/218. Information technologies', '', 'The General Assembly,', '', 'Recalling its resolution [70/299](#),[^1]', '',
			'1. Decides to continue the discussion.', '', '[^1]: See A/70/1.',
		].join('\n');
		assert.deepEqual(findingsOf(text, DraftLeftover), []);
	});
});
