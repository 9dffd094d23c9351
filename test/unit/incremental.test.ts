import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { describe, test } from 'node:test';
import { parseResolution, updateResolution, type Resolution } from '../../server/src/languageService';
import { findEdit } from '../../server/src/languageService/incremental/edit';
import { patchOf, patchResolution } from '../../server/src/languageService/incremental/patch';
import { corpusSkip } from '../support/corpus';
import {
	assertMostlyPatched, blankLineEdits, corpusSessions, editSession, lineBreaks, newParagraphs, plain, typedKeys,
} from '../support/editSessions';
import { repoRoot } from '../support/paths';

/**
 * Incremental re-analysis must give exactly what a full parse gives. Each test types a seeded sequence of edits
 * into a draft, the way a drafter would (letters, punctuation, footnote markers, citations, field errors, deleted
 * characters), and compares the patched model and its findings with a full parse of the same text after every
 * edit. A patch that is refused is no error (the full parse then runs), but most keystrokes must take the
 * shortcut, or the comparison would test nothing. The sessions are in test/support/editSessions.ts.
 */

/**
 * Types "x", "y" and "z" at `at`, a version each, and returns the newest model with a weak reference to the first.
 * A function of its own, so that no variable of the caller holds the first version.
 */
function typeThreeLetters(text: string, at: number): { earlier: WeakRef<Resolution>; newest: Resolution } {
	const versions = ['x', 'xy', 'xyz'].map(typed => text.slice(0, at) + typed + text.slice(at));
	const first = updateResolution(parseResolution(text), versions[0]);
	return { earlier: new WeakRef(first), newest: updateResolution(updateResolution(first, versions[1]), versions[2]) };
}

const examples = ['digital-cooperation.resolution.txt', 'digital-cooperation.zh.resolution.txt'];

