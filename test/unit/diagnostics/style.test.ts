import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticCode } from '../../../server/src/languageService/diagnostics';
import { fixture } from '../../support/fixture';
import { applyFix, findingsOf, onlyFix } from '../../support/findings';

const { StyleVerbEmphasis } = DiagnosticCode;

describe('style.verb-emphasis', () => {
	it('hints at the operative verb left plain where most are bold, and adds the emphasis', () => {
		const { text, ranges } = fixture(`
			The General Assembly,

			Recalling its resolution 70/1,

			1. **Welcomes** the progress made;

			2. ⟦Encourages⟧ States to cooperate;

			3. **Requests** the Secretary-General to report.
		`);
		const [finding] = findingsOf(text, StyleVerbEmphasis);
		assert.deepEqual(finding.span, ranges[0]);
		assert.equal(finding.severity, 'hint');
		assert.equal(finding.message, 'The opening verb of operative paragraph 2 is not emphasised, unlike 2 of the 3 operative paragraphs.');
		const fixed = applyFix(text, onlyFix(finding));
		assert.match(fixed, /2\. \*\*Encourages\*\* States/);
		assert.deepEqual(findingsOf(fixed, StyleVerbEmphasis), []);
	});

	it('hints at the one italic preambular verb among plain ones, and removes the emphasis', () => {
		const { text, ranges } = fixture(`
			The General Assembly,

			Recalling its resolution 70/1,

			*⟦Noting⟧* the report of the Secretary-General,

			Welcoming the progress made,

			1. Decides to continue the discussion.
		`);
		const [finding] = findingsOf(text, StyleVerbEmphasis);
		assert.deepEqual(finding.span, ranges[0]);
		assert.match(finding.message, /^The opening verb of preambular paragraph 2 is emphasised, unlike 2 of the 3 preambular paragraphs\.$/);
		assert.match(applyFix(text, onlyFix(finding)), /\n\nNoting the report/);
	});

	it('hints in Chinese, part by part', () => {
		const { text, ranges } = fixture(`
			大会，

			回顾其以往的决议，

			1. **确认**信息和通信技术的作用；

			2. **欢迎**各方作出的努力；

			3. ⟦鼓励⟧各国加强合作；

			4. **决定**继续审议。
		`);
		assert.deepEqual(findingsOf(text, StyleVerbEmphasis).map(finding => finding.span), ranges);
	});

	it('stays silent when a part is emphasised throughout, or nowhere', () => {
		const uniform = 'The General Assembly,\n\n*Recalling* its resolution 70/1,\n\n*Noting* the report,\n\n1. Decides to continue;\n\n2. Requests a report.';
		const plain = '大会，\n\n回顾其以往的决议，\n\n1. 确认信息和通信技术的作用；\n\n2. 决定继续审议。';
		assert.deepEqual(findingsOf(uniform, StyleVerbEmphasis), []);
		assert.deepEqual(findingsOf(plain, StyleVerbEmphasis), []);
	});
});
