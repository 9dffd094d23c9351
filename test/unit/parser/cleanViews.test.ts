import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import { parseResolution } from '../../../server/src/languageService';
import type { Span } from '../../../server/src/languageService/model/types';
import { forEachBodyNode } from '../../../server/src/languageService/parser/walk';
import { MarkupScanner, markupStarts, markupToRemove } from '../../../server/src/languageService/text/markup';
import { TextView } from '../../../server/src/languageService/text/textView';
import { isVerbatim, viewOfNode, viewOfPieces } from '../../../server/src/languageService/text/views';
import { corpusFiles, corpusSkip, readCorpusFile } from '../../support/corpus';
import { chineseExample, englishExample } from '../../support/paths';

/** Where two views of the same pieces read differently: their texts, or the source of some clean offset. */
function mismatch(got: TextView, want: TextView): string | undefined {
	if (got.text !== want.text) {
		return `text ${JSON.stringify(got.text)} instead of ${JSON.stringify(want.text)}`;
	}
	for (let index = -1; index <= want.text.length + 1; index++) {
		if (got.sourceOffset(index) !== want.sourceOffset(index)) {
			return `clean offset ${index} maps to ${got.sourceOffset(index)} instead of ${want.sourceOffset(index)}`;
		}
	}
	return undefined;
}

/** A seeded generator, so that a failure can be replayed. */
function random(seed: number): (below: number) => number {
	let state = seed;
	return below => {
		state = (state * 1103515245 + 12345) & 0x7fffffff;
		return state % below;
	};
}

/**
 * Every node's view as the citation finder and the rules read it (remembered, or stood for by a verbatim body) and
 * as viewOfPieces gives it, against the view read afresh from its pieces. Returns how many bodies were verbatim.
 */
function checkViews(text: string, name: string): number {
	let verbatim = 0;
	forEachBodyNode(parseResolution(text), node => {
		const fresh = TextView.of(text, node.pieces);
		const found = mismatch(viewOfNode(text, node), fresh) ?? mismatch(viewOfPieces(text, node.pieces), fresh);
		assert.equal(found, undefined, `${name}, pieces ${JSON.stringify(node.pieces)}: ${found}`);
		verbatim += isVerbatim(node.pieces, node.body) ? 1 : 0;
	});
	return verbatim;
}

// Markdown at the starts of lines, where the parser cuts a paragraph's number or label off its first line.
const LINES = [
	'The General Assembly,', '', '# Recalling its resolution 70/1,', '', '> Noting [70/299](#) with **concern**,', '',
	'*Welcoming* the report,[^1]', '', '1. **Decides** to act;', '', '2.*Requests* the Secretary-General;', '',
	'3. *Also* [decides] *to* remain_seized;', '(a) __first__;', '(b)**second** item;', 'b) ***third***;', '',
	'4. # heading-like *text*', '', '5.  [70/1](#) first;', '', '1. **确认**信息和通信技术，', '', '(i) *x* **y**;', '',
	'¹ See [A/73/535](#).', '[^1]: Resolution 70/1.',
];

describe('clean views the parser remembers', () => {
	it('equal the view read afresh from the pieces, on the examples and on lines full of Markdown', () => {
		// Most paragraphs of a draft are verbatim, which is what spares the parser keeping a view for each.
		assert.ok(checkViews(fs.readFileSync(englishExample, 'utf8'), 'English example') > 5);
		assert.ok(checkViews(fs.readFileSync(chineseExample, 'utf8'), 'Chinese example') > 5);
		checkViews(LINES.join('\n'), 'Markdown lines');
		// Paragraphs split by a page break ("1. Decides" then its continuation) extend the view they began with.
		checkViews('The General Assembly,\n\n1. **Decides** to act\n\nfurther on *this* [matter](#),\n\n2. Requests', 'continuation');
	});

	it('equal the view read afresh from the pieces, on the corpus and on mutations of it', { skip: corpusSkip }, () => {
		const next = random(2026);
		const inserts = ['**', '*', '_', '[', '](#)', '[^2]', '<sup>3</sup>', '# ', '> ', '\t', ' ', '\n', '\n\n', '1. ', '1.*', '(a) '];
		for (const name of corpusFiles()) {
			const text = readCorpusFile(name);
			checkViews(text, name);
			for (let round = 0; round < 10; round++) {
				let mutated = text;
				for (let edit = 0; edit < 4; edit++) {
					// Near the start of a line, where the body reader cuts its pieces.
					const at = Math.min(mutated.lastIndexOf('\n', next(mutated.length)) + 1 + next(6), mutated.length);
					mutated = mutated.slice(0, at) + inserts[next(inserts.length)] + mutated.slice(at);
				}
				checkViews(mutated, `${name}, mutation ${round}`);
			}
		}
	});
});

