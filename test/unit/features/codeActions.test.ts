import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import {
	getFixAllAction, getQuickFixes, isKindRequested, lacksFixData, restoreFixData,
} from '../../../server/src/languageService/features/codeActions';
import { footnotePlaceholder } from '../../../server/src/languageService/features/fixes/newFootnote';
import { apply, check, editsOf, quickFixes, URI } from '../../support/codeActions';
import { CLEAN_ENGLISH } from '../../support/defectiveDrafts';

const only = (text: string, code: string) => {
	const checked = check(text);
	return { checked, actions: quickFixes(checked, checked.diagnostics.filter(d => d.code === code)) };
};

describe('quick fixes: renumbering', () => {
	it('renumbers the operative paragraphs once for every break it repairs', () => {
		const text = 'The General Assembly,\n\n1. Welcomes;\n\n2. Notes;\n\n4. Invites;\n\n5. Urges;\n\n7. Decides.';
		const { checked, actions } = only(text, 'numbering.operative');
		assert.equal(checked.diagnostics.length, 2);
		assert.equal(actions.length, 1);
		assert.equal(actions[0].title, 'Renumber the operative paragraphs');
		assert.equal(actions[0].kind, 'quickfix');
		assert.equal(actions[0].diagnostics?.length, 2);
		assert.equal(actions[0].isPreferred, true);
		assert.equal(apply(text, actions[0]), 'The General Assembly,\n\n1. Welcomes;\n\n2. Notes;\n\n3. Invites;\n\n4. Urges;\n\n5. Decides.');
	});

	it('removes the number of a single operative paragraph', () => {
		const text = 'The General Assembly,\n\nNoting the report,\n\n1. Decides to remain seized of the matter.';
		const { actions } = only(text, 'numbering.operative');
		assert.equal(apply(text, actions[0]), 'The General Assembly,\n\nNoting the report,\n\nDecides to remain seized of the matter.');
	});

	it('relabels the sub-paragraphs of the paragraph in question only', () => {
		const text = 'The General Assembly,\n\n1. Requests:\n\n(a) To act;\n\n(c) To report;\n\n2. Invites:\n\n(a) States;\n\n(c) Others.';
		const checked = check(text);
		const first = checked.diagnostics.filter(d => d.code === 'numbering.subparagraph' && d.range.start.line === 6);
		const actions = quickFixes(checked, first);
		assert.equal(actions.length, 1);
		assert.equal(actions[0].title, 'Renumber the sub-paragraphs of this paragraph');
		assert.equal(apply(text, actions[0]), text.replace('(c) To report', '(b) To report'));
	});

	it('renumbers footnote markers and texts together, in order of first appearance', () => {
		const text = 'The General Assembly,\n\nRecalling its resolution,²\n\nNoting the report,¹\n\n1. Decides.\n\n¹ A/80/1.\n² A/80/2.';
		const { actions } = only(text, 'footnote.order');
		assert.equal(actions[0].title, 'Renumber the footnotes in order of first appearance');
		assert.equal(apply(text, actions[0]),
			'The General Assembly,\n\nRecalling its resolution,¹\n\nNoting the report,²\n\n1. Decides.\n\n¹ A/80/2.\n² A/80/1.');
	});
});

describe('quick fixes: replacements and insertions', () => {
	it('replaces a wrong ending and inserts a missing one', () => {
		const replaced = 'The General Assembly,\n\nNoting the report;\n\n1. Decides.';
		assert.equal(apply(replaced, only(replaced, 'punctuation.preambular').actions[0]), replaced.replace('report;', 'report,'));
		const inserted = '大会，\n\n1. 欢迎该报告\n\n2. 决定继续处理此案。';
		const { actions } = only(inserted, 'punctuation.operative');
		assert.equal(actions[0].title, 'End the paragraph with "；"');
		assert.equal(apply(inserted, actions[0]), inserted.replace('欢迎该报告', '欢迎该报告；'));
	});

	it('removes a Word field error', () => {
		const text = 'The General Assembly,\n\n1. Recalls paragraph Error! Bookmark not defined. above;\n\n2. Decides.';
		const { actions } = only(text, 'artifact.field-error');
		assert.equal(actions[0].title, 'Remove the field error text');
		assert.equal(apply(text, actions[0]), text.replace('Error! Bookmark not defined.', ''));
	});
});

