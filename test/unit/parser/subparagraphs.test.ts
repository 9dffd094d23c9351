import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseResolution, type SubParagraph } from '../../../server/src/languageService';

type Tree = Array<[string, number, Tree]>;

function tree(list: readonly SubParagraph[]): Tree {
	return list.map(sub => [sub.label, sub.level, tree(sub.children)]);
}

function operativeTree(text: string, index = 0): Tree {
	return tree(parseResolution(text).operative[index].subParagraphs);
}

describe('sub-paragraphs', () => {
	it('nests (i)-level items under the (a)-level item above them', () => {
		const text = 'The General Assembly,\n\n1. Decides:\n\n(a) To hold a meeting;\n\n(b) To invite:\n\n(i) Member States;\n\n(ii) Observers;\n\n(c) To report back;\n\n2. Requests a report.';
		assert.deepEqual(operativeTree(text), [
			['(a)', 1, []], ['(b)', 1, [['(i)', 2, []], ['(ii)', 2, []]]], ['(c)', 1, []],
		]);
	});

	it('reads "(i)" after "(h)" as the letter i, and "(v)" after "(iv)" as the numeral five', () => {
		const letters = ['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)', '(h)', '(i)', '(j)'].map(label => `${label} Item;`).join('\n\n');
		assert.deepEqual(operativeTree(`The General Assembly,\n\n1. Lists:\n\n${letters}`).map(item => item[1]), Array(10).fill(1));
		const numerals = '(a) First;\n\n(i) One;\n\n(ii) Two;\n\n(iii) Three;\n\n(iv) Four;\n\n(v) Five;\n\n(b) Second;';
		assert.deepEqual(operativeTree(`The General Assembly,\n\n1. Lists:\n\n${numerals}`), [
			['(a)', 1, [['(i)', 2, []], ['(ii)', 2, []], ['(iii)', 2, []], ['(iv)', 2, []], ['(v)', 2, []]]], ['(b)', 1, []],
		]);
	});

	it('reads the French and Spanish styles a) and i), and the Cyrillic "а)" typed for a Latin one', () => {
		const french = 'L’Assemblée générale,\n\n1. Décide :\n\na) De tenir une réunion ;\n\ni) en mars ;\n\nii) en juin ;\n\nb) De faire rapport.';
		assert.deepEqual(operativeTree(french), [['a)', 1, [['i)', 2, []], ['ii)', 2, []]]], ['b)', 1, []]]);
		const russian = parseResolution('Генеральная Ассамблея,\n\n1. постановляет:\n\nа) провести совещание;\n\nb) представить доклад.');
		assert.deepEqual(russian.operative[0].subParagraphs.map(sub => sub.ordinal), [1, 2]);
	});

	it('reads Arabic letters with the quoted numerals below them, and the Chinese ㈠ level', () => {
		const arabic = 'إن الجمعية العامة،\n\n1 - تقرر ما يلي:\n\n(أ) عقد اجتماع؛\n\n’1‘ في آذار/مارس؛\n\n’2‘ في حزيران/يونيه؛\n\n(ب) تقديم تقرير.';
		assert.deepEqual(operativeTree(arabic), [['(أ)', 1, [['’1‘', 2, []], ['’2‘', 2, []]]], ['(ب)', 1, []]]);
		const chinese = '大会，\n\n1. 决定：\n\n(a) 举行会议；\n\n㈠ 三月；\n\n㈡ 六月；\n\n(b) 提交报告。';
		const resolution = parseResolution(chinese);
		assert.deepEqual(tree(resolution.operative[0].subParagraphs), [['(a)', 1, [['㈠', 2, []], ['㈡', 2, []]]], ['(b)', 1, []]]);
		assert.deepEqual(resolution.operative[0].subParagraphs[0].children.map(sub => sub.ordinal), [1, 2]);
	});

	it('reads the third and fourth levels a. and i. below (i)', () => {
		const text = 'The General Assembly,\n\n1. Decides:\n\n(a) First;\n\n(i) One:\n\na. Alpha:\n\ni. Deepest;\n\nb. Beta;\n\n(b) Second.';
		assert.deepEqual(operativeTree(text), [
			['(a)', 1, [['(i)', 2, [['a.', 3, [['i.', 4, []]]], ['b.', 3, []]]]]], ['(b)', 1, []],
		]);
	});

	it('attaches sub-paragraphs of the preamble to their preambular paragraph', () => {
		const text = 'The General Assembly,\n\nNoting the following:\n\n(a) The report;\n\n(b) The annex,\n\n1. Decides to act.';
		const resolution = parseResolution(text);
		assert.equal(resolution.preamble[0].subParagraphs.length, 2);
		assert.equal(resolution.operative.length, 1);
	});

	it('reports a lettered item with no paragraph above it as unclassified', () => {
		const resolution = parseResolution('(a) A stray item;');
		assert.equal(resolution.unclassified.length, 1);
	});
});
