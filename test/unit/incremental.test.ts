import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { describe, test } from 'node:test';
import { parseResolution, updateResolution, type Resolution } from '../../server/src/languageService';
import { computeDiagnostics, DEFAULT_CONFIG, withSeverities } from '../../server/src/languageService/diagnostics';
import { checkFamilies } from '../../server/src/languageService/diagnostics/incremental';
import { findEdit } from '../../server/src/languageService/incremental/edit';
import { patchOf, patchResolution } from '../../server/src/languageService/incremental/patch';
import { corpusFiles, corpusSkip, readCorpusFile } from '../support/corpus';
import { repoRoot } from '../support/paths';

/**
 * Incremental re-analysis must give exactly what a full parse gives. Each test types a seeded sequence of edits
 * into a draft, the way a drafter would (letters, punctuation, footnote markers, citations, field errors, deleted
 * characters), and compares the patched model and its findings with a full parse of the same text after every
 * edit. A patch that is refused is no error (the full parse then runs), but most keystrokes must take the
 * shortcut, or the comparison would test nothing.
 */
const TYPED = [
	'x', ' ', 'e', 'а', '，', '。', ',', '.', ';', '¹', '²³', 'A/73/535', ' resolution 70/1 of 25 September 2015',
	'第 70/1 号决议', 'Error! Bookmark not defined.', '错误！未定义书签。', '*', '**', '(', ')', 'Decides ', '又', '[^2]',
];

/** A small linear congruential generator, so every run types the same keys. */
function keys(seed: number): (n: number) => number {
	let state = seed;
	return n => {
		state = (state * 1103515245 + 12345) & 0x7fffffff;
		return state % n;
	};
}

/** The plain data of a model, as a full parse and a patch must both produce it. */
function plain(value: unknown): unknown {
	return JSON.parse(JSON.stringify(value));
}

interface Session {
	edits: number;
	patched: number;
}

/** One edit of a session: the edited text and the offset it was made at, chosen with the session's keys. */
type EditMaker = (text: string, model: Resolution, next: (n: number) => number) => { edited: string; at: number };

/**
 * Makes `count` edits with `makeEdit`, keeping a model and the checker's findings up to date incrementally, and
 * checks both against a full parse after each edit the shortcut took. Returns how many edits there were and how
 * many the shortcut took.
 */
function editSession(text: string, count: number, seed: number, makeEdit: EditMaker): Session {
	const next = keys(seed);
	let model: Resolution = updateResolution(undefined, text);
	// The checker's findings are kept up to date alongside, as the language server keeps them.
	let families = checkFamilies(model, DEFAULT_CONFIG);
	let patched = 0;
	for (let i = 0; i < count; i++) {
		const { edited, at } = makeEdit(text, model, next);
		const shortcut = patchResolution(model, edited, undefined);
		model = shortcut ?? updateResolution(undefined, edited);
		families = checkFamilies(model, DEFAULT_CONFIG, undefined, families);
		if (shortcut) {
			patched++;
			const where = `edit ${i} at offset ${at}: ${JSON.stringify(text.slice(Math.max(0, at - 30), at + 30))}`;
			const expected = parseResolution(edited);
			assert.deepEqual(plain(model), plain(expected), where);
			const fresh = plain(computeDiagnostics(expected));
			assert.deepEqual(plain(computeDiagnostics(model)), fresh, where);
			assert.deepEqual(plain(withSeverities(families.findings, DEFAULT_CONFIG)), fresh, `${where} (findings carried over)`);
		}
		text = edited;
	}
	return { edits: count, patched };
}

/**
 * What a drafter types below the heading, where drafting happens: a key from TYPED inserted, a few characters
 * deleted, or one replaced. An edit to the heading is refused (tested below), and a damaged organ line would make
 * every later edit refuse too.
 */
const typedKeys: EditMaker = (text, model, next) => {
	const body = (model.header.span?.end ?? 0) + 1;
	const at = body + next(text.length + 1 - body);
	const typed = TYPED[next(TYPED.length)];
	const action = next(3);
	const edited = action === 0 ? text.slice(0, at) + typed + text.slice(at)
		: action === 1 ? text.slice(0, at) + text.slice(at + 1 + next(3))
			: text.slice(0, at) + typed + text.slice(at + 1);
	return { edited, at };
};