describe('quick fixes: creating a missing footnote text', () => {
	const created = (text: string) => apply(text, only(text, 'footnote.undefined').actions[0]);

	it('adds the text after the last footnote, in the superscript style of the others', () => {
		const text = CLEAN_ENGLISH.replace('the report;', 'the report;³');
		assert.match(created(text), new RegExp(`² A/80/245\\.\\n³ ${footnotePlaceholder('en', 3)}\\n\\n70th plenary`));
	});

	it('keeps the numbers in order when the missing footnote falls between two others', () => {
		const text = 'The General Assembly,\n\nNoting,¹ recalling² and welcoming,³\n\n1. Decides.\n\n¹ A/80/1.\n³ A/80/3.';
		assert.equal(created(text), text.replace('¹ A/80/1.', `¹ A/80/1.\n² ${footnotePlaceholder('en', 2)}`));
	});

	it('writes a Markdown definition, with the blank lines between definitions, for a Markdown draft', () => {
		const text = 'The General Assembly,\n\nNoting,[^1] recalling[^2] and welcoming,[^3]\n\n1. Decides.\n\n[^1]: A/80/1.\n\n[^2]: A/80/2.\n';
		assert.equal(created(text), text.replace(/\n$/, `\n\n[^3]: ${footnotePlaceholder('en', 3)}\n`));
	});

	it('starts the footnotes before the closing formula, or at the end without one', () => {
		const closing = 'The General Assembly,\n\nNoting the report,¹\n\n1. Decides.\n\n70th plenary meeting\n22 December 2025\n';
		assert.equal(created(closing), closing.replace('70th', `¹ ${footnotePlaceholder('en', 1)}\n\n70th`));
		const arabic = 'إن الجمعية العامة،\n\nإذ تشير إلى الاتفاقية⁽¹⁾،\n\n1 - تقرر مواصلة العمل.';
		assert.equal(created(arabic), `${arabic}\n\n⁽¹⁾ ${footnotePlaceholder('ar', 1)}`);
	});

	it('keeps Windows line ends', () => {
		const text = CLEAN_ENGLISH.replace('the report;', 'the report;³').replace(/\n/g, '\r\n');
		assert.match(created(text), /² A\/80\/245\.\r\n³ Text of footnote 3\.\r\n\r\n70th/);
	});

	it('creates a text the parser links to the marker', () => {
		const text = 'The General Assembly,\n\nNoting the report,¹\n\n1. Welcomes the report;\n\n2. Decides to continue.';
		assert.deepEqual(check(created(text)).findings, []);
	});
});

describe('quick fixes: what the client sends back', () => {
	const text = 'The General Assembly,\n\nNoting the report;\n\n1. Welcomes the report;\n\n2. Decides.';

	it('offers nothing for diagnostics computed for another version of the text', () => {
		const checked = check(text);
		assert.deepEqual(getQuickFixes(checked.resolution, { uri: URI, version: 2, diagnostics: checked.diagnostics }), []);
		assert.equal(getQuickFixes(checked.resolution, { uri: URI, diagnostics: checked.diagnostics }).length, 1);
	});

	it('restores the fixes of diagnostics a client sent back without data, matching code and range', () => {
		const checked = check(text);
		const stripped = checked.diagnostics.map(({ data: _data, source: _source, ...rest }) => rest);
		assert.ok(lacksFixData(stripped));
		assert.deepEqual(quickFixes(checked, stripped), []);
		assert.equal(quickFixes(checked, restoreFixData(stripped, checked.diagnostics)).length, 1);
		const moved = stripped.map(diagnostic => ({ ...diagnostic, range: { start: diagnostic.range.end, end: diagnostic.range.end } }));
		assert.deepEqual(quickFixes(checked, restoreFixData(moved, checked.diagnostics)), []);
		assert.ok(!lacksFixData(checked.diagnostics.filter(diagnostic => diagnostic.data !== undefined)));
	});

	it('ignores other sources and malformed data instead of throwing', () => {
		const checked = check(text);
		const [diagnostic] = checked.diagnostics;
		const forged: Diagnostic[] = [
			{ ...diagnostic, source: 'another linter' },
			{ ...diagnostic, data: 'nonsense' },
			{ ...diagnostic, data: { version: 1, fixes: [{ fix: 'replace', span: { start: 5, end: 99_999 }, text: '', title: 'x' }] } },
			{ ...diagnostic, data: { version: 1, fixes: [{ fix: 'insert', offset: -1, text: ',', title: 'x' }, { fix: 'drop-table' }, null] } },
			{ ...diagnostic, data: { version: 1, fixes: [{ fix: 'create-footnote', number: 1.5 }, { fix: 'renumber-subparagraphs' }] } },
		];
		assert.deepEqual(quickFixes(checked, forged), []);
	});
});

