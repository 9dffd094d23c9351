import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseResolution } from '../../server/src/languageService';
import { computeDiagnostics, DEFAULT_CONFIG, withSeverities } from '../../server/src/languageService/diagnostics';
import { checkFamilies } from '../../server/src/languageService/diagnostics/incremental';
import { patchOf, patchResolution } from '../../server/src/languageService/incremental/patch';
import { plain } from '../support/editSessions';

/**
 * A line that is a block of its own, typed into or emptied (incremental/newBlock.ts): the new paragraph is read
 * where it stands, and the model and the findings equal a full parse; an edit whose reading depends on the blocks
 * around it is refused. The seeded sessions of incremental.test.ts type thousands of such edits; these name the
 * cases.
 */

const DRAFT = [
	'The General Assembly,', '',
	'Recalling its resolution 70/1,', '',
	'', '',
	'Noting the report (A/80/245),', '',
	'1. Welcomes the report;', '',
	'', '',
	'2. Requests a report.', '',
	'79th plenary meeting', '20 December 2025', '',
].join('\n');

/** The draft with `typed` on the free line after the first paragraph of the part (0: preamble, 1: operative). */
function typedOnFreeLine(draft: string, part: 0 | 1, typed: string): string {
	const at = draft.indexOf(part === 0 ? 'Recalling' : '1. Welcomes');
	const free = draft.indexOf('\n\n\n', at) + 2;
	return draft.slice(0, free) + typed + draft.slice(free);
}

/** Patches `before` into `after`, checks model and findings against a full parse, and says whether the shortcut was taken. */
function patchedAlike(before: string, after: string): boolean {
	const model = parseResolution(before);
	const families = checkFamilies(model, DEFAULT_CONFIG);
	const patched = patchResolution(model, after, undefined);
	if (!patched) {
		return false;
	}
	assert.equal(patchOf(patched)?.structural, true, 'the block was read anew');
	const expected = parseResolution(after);
	assert.deepEqual(plain(patched), plain(expected), JSON.stringify(after));
	const findings = withSeverities(checkFamilies(patched, DEFAULT_CONFIG, undefined, families).findings, DEFAULT_CONFIG);
	assert.deepEqual(plain(findings), plain(computeDiagnostics(expected)), `${JSON.stringify(after)}: findings`);
	return true;
}

describe('incremental re-analysis of a line of its own', () => {
	test('reads the first letter of a new preambular paragraph, and the letters deleted again', () => {
		const typed = typedOnFreeLine(DRAFT, 0, 'W');
		assert.ok(patchedAlike(DRAFT, typed));
		assert.ok(patchedAlike(typed, DRAFT));
		assert.equal(parseResolution(typed).preamble.length, 3);
	});

	test('reads a new operative paragraph as its number is typed', () => {
		// "5" alone is an unnumbered paragraph among the operative ones; "5." opens a numbered one.
		let text = DRAFT;
		for (const typed of ['5', '5.', '5. ', '5. W']) {
			const next = typedOnFreeLine(DRAFT, 1, typed);
			assert.ok(patchedAlike(text, next), typed);
			text = next;
		}
		assert.deepEqual(parseResolution(text).operative.map(paragraph => paragraph.number), [1, 5, 2]);
	});

	test('reads a one-line paragraph again when its number changes or gains a space, before the closing formula', () => {
		assert.ok(patchedAlike(DRAFT, DRAFT.replace('\n\n2. Requests', '\n\n 2. Requests')));
		assert.ok(patchedAlike(DRAFT, DRAFT.replace('2. Requests', '3. Requests')));
	});

	test('reads a plain paragraph after the organ line of a second resolution as preambular', () => {
		// After "The General Assembly," the reader takes plain paragraphs as preambular again, numbered ones before it or not.
		const composite = 'The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Welcomes the report;\n\nThe General Assembly,\n\n\n\n1. Decides to act.\n';
		const free = composite.lastIndexOf('\n\n\n\n') + 2;
		const typed = `${composite.slice(0, free)}Noting the plan,${composite.slice(free)}`;
		assert.ok(patchedAlike(composite, typed));
		assert.equal(parseResolution(typed).preamble.length, 2);
	});

	test('refuses a line whose reading depends on the blocks around it', () => {
		const refusals: Array<[string, string, string]> = [
			// After a paragraph that does not end, a block that does not open like one continues it.
			['a continuation of the paragraph above', DRAFT.replace('Recalling its resolution 70/1,', 'Recalling its resolution 70/1'), 'and'],
			['a numbered paragraph that would open the operative part', DRAFT, '3.'],
		];
		for (const [what, draft, typed] of refusals) {
			const edited = typedOnFreeLine(draft, 0, typed);
			assert.notEqual(edited, draft, what);
			assert.equal(patchResolution(parseResolution(draft), edited, undefined), undefined, what);
		}
		// A line after the meeting line reads as text after the closing formula, which the reader decides.
		const closed = `${DRAFT}\n\n`;
		assert.equal(patchResolution(parseResolution(closed), `${closed}W`, undefined), undefined, 'after the closing formula');
		// A meeting line after a date pairs with it, across the free line: a block typed there would come between them.
		const dated = DRAFT.replace('79th plenary meeting\n20 December 2025', '20 December 2025\n\n\n\n79th plenary meeting');
		const between = dated.replace('2025\n\n\n\n79th', '2025\n\nW\n\n79th');
		assert.notEqual(between, dated);
		assert.equal(patchResolution(parseResolution(dated), between, undefined), undefined, 'between the date and the meeting line');
		// A sub-paragraph after the new line would belong to the new paragraph instead of the one above.
		const listed = DRAFT.replace('1. Welcomes the report;\n\n\n\n', '1. Welcomes the report:\n\n\n\n(a) In full;\n\n');
		const typedBeforeList = listed.replace('report:\n\n\n\n(a)', 'report:\n\nW\n\n(a)');
		assert.notEqual(typedBeforeList, listed);
		assert.equal(patchResolution(parseResolution(listed), typedBeforeList, undefined), undefined, 'before a sub-paragraph');
	});
});
