import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyTextEdits, parseResolution } from '../../../server/src/languageService';
import { insertFootnote } from '../../../server/src/languageService/features/insertFootnote';
import { fixture } from '../../support/fixture';

/** Inserts a footnote at `$0` and returns the new text, with the marker and the new text as they stand in it. */
function insertAtCursor(source: string) {
	const { text, cursor } = fixture(source);
	const insertion = insertFootnote(parseResolution(text), cursor!);
	const after = applyTextEdits(text, insertion.edits);
	return { ...insertion, after, marker: after.slice(insertion.marker.start, insertion.marker.end), footnote: after.slice(insertion.text.start, insertion.text.end) };
}

describe('insert footnote', () => {
	it('numbers the footnote after those cited before it, moves the later ones up and creates its text in place', () => {
		const result = insertAtCursor(`
			The General Assembly,

			Recalling its resolution 70/1,¹

			Noting the report,$0

			1. Decides to act;²

			¹ Resolution 70/1.
			² A/80/1.
		`);
		assert.equal(result.number, 2);
		assert.equal(result.marker, '²');
		assert.equal(result.footnote, 'Text of footnote 2.');
		assert.match(result.after, /Noting the report,²\n/);
		assert.match(result.after, /Decides to act;³\n/);
		assert.match(result.after, /¹ Resolution 70\/1\.\n² Text of footnote 2\.\n³ A\/80\/1\.\n$/);
	});

	it('gives a draft without footnotes its first one, before the closing formula, in Chinese', () => {
		const result = insertAtCursor(`
			大会，

			回顾其第 70/1 号决议，$0

			1. 决定继续处理此案。

			2018年12月20日
			第62次全体会议
		`);
		assert.equal(result.number, 1);
		assert.equal(result.marker, '¹');
		assert.equal(result.footnote, '脚注1的案文。');
		assert.match(result.after, /回顾其第 70\/1 号决议，¹\n/);
		assert.ok(result.after.indexOf('¹ 脚注1的案文。') < result.after.indexOf('2018年12月20日'), result.after);
	});

	it('writes Markdown footnotes as Markdown', () => {
		const result = insertAtCursor(`
			The General Assembly,

			Recalling its resolution 70/1,[^1]

			1. Decides to act;$0

			[^1]: Resolution 70/1.
		`);
		assert.equal(result.marker, '[^2]');
		assert.match(result.after, /\[\^2\]: Text of footnote 2\./);
	});

	it('stays inside the text when the offset is not', () => {
		const { text } = fixture('The General Assembly,\n\n1. Decides to act.\n');
		const insertion = insertFootnote(parseResolution(text), 10_000);
		assert.equal(insertion.number, 1);
		assert.ok(applyTextEdits(text, insertion.edits).includes('Decides to act.\n¹'));
	});
});
