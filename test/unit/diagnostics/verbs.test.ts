import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticCode } from '../../../server/src/languageService/diagnostics';
import { fixture } from '../../support/fixture';
import { applyFix, findingsOf, onlyFix } from '../../support/findings';

const { VerbWrongPart, VerbUnknown } = DiagnosticCode;

describe('verb.wrong-part', () => {
	it('reports a participle opening an operative paragraph, with the swap to the operative form', () => {
		const { text, ranges } = fixture(`
			The General Assembly,

			Noting the report on coastal fisheries,

			1. ⟦Recognizing⟧ the role of regional cooperation;

			2. Decides to continue the discussion.
		`);
		const [finding] = findingsOf(text, VerbWrongPart);
		assert.deepEqual(finding.span, ranges[0]);
		assert.equal(finding.severity, 'error');
		assert.match(finding.message, /"Recognizing" is a preambular form .* operative paragraph 1\. Write "Recognizes"\./);
		const fixed = applyFix(text, onlyFix(finding));
		assert.match(fixed, /1\. Recognizes the role/);
		assert.deepEqual(findingsOf(fixed, VerbWrongPart), []);
	});

	it('moves the repetition marker when it swaps the form, and keeps the words after the verb', () => {
		const text = [
			'The General Assembly,', '', 'Also welcomes the progress made,', '', 'Taking note of the report,', '',
			'1. Recalling also its resolution 70/1;', '', '2. Taking note also of the study;', '',
			'3. Noting with grave concern the decline of reefs.',
		].join('\n');
		const swaps = findingsOf(text, VerbWrongPart).map(finding => (onlyFix(finding) as { text: string }).text);
		assert.deepEqual(swaps, ['Welcoming also', 'Also recalls', 'Also takes note of', 'Notes with grave concern']);
	});

	it('reports an operative verb in the preamble and offers no fix when the concept has no preambular form', () => {
		const { text, ranges } = fixture(`
			The General Assembly,

			⟦Requests⟧ the Secretary-General to report,

			1. Decides to continue the discussion.
		`);
		const [finding] = findingsOf(text, VerbWrongPart);
		assert.deepEqual(finding.span, ranges[0]);
		assert.match(finding.message, /"Requests" is an operative form .* preambular paragraph 1\.$/);
		assert.equal(finding.fixes, undefined);
	});

	it('reports known phrases in French, Russian and Arabic', () => {
		const french = fixture(`
			L’Assemblée générale,

			Rappelant sa résolution 70/1,

			1. ⟦Rappelant⟧ le rapport du Secrétaire général ;

			2. Décide de poursuivre l’examen de la question.
		`);
		const russian = fixture(`
			Генеральная Ассамблея,

			⟦постановляет⟧ продолжить рассмотрение вопроса,

			1. просит Генерального секретаря представить доклад.
		`);
		const arabic = fixture(`
			إن الجمعية العامة،

			⟦تقرر⟧ مواصلة النظر في المسألة،

			1 - تطلب إلى الأمين العام تقديم تقرير.
		`);
		for (const { text, ranges } of [french, russian, arabic]) {
			assert.deepEqual(findingsOf(text, VerbWrongPart).map(finding => finding.span), ranges);
		}
	});

	it('swaps French, Spanish and Arabic forms where the pair table gives one form, keeping the marker after it', () => {
		const swaps = [
			'L’Assemblée générale,\n\nRappelant sa résolution 70/1,\n\n1. Rappelant également le rapport ;\n\n2. Décide de poursuivre.',
			'La Asamblea General,\n\nRecordando su resolución 70/1,\n\n1. Recordando también el informe;\n\n2. Decide continuar.',
			'إن الجمعية العامة،\n\nإذ تشير إلى قرارها 70/1،\n\n1 - وإذ تشير أيضا إلى التقرير؛\n\n2 - تقرر مواصلة النظر.',
		].map(text => findingsOf(text, VerbWrongPart).map(finding => (onlyFix(finding) as { text: string }).text));
		assert.deepEqual(swaps, [['Rappelle également'], ['Recuerda también'], ['تشير أيضا إلى']]);
	});

	it('offers no fix where the pair table gives no form or several', () => {
		const texts = [
			// "Décide" has no preambular form; "Se félicitant" may become "Salue" or "Se félicite".
			'L’Assemblée générale,\n\nDécide de poursuivre,\n\n1. Se félicitant des progrès ;\n\n2. Prie le Secrétaire général de faire rapport.',
			// The Arabic preamble writes إذ in its first paragraph and وإذ after it.
			'إن الجمعية العامة،\n\nتشير إلى قرارها 70/1،\n\n1 - تقرر مواصلة النظر.',
		];
		for (const text of texts) {
			const findings = findingsOf(text, VerbWrongPart);
			assert.ok(findings.length > 0, text);
			assert.deepEqual(findings.map(finding => finding.fixes), findings.map(() => undefined), text);
		}
	});

	it('stays silent in Chinese, where one form serves both parts, and on openers the vocabulary does not know', () => {
		const chinese = '大会，\n\n回顾其以往的决议，\n\n1. 回顾其第 70/1 号决议；\n\n2. 决定继续审议。';
		const unknown = 'The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Deciding to remain seized of the matter.';
		assert.deepEqual(findingsOf(chinese, VerbWrongPart), []);
		assert.deepEqual(findingsOf(unknown, VerbWrongPart), []);
	});

	it('stays silent when every verb stands in its own part', () => {
		const text = 'The General Assembly,\n\nRecalling its resolution 70/1,\n\nTaking note of the report,\n\n1. Takes note of the study;\n\n2. Also recalls its resolution 71/2.';
		assert.deepEqual(findingsOf(text, VerbWrongPart), []);
	});
});

describe('verb.unknown', () => {
	it('hints at an English opener the vocabulary does not know', () => {
		const { text, ranges } = fixture(`
			The General Assembly,

			⟦Pursuing⟧ its efforts on ocean observation,

			1. Decides to continue the discussion.
		`);
		const [finding] = findingsOf(text, VerbUnknown);
		assert.deepEqual(finding.span, ranges[0]);
		assert.equal(finding.severity, 'hint');
		assert.match(finding.message, /"Pursuing" is not an opening phrase the vocabulary knows; preambular paragraph 1 usually opens with a preambular form/);
	});

	it('hints at a Chinese paragraph that opens with no verb', () => {
		const { text, ranges } = fixture(`
			大会，

			回顾其以往的决议，

			1. ⟦各国应当加强合作⟧；

			2. 决定继续审议。
		`);
		const [finding] = findingsOf(text, VerbUnknown);
		assert.deepEqual(finding.span, ranges[0]);
		assert.equal(finding.message, 'Operative paragraph 1 does not open with a verb.');
	});

	it('stays silent in languages whose vocabulary is the corpus phrases only, on bracketed paragraphs and without an organ line', () => {
		const french = 'L’Assemblée générale,\n\nPoursuivant ses efforts,\n\n1. Décide de poursuivre l’examen.';
		const bracketed = 'The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. [Decides to continue the discussion.]';
		const notes = 'Shopping list for the week,\n\nRemember the milk.';
		for (const text of [french, bracketed, notes]) {
			assert.deepEqual(findingsOf(text, VerbUnknown), [], text);
		}
	});

	it('stays silent when every paragraph opens with a known verb', () => {
		const english = 'The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Decides to continue the discussion.';
		const chinese = '大会，\n\n回顾其以往的决议，\n\n1. 决定继续审议。';
		assert.deepEqual(findingsOf(english, VerbUnknown), []);
		assert.deepEqual(findingsOf(chinese, VerbUnknown), []);
	});
});