describe('incremental re-analysis', () => {
	for (const name of examples) {
		test(`equals a full parse after every edit typed into ${name}`, () => {
			assertMostlyPatched(editSession(fs.readFileSync(path.join(repoRoot, 'examples', name), 'utf8'), 250, 11, typedKeys));
		});
	}

	test('equals a full parse after every edit typed into each corpus text', { skip: corpusSkip }, () => {
		assertMostlyPatched(corpusSessions(60, typedKeys));
	});

	for (const name of examples) {
		test(`equals a full parse after blank lines are added and removed in ${name}`, () => {
			assertMostlyPatched(editSession(fs.readFileSync(path.join(repoRoot, 'examples', name), 'utf8'), 150, 7, blankLineEdits));
		});
	}

	test('equals a full parse after blank lines are added and removed in each corpus text', { skip: corpusSkip }, () => {
		assertMostlyPatched(corpusSessions(40, blankLineEdits));
	});

	for (const name of examples) {
		test(`equals a full parse after line breaks are typed into ${name}`, () => {
			assertMostlyPatched(editSession(fs.readFileSync(path.join(repoRoot, 'examples', name), 'utf8'), 150, 5, lineBreaks));
		});
	}

	test('equals a full parse after line breaks are typed into each corpus text', { skip: corpusSkip }, () => {
		assertMostlyPatched(corpusSessions(40, lineBreaks));
	});

	for (const name of examples) {
		test(`equals a full parse after new paragraphs are typed into ${name}`, () => {
			assertMostlyPatched(editSession(fs.readFileSync(path.join(repoRoot, 'examples', name), 'utf8'), 200, 3, newParagraphs));
		});
	}

	test('equals a full parse after new paragraphs are typed into each corpus text', { skip: corpusSkip }, () => {
		assertMostlyPatched(corpusSessions(60, newParagraphs));
	});

	test('re-reads a paragraph joined across a page break, whose citations sit on both sides of footnote texts', () => {
		const draft = [
			'The General Assembly,', '',
			'1. Decides to consider at its eighty-first session the report A/80/245,¹ and to continue',
			'¹ See resolution 79/1.', '',
			'its work under resolution 70/1 of 25 September 2015;', '',
			'2. Requests a report.', '',
		].join('\n');
		const at = draft.indexOf('eighty-first');
		const edited = draft.slice(0, at) + 'x' + draft.slice(at);
		const patched = patchResolution(parseResolution(draft), edited, undefined);
		assert.ok(patched, 'the edit stays inside one piece of one paragraph');
		assert.deepEqual(plain(patched), plain(parseResolution(edited)));
	});

	test('re-reads a paragraph when a line break typed or deleted inside it keeps its lines in it', () => {
		const draft = 'The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,\n\n1. Decides to act;\n\n(a) To report;\n\n2. Requests a report.\n';
		for (const edited of [
			draft.replace('to act;', 'to\nact;'),
			draft.replace('resolution 70/1', 'resolution\r\n70/1'),
			draft.replace('Decides', 'Dec\nides'),
			draft.replace('To report;', 'To rep\nort;'),
		]) {
			// The break typed, and deleted again.
			for (const [before, after] of [[draft, edited], [edited, draft]]) {
				const patched = patchResolution(parseResolution(before), after, undefined);
				assert.ok(patched, JSON.stringify(after));
				assert.deepEqual(plain(patched), plain(parseResolution(after)));
			}
		}
	});

	test('refuses edits that could change the structure, and leaves the model untouched when it does', () => {
		const draft = 'The General Assembly,\n\nRecalling its resolution 70/1,¹\nNoting the report,\n\n1. Decides to act. Welcomes the plan;\n\n2. Requests a report.\n\n¹ See A/70/1.\n';
		const refusals: Array<[string, string]> = [
			['a line break that starts a new paragraph', draft.replace('act. Welcomes', 'act.\nWelcomes')],
			['a blank line between two lines of a block', draft.replace('¹\nNoting', '¹\n\nNoting')],
			// The marker alone on a line does not end a paragraph, so "Noting" would carry on the unit above it.
			['a line break before the marker that ends a line', draft.replace('70/1,¹', '70/1,\n¹')],
			['a line break inside a paragraph number', draft.replace('2. Requests', '2\n. Requests')],
			['the blank line between two paragraphs removed', draft.replace('the plan;\n\n', 'the plan;\n')],
			['an ending that no longer closes the paragraph', draft.replace('Recalling its resolution 70/1,', 'Recalling its resolution 70/1')],
			['the organ line', draft.replace('Assembly,', 'Assemblies,')],
		];
		for (const [what, edited] of refusals) {
			assert.notEqual(edited, draft, `${what}: the edit changes nothing`);
			const model = parseResolution(draft);
			const before = plain(model);
			assert.equal(patchResolution(model, edited, undefined), undefined, what);
			assert.deepEqual(plain(model), before, `${what}: the refused patch changed the model`);
			assert.deepEqual(plain(updateResolution(parseResolution(draft), edited)), plain(parseResolution(edited)), what);
		}
	});

	test('lets earlier versions go: a patched model keeps the version before it, and no older one', async () => {
		// The collector is reachable from a test only this way; node --test does not expose it.
		v8.setFlagsFromString('--expose-gc');
		const collectGarbage = vm.runInNewContext('gc') as () => void;
		const text = fs.readFileSync(path.join(repoRoot, 'examples', examples[0]), 'utf8');
		const at = text.indexOf('Decides') + 3;
		const last = text.slice(0, at) + 'xyz' + text.slice(at);
		const { earlier, newest } = typeThreeLetters(text, at);
		assert.ok(patchOf(newest), 'the third version was patched, so the test follows the patch chain');
		// A weak reference holds its target until the current job ends.
		await new Promise(resolve => setImmediate(resolve));
		collectGarbage();
		assert.equal(earlier.deref(), undefined, 'the first patched version is still alive two versions later');
		assert.deepEqual(plain(newest), plain(parseResolution(last)));
	});

	test('finds the one changed range between two versions', () => {
		assert.deepEqual(findEdit('abcdef', 'abXYef'), { start: 2, oldEnd: 4, newEnd: 4 });
		assert.deepEqual(findEdit('same', 'same'), { start: 4, oldEnd: 4, newEnd: 4 });
		const long = 'paragraph '.repeat(5000);
		assert.deepEqual(findEdit(long, long.slice(0, 30001) + 'x' + long.slice(30001)), { start: 30001, oldEnd: 30001, newEnd: 30002 });
	});
});
