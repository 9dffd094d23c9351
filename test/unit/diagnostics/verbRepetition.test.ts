import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticCode } from '../../../server/src/languageService/diagnostics';
import { fixture } from '../../support/fixture';
import { applyFix, findingsOf, onlyFix } from '../../support/findings';

const { VerbRepeated } = DiagnosticCode;

/** The text with every fix of the code applied, from the last to the first so that offsets stay valid. */
function fixAll(text: string): string {
	const fixes = findingsOf(text, VerbRepeated).map(onlyFix).reverse();
	return fixes.reduce(applyFix, text);
}

describe('verb.repeated', () => {
	it('reports the second and third of a run in the English preamble, suggesting "also" and then "further"', () => {
		const { text, ranges } = fixture(`
			The General Assembly,

			Recalling its resolution 70/1,

			⟦Recalling⟧ the outcome of the summit,

			⟦Recalling⟧ the work of the Commission,

			1. Decides to continue the discussion.
		`);
		const findings = findingsOf(text, VerbRepeated);
		assert.deepEqual(findings.map(finding => finding.span), ranges);
		assert.equal(findings[0].severity, 'warning');
		assert.equal(findings[0].message, '"Recalling" repeats the opening verb of preambular paragraph 1 without a marker; a repeated verb reads "Recalling also".');
		assert.match(findings[1].message, /preambular paragraph 2 .* "Recalling further"/);
		assert.match(fixAll(text), /Recalling its resolution 70\/1,\n\nRecalling also the outcome .*\n\nRecalling further the work/s);
	});

	it('puts "also" before an English operative verb and inside "Taking note of"', () => {
		const text = [
			'The General Assembly,', '', 'Taking note of the report,', '', 'Taking note of the study,', '',
			'1. Requests the Secretary-General to report;', '', '2. Requests the Secretary-General to consult States.',
		].join('\n');
		const fixed = fixAll(text);
		assert.match(fixed, /Taking note also of the study,/);
		assert.match(fixed, /2\. Also requests the Secretary-General/);
		assert.deepEqual(findingsOf(fixed, VerbRepeated), []);
	});

	it('prefixes 又 and then 还 in Chinese, in both parts', () => {
		const { text, ranges } = fixture(`
			大会，

			回顾其以往的决议，

			⟦回顾⟧其第 70/1 号决议，

			1. 请秘书长提交报告；

			2. ⟦请⟧秘书长与会员国协商；

			3. ⟦请⟧秘书长继续审议。
		`);
		const findings = findingsOf(text, VerbRepeated);
		assert.deepEqual(findings.map(finding => finding.span), ranges);
		assert.match(fixAll(text), /又回顾其第 70\/1 号决议，[\s\S]*2\. 又请秘书长[\s\S]*3\. 还请秘书长/);
	});

	it('writes the post-posed marker of French, Spanish, Russian and Arabic before a closing preposition', () => {
		const cases = [
			['L’Assemblée générale,\n\nRappelant sa résolution 70/1,\n\nRappelant le rapport,\n\n1. Décide de poursuivre.', 'Rappelant également le rapport'],
			['La Asamblea General,\n\nRecordando su resolución 70/1,\n\nRecordando el informe,\n\n1. Decide continuar.', 'Recordando también el informe'],
			['Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 70/1,\n\nссылаясь на доклад,\n\n1. постановляет продолжить.', 'ссылаясь также на доклад'],
			['إن الجمعية العامة،\n\nإذ تشير إلى قرارها 70/1،\n\nوإذ تشير إلى التقرير،\n\n1 - تقرر مواصلة النظر.', 'وإذ تشير أيضا إلى التقرير'],
		];
		for (const [text, expected] of cases) {
			assert.equal(findingsOf(text, VerbRepeated).length, 1, text);
			assert.ok(fixAll(text).includes(expected), `${fixAll(text)} should contain ${expected}`);
		}
	});

	it('stays silent when the repetition is marked, and after "further" lets a plain verb open a new round', () => {
		const english = [
			'The General Assembly,', '', 'Recalling its resolution 70/1,', '', 'Recalling also the summit,', '',
			'Recalling further the review,', '', 'Recalling the work of the Commission,', '', '1. Notes the report;', '',
			'2. Also notes the study.',
		].join('\n');
		const chinese = '大会，\n\n回顾其以往的决议，\n\n又回顾其第 70/1 号决议，\n\n1. 请秘书长提交报告；\n\n2. 又请秘书长继续审议。';
		assert.deepEqual(findingsOf(english, VerbRepeated), []);
		assert.deepEqual(findingsOf(chinese, VerbRepeated), []);
	});

	it('reports the unmarked repeats before the first marker of a run, and trusts the drafters after it', () => {
		const { text, ranges } = fixture(`
			The General Assembly,

			Recalling its resolution 70/1,

			⟦Recalling⟧ the outcome of the summit,

			Recalling also the review,

			Recalling the work of the Commission,

			1. Decides to continue the discussion.
		`);
		assert.deepEqual(findingsOf(text, VerbRepeated).map(finding => finding.span), ranges);
	});

	it('stays silent on Security Council texts, which repeat preambular verbs without a marker', () => {
		const text = 'The Security Council,\n\nSupporting the Government,\n\nSupporting the mission,\n\n1. Decides to remain seized of the matter.';
		assert.deepEqual(findingsOf(text, VerbRepeated), []);
	});

	it('stays silent on qualified openers and on a verb that addresses someone else', () => {
		const qualified = 'The General Assembly,\n\nNoting with concern the decline,\n\nNoting with concern the losses,\n\n1. Decides to act.';
		const addressed = [
			'The General Assembly,', '', 'Recalling its resolution 70/1,', '',
			'1. Calls upon all States that have not yet done so to accede;', '',
			'2. Calls upon all High Contracting Parties to report;', '', '3. Decides to continue.',
		].join('\n');
		const chinese = '大会，\n\n回顾其以往的决议，\n\n1. 促请所有尚未加入公约的国家加入；\n\n2. 促请所有尚未提交报告的缔约方提交报告。';
		for (const text of [qualified, addressed, chinese]) {
			assert.deepEqual(findingsOf(text, VerbRepeated), [], text);
		}
	});

	it('stays silent across a section heading and between different verbs', () => {
		const text = [
			'The Economic and Social Council,', '', 'Recalling its resolution 2022/4,', '', 'A. Themes', '',
			'1. Recalls its resolution 2022/5;', '', 'B. Methods of work', '', '2. Recalls its resolution 2022/6;', '',
			'3. Requests the Secretary-General to report.',
		].join('\n');
		assert.deepEqual(findingsOf(text, VerbRepeated), []);
		// Without the heading between them the two "Recalls" are neighbours, and the second is reported.
		assert.equal(findingsOf(text.replace('B. Methods of work\n\n', ''), VerbRepeated).length, 1);
	});
});
