import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { getFixAllAction } from '../../../server/src/languageService/features/codeActions';
import { apply, check, countByCode, editsOf, quickFixes, URI, type Checked } from '../../support/codeActions';
import { CLEAN_CHINESE, CLEAN_ENGLISH, CLEAN_FRENCH, DEFECTIVE_DRAFTS } from '../../support/defectiveDrafts';

/**
 * Fixes never lose text: every fix offered on every defective draft is applied, and the result must re-parse with
 * fewer problems of the fixed code, no problem of a new kind, and every non-whitespace character outside the
 * edited ranges where it was. Inside the ranges, a fix may drop only a few characters it does not write back, or
 * a Word field error; anything more would be the drafter's words.
 */
describe('fixes never lose text', () => {
	it('starts from clean drafts, so that each defective one has exactly its own defect', () => {
		for (const clean of [CLEAN_ENGLISH, CLEAN_CHINESE, CLEAN_FRENCH]) {
			assert.deepEqual(check(clean).findings, []);
		}
	});

	for (const draft of DEFECTIVE_DRAFTS) {
		it(`${draft.name} (${draft.code})`, () => {
			const checked = check(draft.text);
			const diagnostics = checked.diagnostics.filter(diagnostic => diagnostic.code === draft.code);
			const actions = quickFixes(checked, diagnostics);
			assert.ok(actions.length > 0, `no fix offered for ${draft.code}`);
			for (const action of actions) {
				const after = check(apply(draft.text, action));
				assertFewerProblems(checked, after, draft.code, action.title);
				assertOnlyEditedRangesChanged(checked, editsOf(action), after.text);
			}
		});
	}

	it('fix all on every defective draft', () => {
		let fixed = 0;
		for (const draft of DEFECTIVE_DRAFTS) {
			const checked = check(draft.text);
			const action = getFixAllAction(checked.resolution, URI, checked.findings);
			if (action) {
				fixed++;
				const after = check(apply(draft.text, action));
				assertFewerProblems(checked, after, draft.code, `${draft.name}: fix all`);
				assertOnlyEditedRangesChanged(checked, editsOf(action), after.text);
			}
		}
		// Every draft whose defect is in numbering, an ending, or the order or placement of footnotes has a safe fix;
		// the others change wording, remove text or add a placeholder, which the drafter does one by one.
		assert.equal(fixed, DEFECTIVE_DRAFTS.filter(draft => /^(?:numbering|footnote\.(?:order|placement)|punctuation)/.test(draft.code)).length);
	});
});

function assertFewerProblems(before: Checked, after: Checked, code: string, title: string): void {
	const counts = countByCode(before.findings);
	const remaining = countByCode(after.findings);
	assert.ok((remaining.get(code) ?? 0) < (counts.get(code) ?? 0), `"${title}" left every ${code} problem in place`);
	for (const [other, count] of remaining) {
		assert.ok(count <= (counts.get(other) ?? 0), `"${title}" introduced ${other}: ${JSON.stringify(after.findings)}`);
	}
}

/**
 * What a fix may take out of the text: the characters it removes and does not write back (a number for another
 * number, "ing" for "es", a bracket, an emphasis mark, a slash) are at most a few, unless they are a field error.
 */
function removable(checked: Checked, removed: string, inserted: string): boolean {
	const visible = (text: string) => [...text.replace(/\s/g, '')];
	const lost = visible(removed);
	for (const character of visible(inserted)) {
		const index = lost.indexOf(character);
		if (index >= 0) {
			lost.splice(index, 1);
		}
	}
	return lost.length <= 4 || checked.resolution.artefacts.some(artefact => artefact.text.trim() === removed.trim());
}

function assertOnlyEditedRangesChanged(before: Checked, edits: readonly TextEdit[], result: string): void {
	const document = TextDocument.create(URI, 'un-resolution', 1, before.text);
	const spans = edits
		.map(edit => ({ start: document.offsetAt(edit.range.start), end: document.offsetAt(edit.range.end), newText: edit.newText }))
		.sort((a, b) => a.start - b.start);
	let expected = '';
	let position = 0;
	for (const span of spans) {
		assert.ok(span.start >= position, 'edits overlap');
		const removed = before.text.slice(span.start, span.end);
		assert.ok(removable(before, removed, span.newText), `a fix replaced "${removed}" with "${span.newText}"`);
		expected += before.text.slice(position, span.start) + span.newText;
		position = span.end;
	}
	expected += before.text.slice(position);
	// Stricter than "every non-whitespace character outside the edits": outside them, not even whitespace moves.
	assert.equal(result, expected);
}
