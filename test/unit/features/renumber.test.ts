import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TextEdit } from 'vscode-languageserver-types';
import {
	applyTextEdits, parseResolution, renumberAll, renumberFootnotes, renumberOperative, renumberSubParagraphs, type Resolution,
} from '../../../server/src/languageService';
import { fixture } from '../../support/fixture';
import { corpusFiles, corpusSkip, readCorpusFile } from '../../support/corpus';
import { lint } from '../../support/lint';

const renumbered = (text: string, edit: (resolution: Resolution) => TextEdit[] = renumberAll) =>
	applyTextEdits(text, edit(parseResolution(text)));

describe('renumbering operative paragraphs', () => {
	it('closes gaps and duplicates and makes "paragraph N above" follow its paragraph', () => {
		const { text } = fixture(`
			The General Assembly,

			Noting the work of the task force,

			1. Welcomes the report of the task force;

			3. Invites Member States to share their experience;

			3. Requests the secretariat to compile the experience shared under paragraph 3 above;

			4. Decides to review the matter, taking into account paragraphs 1 and 3 above and paragraph 12 of resolution 70/1.
		`);
		const result = renumbered(text, renumberOperative);
		assert.match(result, /\n2\. Invites/);
		assert.match(result, /\n3\. Requests/);
		// "3" names two paragraphs, so the reference to it cannot be resolved and stays as written.
		assert.match(result, /under paragraph 3 above/);
		assert.match(result, /paragraphs 1 and 3 above and paragraph 12 of resolution 70\/1/);
	});

	it('moves references in English and Chinese when a paragraph is inserted', () => {
		const english = fixture(`
			The General Assembly,

			1. Welcomes the report;

			1. Notes the new proposal;

			2. Invites Member States to implement paragraph 1 above;

			3. Requests the Secretary-General to report on paragraph 2 of the present resolution.
		`).text;
		const result = renumbered(english, renumberOperative);
		assert.match(result, /4\. Requests the Secretary-General to report on paragraph 3 of the present resolution\./);
		const chinese = '大会，\n\n1. 欢迎报告；\n\n3. 请会员国落实上文第 3 段和第4段；\n\n4. 请秘书长就第 3 段和第 70/1 号决议第 3 段的执行情况提出报告。';
		assert.equal(renumbered(chinese, renumberOperative),
			'大会，\n\n1. 欢迎报告；\n\n2. 请会员国落实上文第 2 段和第3段；\n\n3. 请秘书长就第 2 段和第 70/1 号决议第 3 段的执行情况提出报告。');
	});

	it('moves references in French, Spanish, Russian and Arabic too', () => {
		const drafts: Array<[string, RegExp]> = [
			['L’Assemblée générale,\n\n1. Décide;\n\n1. Note;\n\n2. Prie de donner suite au paragraphe 2 ci-dessus.', /au paragraphe 3 ci-dessus/],
			['La Asamblea General,\n\n1. Decide;\n\n1. Observa;\n\n2. Solicita aplicar el párrafo 2 supra.', /el párrafo 3 supra/],
			['Генеральная Ассамблея,\n\n1. постановляет;\n\n1. отмечает;\n\n2. просит выполнить пункт 2 выше.', /пункт 3 выше/],
			['إن الجمعية العامة،\n\n1 - تقرر؛\n\n1 - تلاحظ؛\n\n2 - تطلب تنفيذ الفقرة 2 أعلاه.', /الفقرة 3 أعلاه/],
		];
		for (const [text, expected] of drafts) {
			assert.match(renumbered(text, renumberOperative), expected);
		}
	});

	it('keeps the restart of each lettered part and the digits the drafter used', () => {
		const text = 'The General Assembly,\n\nA\n\nFirst part\n\n1. Welcomes;\n\n3. Notes;\n\nB\n\nSecond part\n\n1. Decides;\n\n1. Requests.';
		assert.equal(renumbered(text, renumberOperative),
			'The General Assembly,\n\nA\n\nFirst part\n\n1. Welcomes;\n\n2. Notes;\n\nB\n\nSecond part\n\n1. Decides;\n\n2. Requests.');
		const arabic = 'إن الجمعية العامة،\n\n١ - ترحب بالتقرير؛\n\n٣ - تقرر مواصلة النظر.';
		assert.match(renumbered(arabic, renumberOperative), /\n٢ - تقرر/);
	});

	it('leaves a "bis" paragraph of the negotiations alone', () => {
		const text = 'The General Assembly,\n\n1. Welcomes;\n\n1 bis. Notes;\n\n2. Decides.';
		assert.deepEqual(renumberOperative(parseResolution(text)), []);
	});
});

