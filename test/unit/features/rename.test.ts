import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import { applyTextEdits } from '../../../server/src/languageService';
import { isRefusal, prepareFootnoteRename, renameFootnote } from '../../../server/src/languageService/features/navigation/rename';
import { navigationFixture, rangeText } from '../../support/navigation';

function renamed(source: string, newName: string): string {
	const input = navigationFixture(source);
	const result = renameFootnote(input.resolution, input.document, input.position, newName);
	assert.ok(result && !isRefusal(result), `the rename was refused: ${JSON.stringify(result)}`);
	return applyTextEdits(input.text, (result as WorkspaceEdit).changes![input.document.uri]);
}

describe('renaming a footnote number', () => {
	it('changes every marker and the label together, from a marker', () => {
		const source = 'The General Assembly,\n\nRecalling,¹$0\n\n1. Decides,¹ and notes;²\n\n¹ See A/60/687.\n² A/73/66.\n';
		assert.equal(renamed(source, '5'), 'The General Assembly,\n\nRecalling,⁵\n\n1. Decides,⁵ and notes;²\n\n⁵ See A/60/687.\n² A/73/66.\n');
	});

	it('works from the label of the footnote text, and in a Chinese draft', () => {
		const source = '大会，\n\n回顾，¹\n\n1. 决定。¹\n\n$0¹ 见 A/60/687。\n';
		assert.equal(renamed(source, '3'), '大会，\n\n回顾，³\n\n1. 决定。³\n\n³ 见 A/60/687。\n');
	});

	it('keeps each marker\'s way of writing: Markdown references and two-digit superscripts', () => {
		const markdown = 'The General Assembly,\n\n1. Decides;[^2]$0\n\n[^2]: See A/60/687.\n';
		assert.equal(renamed(markdown, '12'), 'The General Assembly,\n\n1. Decides;[^12]\n\n[^12]: See A/60/687.\n');
		const superscript = 'The General Assembly,\n\n1. Decides;¹²$0\n\n¹² See A/60/687.\n';
		assert.equal(renamed(superscript, '⁷'), 'The General Assembly,\n\n1. Decides;⁷\n\n⁷ See A/60/687.\n');
	});

	it('selects only the digits for the new name', () => {
		const input = navigationFixture('The General Assembly,\n\n1. Decides;[^2]$0\n\n[^2]: See A/60/687.\n');
		const prepared = prepareFootnoteRename(input.resolution, input.document, input.position)!;
		assert.equal(rangeText(input.document, prepared.range), '2');
		assert.equal(prepared.placeholder, '2');
	});

	it('refuses a number another footnote uses, and a name that is no number, in the draft\'s language', () => {
		const english = navigationFixture('The General Assembly,\n\n1. Decides;¹$0 notes;²\n\n¹ A.\n² B.\n');
		const taken = renameFootnote(english.resolution, english.document, english.position, '2');
		assert.ok(isRefusal(taken));
		assert.match(taken.refused, /Footnote 2 already exists/);
		const word = renameFootnote(english.resolution, english.document, english.position, 'two');
		assert.ok(isRefusal(word));
		assert.match(word.refused, /"two" is not a footnote number/);
		const zero = renameFootnote(english.resolution, english.document, english.position, '0');
		assert.ok(isRefusal(zero));
		const chinese = navigationFixture('大会，\n\n1. 决定，¹$0 注意到²\n\n¹ 甲。\n² 乙。\n');
		const refused = renameFootnote(chinese.resolution, chinese.document, chinese.position, '2');
		assert.ok(isRefusal(refused));
		assert.equal(refused.refused, '脚注 2 已经存在；两个脚注会合并为一个。');
	});

	it('offers no rename away from footnotes, nor in the prose of a footnote text', () => {
		const input = navigationFixture('The General Assembly,\n\n1. Dec$0ides;¹\n\n¹ See A/60/687.\n');
		assert.equal(prepareFootnoteRename(input.resolution, input.document, input.position), undefined);
		assert.equal(renameFootnote(input.resolution, input.document, input.position, '3'), undefined);
		const prose = navigationFixture('The General Assembly,\n\n1. Decides;¹\n\n¹ See A/6$00/687.\n');
		assert.equal(prepareFootnoteRename(prose.resolution, prose.document, prose.position), undefined);
	});
});