describe('fix all', () => {
	it('applies every numbering and punctuation fix at once and leaves wording to the drafter', () => {
		const text = [
			'The General Assembly', '', 'Noting the report;²', '', 'Recalling its resolution,¹', '',
			'1. Requests:', '', '(a) To act;', '', '(c) To report;', '',
			'3. Welcomes the work Error! Bookmark not defined. done,', '', '3. Decides;', '', '¹ A/80/1.', '² A/80/2.',
		].join('\n');
		const checked = check(text);
		const action = getFixAllAction(checked.resolution, URI, checked.findings)!;
		assert.equal(action.kind, 'source.fixAll.unResolution');
		assert.equal(apply(text, action), [
			'The General Assembly,', '', 'Noting the report,¹', '', 'Recalling its resolution,²', '',
			'1. Requests:', '', '(a) To act;', '', '(b) To report;', '',
			'2. Welcomes the work Error! Bookmark not defined. done;', '', '3. Decides.', '', '¹ A/80/2.', '² A/80/1.',
		].join('\n'));
		assert.deepEqual(check(apply(text, action)).findings.map(finding => finding.code), ['artifact.field-error']);
	});

	it('offers nothing when there is nothing safe to fix, and nothing for rules switched off', () => {
		assert.equal(getFixAllAction(check(CLEAN_ENGLISH).resolution, URI, check(CLEAN_ENGLISH).findings), undefined);
		const undefinedFootnote = check(CLEAN_ENGLISH.replace('the report;', 'the report;³'));
		assert.equal(getFixAllAction(undefinedFootnote.resolution, URI, undefinedFootnote.findings), undefined);
		const semicolon = check(CLEAN_ENGLISH.replace('matter.', 'matter;'), { rules: { 'punctuation.final': 'off' } });
		assert.equal(getFixAllAction(semicolon.resolution, URI, semicolon.findings), undefined);
	});

	it('never returns overlapping edits', () => {
		const text = 'The General Assembly,\n\n2. Notes;\n\n2. Decides;';
		const checked = check(text);
		const edits = editsOf(getFixAllAction(checked.resolution, URI, checked.findings)!);
		const offsets = edits.map(edit => [edit.range.start.line, edit.range.start.character, edit.range.end.line, edit.range.end.character]);
		for (let index = 1; index < offsets.length; index++) {
			const [previousEndLine, previousEndCharacter] = offsets[index - 1].slice(2);
			const [startLine, startCharacter] = offsets[index];
			assert.ok(startLine > previousEndLine || (startLine === previousEndLine && startCharacter >= previousEndCharacter));
		}
		assert.equal(apply(text, getFixAllAction(checked.resolution, URI, checked.findings)!), 'The General Assembly,\n\n1. Notes;\n\n2. Decides.');
	});
});

describe('code action kinds', () => {
	it('matches a requested kind and the kinds below it', () => {
		assert.ok(isKindRequested(undefined, 'quickfix'));
		assert.ok(isKindRequested(['source.fixAll'], 'source.fixAll.unResolution'));
		assert.ok(isKindRequested(['source'], 'source.fixAll.unResolution'));
		assert.ok(isKindRequested(['source.fixAll.unResolution'], 'source.fixAll.unResolution'));
		assert.ok(!isKindRequested(['quickfix'], 'source.fixAll.unResolution'));
		assert.ok(!isKindRequested(['source.fixAll.unRes'], 'source.fixAll.unResolution'));
		assert.ok(!isKindRequested(['source.fixAll'], 'quickfix'));
	});
});