/**
 * White space typed where the text already has some below the heading, the run after the organ line included (line
 * breaks, CR LF pairs, spaces), or a character of it deleted, the way a drafter adds or removes blank lines between
 * paragraphs. Some edits join two paragraphs or touch a line's own spaces, and must be refused (the full parse then
 * runs); the rest take the shortcut.
 */
const blankLineEdits: EditMaker = (text, model, next) => {
	const runs = [...text.matchAll(/[ \t\r\n]*\n[ \t\r\n]*/g)].filter(run => run.index >= (model.header.span?.end ?? 0));
	const run = runs[next(runs.length)];
	const at = run.index + next(run[0].length + 1);
	const typed = ['\n', '\r\n', '\n\n', '  \n', ' '][next(5)];
	return { edited: next(3) === 0 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + typed + text.slice(at), at };
};

/**
 * A line break typed anywhere below the heading, most often inside a line of a paragraph (Enter in the middle of a
 * sentence), sometimes at a line's end or start or inside a number or label; or the next line break deleted
 * (Backspace at the start of a line), which joins two lines of a paragraph or two paragraphs. The edits that keep
 * the lines in one paragraph take the shortcut; those that start or join paragraphs, blank a line or cut a label
 * must be refused.
 */
const lineBreaks: EditMaker = (text, model, next) => {
	const body = (model.header.span?.end ?? 0) + 1;
	const at = body + next(text.length + 1 - body);
	const lineBreak = text.indexOf('\n', at);
	if (next(2) === 0 || lineBreak < 0) {
		return { edited: text.slice(0, at) + ['\n', '\r\n'][next(2)] + text.slice(at), at };
	}
	const start = text[lineBreak - 1] === '\r' ? lineBreak - 1 : lineBreak;
	return { edited: text.slice(0, start) + text.slice(lineBreak + 1), at: start };
};

/**
 * Types "x", "y" and "z" at `at`, a version each, and returns the newest model with a weak reference to the first.
 * A function of its own, so that no variable of the caller holds the first version.
 */
function typeThreeLetters(text: string, at: number): { earlier: WeakRef<Resolution>; newest: Resolution } {
	const versions = ['x', 'xy', 'xyz'].map(typed => text.slice(0, at) + typed + text.slice(at));
	const first = updateResolution(parseResolution(text), versions[0]);
	return { earlier: new WeakRef(first), newest: updateResolution(updateResolution(first, versions[1]), versions[2]) };
}

function assertMostlyPatched(session: Session): void {
	assert.ok(session.patched >= session.edits * 0.4, `only ${session.patched} of ${session.edits} edits took the shortcut`);
}

const examples = ['digital-cooperation.resolution.txt', 'digital-cooperation.zh.resolution.txt'];

describe('incremental re-analysis', () => {
	for (const name of examples) {
		test(`equals a full parse after every edit typed into ${name}`, () => {
			assertMostlyPatched(editSession(fs.readFileSync(path.join(repoRoot, 'examples', name), 'utf8'), 250, 11, typedKeys));
		});
	}

	test('equals a full parse after every edit typed into each corpus text', { skip: corpusSkip }, () => {
		for (const name of corpusFiles()) {
			assertMostlyPatched(editSession(readCorpusFile(name), 60, name.length, typedKeys));
		}
	});

	for (const name of examples) {
		test(`equals a full parse after blank lines are added and removed in ${name}`, () => {
			assertMostlyPatched(editSession(fs.readFileSync(path.join(repoRoot, 'examples', name), 'utf8'), 150, 7, blankLineEdits));
		});
	}

	test('equals a full parse after blank lines are added and removed in each corpus text', { skip: corpusSkip }, () => {
		for (const name of corpusFiles()) {
			assertMostlyPatched(editSession(readCorpusFile(name), 40, name.length, blankLineEdits));
		}
	});

	for (const name of examples) {
		test(`equals a full parse after line breaks are typed into ${name}`, () => {
			assertMostlyPatched(editSession(fs.readFileSync(path.join(repoRoot, 'examples', name), 'utf8'), 150, 5, lineBreaks));
		});
	}

	test('equals a full parse after line breaks are typed into each corpus text', { skip: corpusSkip }, () => {
		for (const name of corpusFiles()) {
			assertMostlyPatched(editSession(readCorpusFile(name), 40, name.length, lineBreaks));
		}
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
			['a space before a paragraph number', draft.replace('\n\n2.', '\n\n 2.')],
			['a new paragraph number', draft.replace('2. Requests', '3. Requests')],
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
