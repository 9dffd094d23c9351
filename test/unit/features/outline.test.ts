import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildOutline, formatOutlineText, parseResolution } from '../../../server/src/languageService';

const draft = [
	'Eighty-first session', 'Agenda item 12', '', 'Resolution adopted by the General Assembly on 4 December 2026', '',
	'[without reference to a Main Committee (A/81/L.20 and A/81/L.20/Add.1)]', '', '81/25. Ocean observation', '',
	'The General Assembly,', '', 'Recalling its resolution 70/1 of 25 September 2015,¹', '',
	'1. Welcomes the report of the Secretary-General;²', '', '2. Decides:', '', '(a) To act;', '', '(b) To report.', '',
	'¹ Resolution 70/1.', '² A/81/100.', '', '58th plenary meeting', '4 December 2026',
].join('\n');

describe('outline', () => {
	it('gives the heading, 1-based lines, verbs, the sub-paragraph tree, footnote references and the closing', () => {
		const outline = buildOutline(parseResolution(draft), 'draft.txt');
		assert.deepEqual(outline.header, {
			session: 81, agendaItems: ['12'], adoptionDate: '2026-12-04',
			origin: '[without reference to a Main Committee (A/81/L.20 and A/81/L.20/Add.1)]',
			reportSymbols: ['A/81/L.20', 'A/81/L.20/Add.1'], number: '81/25', title: 'Ocean observation', organ: 'General Assembly',
		});
		assert.deepEqual(outline.preamble, [{ line: 12, verb: 'Recalling' }]);
		assert.deepEqual(outline.operative, [
			{ number: 1, line: 14, verb: 'Welcomes', children: [] },
			{ number: 2, line: 16, verb: 'Decides', children: [{ label: '(a)', line: 18, children: [] }, { label: '(b)', line: 20, children: [] }] },
		]);
		assert.deepEqual(outline.footnotes, [{ number: 1, line: 22, references: [12] }, { number: 2, line: 23, references: [14] }]);
		assert.deepEqual(outline.closing, { meeting: 58, date: '2026-12-04' });
		assert.deepEqual(outline.counts, { preamble: 1, operative: 2, depth: 1, footnotes: 2, markers: 2 });
		assert.ok(outline.citations.some(citation => citation.kind === 'symbol' && citation.text === 'A/81/100' && citation.line === 23));
	});

	it('prints a readable text form with counts and lines', () => {
		const text = formatOutlineText(buildOutline(parseResolution(draft), 'draft.txt'));
		assert.match(text, /^draft\.txt — General Assembly, en\n/);
		assert.match(text, /Preamble: 1 paragraphs\n\s+12 {2}Recalling\n/);
		assert.match(text, /\s+16 {2}2\. Decides\n\s+18 {4}\(a\)\n/);
		assert.match(text, /Closing: meeting 58, 2026-12-04/);
	});
});