describe('renumbering sub-paragraphs', () => {
	it('relabels each level in its style, in one paragraph or everywhere', () => {
		const { text } = fixture(`
			The General Assembly,

			1. Encourages Member States:

			(a) To invest in skills;

			(c) To support open standards, including:

			(i) Open data;

			(iii) Shared registries;

			b) To strengthen infrastructure;

			2. Decides:

			(b) To act;
		`);
		const resolution = parseResolution(text);
		const first = applyTextEdits(text, renumberSubParagraphs(resolution, resolution.operative[0]));
		assert.match(first, /\(b\) To support[\s\S]*\(ii\) Shared[\s\S]*\(c\) To strengthen[\s\S]*\(b\) To act/);
		assert.match(renumbered(text, resolution => renumberSubParagraphs(resolution)), /2\. Decides:\n\n\(a\) To act/);
	});

	it('writes a list in the style its language uses at that level, as the numbering diagnostic expects', () => {
		const english = 'The General Assembly,\n\n1. Encourages States:\n\na) To invest;\n\nb) To share;';
		assert.match(renumbered(english, resolution => renumberSubParagraphs(resolution)), /\(a\) To invest;\n\n\(b\) To share;/);
		const french = 'L’Assemblée générale,\n\n1. Encourage les États :\n\n(a) À investir ;\n\n(b) À partager ;';
		assert.match(renumbered(french, resolution => renumberSubParagraphs(resolution)), /\na\) À investir ;\n\nb\) À partager ;/);
	});

	it('writes Chinese ㈠ and （一） lists and Arabic lists in their own form', () => {
		const chinese = '大会，\n\n1. 鼓励会员国：\n\n(a) 投资；\n\n㈠ 开放数据；\n\n㈢ 共享登记册；\n\n（一）甲；\n\n（三）乙。';
		const result = renumbered(chinese, resolution => renumberSubParagraphs(resolution));
		assert.match(result, /㈡ 共享登记册/);
		const arabic = 'إن الجمعية العامة،\n\n1 - تشجع الدول:\n\n(أ) الاستثمار؛\n\n(ج) الدعم.';
		assert.match(renumbered(arabic, resolution => renumberSubParagraphs(resolution)), /\(ب\) الدعم/);
	});
});

describe('renumbering footnotes', () => {
	it('numbers in order of first appearance, markers and texts together, keeping reused markers', () => {
		const { text } = fixture(`
			The General Assembly,

			Recalling the Convention,³ and its Protocol,¹

			1. Welcomes the report;³ ⁽¹⁾

			¹ A/81/200.
			³ United Nations, Treaty Series, vol. 9999.
		`);
		const result = renumbered(text, renumberFootnotes);
		assert.match(result, /Convention,¹ and its Protocol,²/);
		assert.match(result, /report;¹ ⁽²⁾/);
		// The block is put back in numerical order: the treaty (first cited) becomes 1 and moves up.
		assert.match(result, /¹ United Nations, Treaty Series, vol\. 9999\.\n² A\/81\/200\./);
	});

	it('renumbers Chinese superscripts and Markdown footnotes', () => {
		const chinese = '大会，\n\n回顾其决议，²\n\n1. 决定继续审议。¹⁰\n\n² 第 80/5 号决议。\n¹⁰ A/81/9。';
		assert.equal(renumbered(chinese, renumberFootnotes), '大会，\n\n回顾其决议，¹\n\n1. 决定继续审议。²\n\n¹ 第 80/5 号决议。\n² A/81/9。');
		const markdown = 'The General Assembly,\n\nNoting the report,[^2]\n\n1. Decides.\n\n[^2]: A/81/300.';
		assert.equal(renumbered(markdown, renumberFootnotes), 'The General Assembly,\n\nNoting the report,[^1]\n\n1. Decides.\n\n[^1]: A/81/300.');
	});
});

describe('renumbering everything', () => {
	it('is idempotent: a renumbered text needs no further edit', () => {
		const text = 'The General Assembly,\n\nNoting,²\n\n2. Welcomes:\n\n(b) One;\n\n(d) Two;\n\n2. Decides, recalling paragraph 2 above.¹\n\n¹ A/1.\n² A/2.';
		const once = renumbered(text);
		assert.deepEqual(renumberAll(parseResolution(once)), []);
		assert.match(once, /^1\. Welcomes:\n\n\(a\) One;\n\n\(b\) Two;\n\n2\. Decides/m);
	});

	it('finds nothing to do in the official texts', { skip: corpusSkip }, () => {
		for (const file of corpusFiles()) {
			const edits = renumberAll(parseResolution(readCorpusFile(file)));
			assert.deepEqual(edits.map(edit => `${file}:${edit.range.start.line + 1}: ${edit.newText}`), []);
		}
	});
});

describe('renumbering footnotes: the order of the texts', () => {
	it('puts the texts of a footnote block back in numerical order, keeping its line breaks', () => {
		const text = 'The General Assembly,\n\nRecalling the study,² and the report,¹\n\n1. Decides to act.\n\n¹ A/81/1.\r\n² A/81/2.';
		const result = renumbered(text, renumberFootnotes);
		assert.equal(result, 'The General Assembly,\n\nRecalling the study,¹ and the report,²\n\n1. Decides to act.\n\n¹ A/81/2.\r\n² A/81/1.');
		assert.deepEqual(lint(result).filter(d => d.code.startsWith('footnote.')), []);
	});

	it('leaves footnote texts that stand apart, at the bottoms of pages, where they are', () => {
		const text = '大会，\n\n回顾研究，²\n\n¹ A/81/1。\n\n注意到报告，¹\n\n² A/81/2。\n\n1. 决定。';
		assert.equal(renumbered(text, renumberFootnotes), '大会，\n\n回顾研究，¹\n\n² A/81/1。\n\n注意到报告，²\n\n¹ A/81/2。\n\n1. 决定。');
	});
});
