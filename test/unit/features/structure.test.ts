import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { SelectionRange } from 'vscode-languageserver-types';
import { getFoldingRanges, getSelectionRanges, parseResolution } from '../../../server/src/languageService';
import { corpusFiles, corpusSkip, readCorpusFile } from '../../support/corpus';
import { fixture } from '../../support/fixture';

const ENGLISH = `
United Nations
A/RES/81/999
General Assembly
Distr.: General

Eighty-first session
Agenda item 7

81/999. Ocean observation

The General Assembly,

Recalling its resolution 80/12,¹

Noting the report,

1. Welcomes the progress made;

2. Encourages Member States:

(a) To share data;

(b) To invest in buoys, including:

(i) Drifting buoys;

(ii) Moored buoys;

3. Decides to remain seized of the matter.

¹ See A/80/12.
² See A/80/13.

71st plenary meeting
19 December 2026
`;

function foldings(source: string) {
	const { text } = fixture(source);
	const document = TextDocument.create('file:///d', 'un-resolution', 1, text);
	return getFoldingRanges(parseResolution(text), document).map(range => [range.startLine, range.endLine, range.kind ?? '']);
}

describe('folding ranges', () => {
	it('folds the heading, the parts, a paragraph with its sub-paragraphs, footnotes and the closing', () => {
		assert.deepEqual(foldings(ENGLISH), [
			[0, 8, 'imports'], // the heading, up to the title line, with the organ line left visible
			[12, 14], // the preamble
			[16, 28], // the operative part
			[18, 26], // paragraph 2 and its sub-paragraphs
			[22, 26], // (b) and its (i), (ii)
			[30, 31, 'comment'], // the footnote block
			[33, 34], // the closing
		].map(([start, end, kind]) => [start, end, kind ?? '']));
	});

	it('folds the Chinese parts, and each lettered part of a composite resolution', () => {
		const chinese = foldings('大会，\n\n回顾其决议，\n\n又回顾其决议，\n\n1. 欢迎报告；\n\n2. 决定继续审议。');
		assert.deepEqual(chinese, [[2, 4, ''], [6, 8, '']]);
		const composite = foldings('The General Assembly,\n\nA\n\nFirst part\n\n1. Welcomes;\n\n2. Notes;\n\nB\n\nSecond part\n\n1. Decides.');
		assert.ok(composite.some(([start, end]) => start === 2 && end === 8), JSON.stringify(composite));
		assert.ok(composite.some(([start, end]) => start === 10 && end === 14), JSON.stringify(composite));
	});
});

/** The texts of a selection range and its parents, innermost first. */
function expansions(source: string): string[] {
	const { text, cursor } = fixture(source);
	const document = TextDocument.create('file:///d', 'un-resolution', 1, text);
	const [range] = getSelectionRanges(parseResolution(text), document, [document.positionAt(cursor!)]);
	const texts: string[] = [];
	for (let current: SelectionRange | undefined = range; current; current = current.parent) {
		texts.push(text.slice(document.offsetAt(current.range.start), document.offsetAt(current.range.end)));
	}
	return texts;
}

describe('selection ranges', () => {
	it('expands word → clause → sub-paragraph → paragraph → operative part → document', () => {
		const texts = expansions('The General Assembly,\n\nNoting,\n\n1. Encourages States:\n\n(a) To share data, in particular ocean da$0ta;\n\n2. Decides.');
		assert.deepEqual(texts.slice(0, 4), ['data', 'in particular ocean data;', '(a) To share data, in particular ocean data;',
			'1. Encourages States:\n\n(a) To share data, in particular ocean data;']);
		assert.equal(texts[4], texts[3] + '\n\n2. Decides.');
		assert.equal(texts[texts.length - 1].length, 'The General Assembly,\n\nNoting,\n\n1. Encourages States:\n\n(a) To share data, in particular ocean data;\n\n2. Decides.'.length);
	});

	it('treats a document symbol as one word and a Chinese clause as a unit', () => {
		assert.equal(expansions('The General Assembly,\n\nNoting the report (A/RES/8$01/7),\n\n1. Decides.')[0], 'A/RES/81/7');
		const chinese = expansions('大会，\n\n注意到报告，又欢$0迎计划，\n\n1. 决定继续审议。');
		assert.deepEqual(chinese.slice(0, 2), ['又欢迎计划', '又欢迎计划，']);
		assert.equal(chinese[2], '注意到报告，又欢迎计划，');
	});
});

describe('folding and selection on the official texts', () => {
	it('folds the preamble and operative part of every text, and expands a selection to each operative paragraph', { skip: corpusSkip }, () => {
		for (const file of corpusFiles()) {
			const text = readCorpusFile(file);
			const document = TextDocument.create('file:///d', 'un-resolution', 1, text);
			const resolution = parseResolution(text);
			const ranges = getFoldingRanges(resolution, document);
			assert.ok(ranges.every(range => range.startLine < range.endLine && range.endLine < document.lineCount), file);
			const operativeStart = document.positionAt(resolution.operative[0].span.start).line;
			assert.ok(ranges.some(range => range.startLine === operativeStart && range.endLine > operativeStart), `${file}: operative part`);
			const positions = resolution.operative.map(paragraph => document.positionAt(paragraph.opener?.span.start ?? paragraph.span.start));
			getSelectionRanges(resolution, document, positions).forEach((selection, index) => {
				const paragraph = resolution.operative[index];
				const texts: string[] = [];
				for (let current: SelectionRange | undefined = selection; current; current = current.parent) {
					texts.push(document.getText(current.range));
				}
				assert.ok(texts.some(candidate => candidate.startsWith(text.slice(paragraph.span.start, paragraph.span.end))),
					`${file}: paragraph ${paragraph.number} is one of the selections`);
			});
		}
	});
});
