import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { buildOutline, parseResolution } from '../../server/src/languageService';
import { repoRoot } from '../support/paths';

// The real official texts live beside the repository (../shared/corpus) and are never copied into it. Where the
// folder is absent, as on a machine without the shared material, these tests skip with a note.
const corpusDir = path.resolve(repoRoot, '..', 'shared', 'corpus');
const readmePath = path.join(corpusDir, 'README.md');
const available = fs.existsSync(readmePath);
const skip = available ? false : `the shared corpus is not at ${corpusDir}`;

interface Expected {
	file: string;
	symbol: string;
	language: string;
	preamble: number;
	operative: number;
	depth: number;
	footnotes: number;
}

/**
 * The hand counts, read as written in the README: one row per file in its table, plus the file described in a
 * section of its own ("File `zh-a-res-73-218.txt`, symbol A/RES/73/218, zh … PP 38, OP 39, depth 0, FN 13").
 */
function readCounts(): Expected[] {
	const readme = fs.readFileSync(readmePath, 'utf8');
	const rows = readme.split('\n').filter(line => /^\| [a-z]{2}-.*\.txt \|/.test(line));
	const counts = rows.map(row => {
		const cells = row.split('|').map(cell => cell.trim());
		const [file, symbol, language] = cells.slice(1, 4);
		const [preamble, operative, depth, footnotes] = cells.slice(7, 11).map(Number);
		return { file, symbol, language, preamble, operative, depth, footnotes };
	});
	const described = /File `([^`]+)`, symbol (\S+), (\w\w),[\s\S]*?PP (\d+), OP (\d+), depth (\d+), FN (\d+)/g;
	for (const match of readme.matchAll(described)) {
		const [preamble, operative, depth, footnotes] = match.slice(4, 8).map(Number);
		counts.push({ file: match[1], symbol: match[2], language: match[3], preamble, operative, depth, footnotes });
	}
	return counts;
}

/** Adoption date and meeting per symbol, from the README's headings ("adopted 21 December 2020 (48th plenary meeting)"). */
function readAdoptions(): Map<string, { date: string; meeting: number; plenary: boolean }> {
	const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
	const result = new Map<string, { date: string; meeting: number; plenary: boolean }>();
	const heading = /^### (\S+(?: \(\d{4}\))?) — .*adopted (\d{1,2}) (\w+) (\d{4}) \((\d+)\w+ (plenary )?meeting\)/gm;
	for (const match of fs.readFileSync(readmePath, 'utf8').matchAll(heading)) {
		const iso = `${match[4]}-${String(months.indexOf(match[3]) + 1).padStart(2, '0')}-${match[2].padStart(2, '0')}`;
		result.set(match[1], { date: iso, meeting: Number(match[5]), plenary: match[6] !== undefined });
	}
	return result;
}

function outlineOf(file: string) {
	const text = fs.readFileSync(path.join(corpusDir, file), 'utf8');
	return { text, resolution: parseResolution(text), outline: buildOutline(parseResolution(text), file) };
}

describe('the real corpus', { skip }, () => {
	const expectations = available ? readCounts() : [];
	const adoptions = available ? readAdoptions() : new Map();

	it('has the 25 files of its README', () => {
		assert.equal(expectations.length, 25);
	});

	for (const expected of expectations) {
		it(`${expected.file}: structure equals the hand counts`, () => {
			const { outline, resolution } = outlineOf(expected.file);
			assert.equal(resolution.language, expected.language);
			assert.deepEqual(
				[outline.counts.preamble, outline.counts.operative, outline.counts.depth, outline.counts.footnotes],
				[expected.preamble, expected.operative, expected.depth, expected.footnotes],
			);
			assert.deepEqual(outline.operative.map(paragraph => paragraph.number), outline.operative.map((_, index) => index + 1));
			assert.deepEqual(outline.unclassified, []);
			for (const footnote of outline.footnotes) {
				assert.ok(footnote.references.length > 0, `footnote ${footnote.number} is cited`);
			}
			const number = expected.symbol.replace(/^[AES]\/RES\//, '').replace(/\s/g, '');
			assert.equal(outline.header.number?.replace(/\s/g, ''), number);
			const adoption = adoptions.get(expected.symbol);
			if (adoption) {
				assert.equal(outline.header.adoptionDate, adoption.date);
				if (adoption.plenary) {
					assert.deepEqual(outline.closing, { meeting: adoption.meeting, date: adoption.date });
				}
			}
			for (const paragraph of [...outline.preamble, ...outline.operative]) {
				assert.ok(paragraph.verb, `paragraph on line ${paragraph.line} has an opening phrase`);
			}
		});
	}

	it('zh-a-res-73-218.txt: heading, footnote reuse, PDF splits and the Word artefact', () => {
		const { outline, resolution } = outlineOf('zh-a-res-73-218.txt');
		assert.equal(outline.header.session, 73);
		assert.equal(outline.header.number, '73/218');
		assert.deepEqual(outline.header.reportSymbols, ['A/73/535']);
		assert.equal(outline.header.adoptionDate, '2018-12-20');
		assert.deepEqual(outline.header.agendaItems, ['17']);
		assert.deepEqual(outline.closing, { meeting: 62, date: '2018-12-20' });
		assert.equal(outline.counts.markers, 17);
		const citedBy = new Map(outline.footnotes.map(footnote => [footnote.number, footnote.references.length]));
		assert.deepEqual([citedBy.get(4), citedBy.get(6), citedBy.get(7)], [3, 2, 2]);
		assert.equal(resolution.preamble.filter(paragraph => paragraph.pieces.length > 1).length, 3);
		assert.equal(resolution.operative.filter(paragraph => paragraph.pieces.length > 1).length, 2);
		assert.equal(resolution.artefacts.length, 1);
		assert.equal(resolution.artefacts[0].text, '错误！未定义书签。');
		assert.deepEqual(outline.operative.slice(0, 3).map(paragraph => paragraph.verb), ['确认', '欢迎', '确认']);
	});
});
