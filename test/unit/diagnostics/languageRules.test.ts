import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from '../../support/fixture';
import { lint } from '../../support/lint';

describe('verb.agreement', () => {
	it('asks the Assembly for "Consciente" and a council for "Conscient", with the fix', () => {
		const assembly = fixture('L’Assemblée générale,\n\n⟦Conscient⟧ des défis,\n\n1. Décide de poursuivre.');
		const [finding] = lint(assembly.text, 'verb.agreement');
		assert.deepEqual(finding.span, assembly.ranges[0]);
		assert.deepEqual(finding.fixes, [{ fix: 'replace', span: assembly.ranges[0], text: 'Consciente', title: 'Write "Consciente"' }]);
		assert.deepEqual(lint('Le Conseil de sécurité,\n\nConscient des défis,\n\n1. Décide de poursuivre.', 'verb.agreement'), []);
		assert.equal(lint('Le Conseil de sécurité,\n\nConsciente des défis,\n\n1. Décide de poursuivre.', 'verb.agreement').length, 1);
	});

	it('asks for the feminine Arabic verb of the Assembly and the masculine one of a council', () => {
		const assembly = fixture('إن الجمعية العامة،\n\n⟦إذ يشير إلى⟧ قرارها السابق،\n\n1 - ⟦يقرر⟧ مواصلة النظر.');
		const found = lint(assembly.text, 'verb.agreement');
		assert.deepEqual(found.map(d => d.span), assembly.ranges);
		assert.equal((found[1].fixes![0] as { text: string }).text, 'تقرر');
		assert.deepEqual(lint('إن مجلس الأمن،\n\nإذ يشير إلى قراره السابق،\n\n1 - يقرر مواصلة النظر.', 'verb.agreement'), []);
	});

	it('is silent in languages and on phrases that do not mark gender', () => {
		assert.deepEqual(lint('The Security Council,\n\nRecalling,\n\n1. Decides.', 'verb.agreement'), []);
		assert.deepEqual(lint('L’Assemblée générale,\n\nRappelant sa résolution,\n\n1. Décide.', 'verb.agreement'), []);
	});
});

describe('footnote.placement', () => {
	it('wants the marker after the punctuation in English and Chinese', () => {
		const english = fixture('The General Assembly,\n\nRecalling the report⟦¹,⟧\n\n1. Decides.\n\n¹ A/81/1.');
		const [finding] = lint(english.text, 'footnote.placement');
		assert.deepEqual(finding.span, english.ranges[0]);
		assert.deepEqual(finding.fixes, [{ fix: 'replace', span: english.ranges[0], text: ',¹', title: 'Put the marker after the punctuation mark' }]);
		assert.deepEqual(lint('大会，\n\n回顾报告，¹ 并且\n\n1. 决定。\n\n¹ A/81/1。', 'footnote.placement'), []);
	});

	it('wants the marker before the punctuation in French, Spanish and Russian', () => {
		const french = fixture('L’Assemblée générale,\n\nRappelant le rapport⟦,¹⟧\n\n1. Décide.\n\n¹ A/81/1.');
		assert.deepEqual(lint(french.text, 'footnote.placement').map(d => d.span), french.ranges);
		assert.deepEqual(lint('La Asamblea General,\n\nRecordando el informe¹,\n\n1. Decide.\n\n¹ A/81/1.', 'footnote.placement'), []);
		assert.deepEqual(lint('Генеральная Ассамблея,\n\nссылаясь на доклад¹,\n\n1. постановляет.\n\n¹ A/81/1.', 'footnote.placement'), []);
	});
});

describe('punctuation.spacing', () => {
	it('asks French for a no-break space before ; and :', () => {
		const { text, ranges } = fixture('L’Assemblée générale,\n\n1. Décide⟦:⟧\n\na) De tenir une réunion⟦ ;⟧\n\nb) De faire rapport\u00a0: avant la session.');
		const found = lint(text, 'punctuation.spacing');
		assert.deepEqual(found.map(d => [d.span, d.severity]), ranges.map(range => [range, 'information']));
		assert.deepEqual(found[1].fixes, [{ fix: 'replace', span: ranges[1], text: '\u00a0;', title: 'Put a no-break space before the mark' }]);
	});

	it('is silent in other languages and on web addresses and times', () => {
		assert.deepEqual(lint('The General Assembly,\n\n1. Decides: to act;\n\n2. Requests.', 'punctuation.spacing'), []);
		assert.deepEqual(lint('L’Assemblée générale,\n\n1. Décide de consulter http://example.org à 10:00\u00a0;\n\n2. Prie.', 'punctuation.spacing'), []);
	});
});