describe('TextView.tail', () => {
	it('reads a line\'s tail as the tail read on its own, whatever Markdown the line holds', () => {
		const next = random(7);
		const alphabet = ['*', '*', '_', '[', ']', '(', ')', '#', '>', ' ', '\t', 'a', '^', '1', ':', '<', 'sup>', '。', '](#)', '[^2]', '**', '“'];
		for (let round = 0; round < 20000; round++) {
			let line = '';
			for (let length = 1 + next(12); length > 0; length--) {
				line += alphabet[next(alphabet.length)];
			}
			const source = `x\n${line}\ny`;
			const span: Span = { start: 2, end: 2 + line.length };
			const found = markupStarts(line);
			const view = TextView.ofPiece(source, span, line, found);
			if (view.text.length < 2) {
				continue;
			}
			const from = 1 + next(view.text.length - 1);
			const tail = { start: view.sourceOffset(from - 1) + 1, end: span.end };
			const result = mismatch(view.tail(source, span, from, found), TextView.ofPiece(source, tail));
			assert.equal(result, undefined, `${JSON.stringify(line)} from ${from}: ${result}`);
		}
	});
});

describe('markupStarts', () => {
	// What it answers, by its definition: which markup characters the text holds, and whether a maximal run of
	// stars of odd length leaves a single star once the double ones are paired.
	function byDefinition(text: string): number {
		let found = 0;
		if (text.includes('*')) {
			found |= /(?<!\*)(?:\*\*)*\*(?!\*)/.test(text) ? 1 | 32 : 1;
		}
		found |= (text.includes('_') ? 2 : 0) | (text.includes('[') ? 4 : 0) | (text.includes('<') ? 8 : 0);
		return found | (/[#>]/.test(text) ? 16 : 0);
	}

	it('answers as its definition, and never lets the removals skip any markup, on fuzzed lines', () => {
		const next = random(11);
		const alphabet = ['*', '*', '**', '_', '__', '[', ']', '(', ')', '#', '>', '<', ' ', 'a', '^', '1', ':', '。', '确认', '](#)', '[^2]', '<sup>3</sup>', '“', '\t'];
		const all = 63;
		for (let round = 0; round < 20000; round++) {
			let line = '';
			for (let length = next(14); length > 0; length--) {
				line += alphabet[next(alphabet.length)];
			}
			const found = markupStarts(line);
			assert.equal(found, byDefinition(line), JSON.stringify(line));
			const piece = { start: 5, end: 5 + line.length };
			assert.deepEqual(markupToRemove(piece, line, found), markupToRemove(piece, line, all), JSON.stringify(line));
		}
	});

	it('is answered alike by the scanner of a whole source, for ranges asked in order, again, or out of order', () => {
		const next = random(13);
		const alphabet = ['*', '*', '**', '_', '[', '#', '>', '<', ' ', 'a', '\n', '确认', '[^2]'];
		for (let round = 0; round < 2000; round++) {
			let source = '';
			for (let length = next(40); length > 0; length--) {
				source += alphabet[next(alphabet.length)];
			}
			const scanner = new MarkupScanner(source);
			for (let question = 0; question < 12; question++) {
				// Mostly forward from the last range, as the parser reads lines; now and then anywhere.
				const start = next(4) === 0 ? next(source.length + 1) : Math.min(source.length, question * 3 + next(3));
				const end = start + next(source.length - start + 1);
				assert.equal(scanner.starts(start, end), markupStarts(source.slice(start, end)), `${JSON.stringify(source)} [${start}, ${end})`);
			}
		}
	});
});
