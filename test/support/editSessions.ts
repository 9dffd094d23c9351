import * as assert from 'node:assert/strict';
import { parseResolution, updateResolution, type Resolution } from '../../server/src/languageService';
import { computeDiagnostics, DEFAULT_CONFIG, withSeverities } from '../../server/src/languageService/diagnostics';
import { checkFamilies } from '../../server/src/languageService/diagnostics/incremental';
import { patchResolution } from '../../server/src/languageService/incremental/patch';
import { corpusFiles, readCorpusFile } from './corpus';

/**
 * Seeded editing sessions for the incremental tests: edits made the way a drafter makes them, each kind by an
 * EditMaker, with the patched model and the checker's findings compared with a full parse and check after every
 * edit the shortcut took.
 */

const TYPED = [
	'x', ' ', 'e', 'а', '，', '。', ',', '.', ';', '¹', '²³', 'A/73/535', ' resolution 70/1 of 25 September 2015',
	'第 70/1 号决议', 'Error! Bookmark not defined.', '错误！未定义书签。', '*', '**', '(', ')', 'Decides ', '又', '[^2]',
];

/**
 * A small linear congruential generator, so every run types the same keys. Its high bits are used: the low bits of
 * such a generator repeat with a short period (the lowest two every four draws), and a session that drew two
 * numbers an edit chose the same one of four actions every time.
 */
function keys(seed: number): (n: number) => number {
	let state = seed;
	return n => {
		state = (state * 1103515245 + 12345) & 0x7fffffff;
		return (state >>> 12) % n;
	};
}

/** The plain data of a model, as a full parse and a patch must both produce it. */
export function plain(value: unknown): unknown {
	return JSON.parse(JSON.stringify(value));
}

export interface Session {
	edits: number;
	patched: number;
}

/** One edit of a session: the edited text and the offset it was made at, chosen with the session's keys. */
export type EditMaker = (text: string, model: Resolution, next: (n: number) => number) => { edited: string; at: number };

/**
 * Makes `count` edits with `makeEdit`, keeping a model and the checker's findings up to date incrementally, and
 * checks both against a full parse after each edit the shortcut took. Returns how many edits there were and how
 * many the shortcut took.
 */
export function editSession(text: string, count: number, seed: number, makeEdit: EditMaker): Session {
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
export const typedKeys: EditMaker = (text, model, next) => {
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
export const blankLineEdits: EditMaker = (text, model, next) => {
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
export const lineBreaks: EditMaker = (text, model, next) => {
	const body = (model.header.span?.end ?? 0) + 1;
	const at = body + next(text.length + 1 - body);
	const lineBreak = text.indexOf('\n', at);
	if (next(2) === 0 || lineBreak < 0) {
		return { edited: text.slice(0, at) + ['\n', '\r\n'][next(2)] + text.slice(at), at };
	}
	const start = text[lineBreak - 1] === '\r' ? lineBreak - 1 : lineBreak;
	return { edited: text.slice(0, start) + text.slice(lineBreak + 1), at: start };
};

/** What a drafter types on a line of its own: the start of a new paragraph, its number, a marker, a symbol. */
const OPENINGS = ['W', 'R', 'e', 'n', '5', '.', ' ', '¹', '(a)', '*', 'A/73/535', '第', '又', 'Noting,', '3. Decides', 'Error! Bookmark not defined.', '79th plenary meeting'];

/**
 * New paragraphs typed between the others: a free line made (two line breaks after a paragraph), a key typed on a
 * line that is a block of its own (a free line or a one-line paragraph), or a character of such a line deleted.
 */
export const newParagraphs: EditMaker = (text, model, next) => {
	const body = (model.header.span?.end ?? 0) + 1;
	const lines = [...text.matchAll(/[^\r\n]*(?:\r\n|\n|\r|$)/g)].filter(line => line[0] !== '');
	const blank = (index: number) => index >= lines.length || lines[index][0].trim() === '';
	const alone = lines.map((line, index) => ({ start: line.index, end: line.index + line[0].replace(/\r?\n$/, '').length, index }))
		.filter(line => line.start >= body && blank(line.index - 1) && blank(line.index + 1));
	const action = next(4);
	if (action === 0 || alone.length === 0) {
		const ends = [...text.matchAll(/\n\n/g)].filter(match => match.index >= body);
		const at = ends.length > 0 ? ends[next(ends.length)].index + 1 : text.length;
		return { edited: text.slice(0, at) + '\n\n' + text.slice(at), at };
	}
	const line = alone[next(alone.length)];
	const at = line.start + next(line.end - line.start + 1);
	if (action === 3 && line.end > line.start) {
		const from = Math.min(at, line.end - 1);
		return { edited: text.slice(0, from) + text.slice(from + 1), at: from };
	}
	return { edited: text.slice(0, at) + OPENINGS[next(OPENINGS.length)] + text.slice(at), at };
};

/**
 * A session of `count` edits on each corpus text, added up: text extracted from PDFs breaks its paragraphs into many
 * lines, where more edits change the structure than in a draft typed in an editor, so the share of edits that take
 * the shortcut is judged over the whole corpus rather than text by text.
 */
export function corpusSessions(count: number, makeEdit: EditMaker): Session {
	const total: Session = { edits: 0, patched: 0 };
	for (const name of corpusFiles()) {
		const session = editSession(readCorpusFile(name), count, name.length, makeEdit);
		total.edits += session.edits;
		total.patched += session.patched;
	}
	return total;
}

export function assertMostlyPatched(session: Session): void {
	assert.ok(session.patched >= session.edits * 0.4, `only ${session.patched} of ${session.edits} edits took the shortcut`);
}
