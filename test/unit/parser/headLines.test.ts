import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ParseContext } from '../../../server/src/languageService/parser/context';
import { headLines, parseHeader } from '../../../server/src/languageService/parser/header';
import { LineReader, splitLines } from '../../../server/src/languageService/text/lines';

// The parser gives the heading only the lines at the top of a document (headLines) and reads the rest as it goes.
// The heading must read those exactly as it would read every line of the document.

const numbered = (count: number, word: string) => Array.from({ length: count }, (_, index) => `${word} ${index + 1}`);

const DOCUMENTS: Record<string, string> = {
	'an empty text': '',
	'blank lines only': '\n \n\u3000\n',
	'a masthead longer than the search window': ['United Nations', ...numbered(70, 'Masthead line'), '', 'The General Assembly,', '', '1. Decides.'].join('\n'),
	'no blank line at all': ['United Nations', ...numbered(80, 'Line'), 'The General Assembly,', '1. Decides.'].join('\n'),
	'the organ line at the last line searched': [...numbered(59, 'Heading line'), 'The General Assembly,', '', '1. Decides.'].join('\n\n'),
	'the organ line just past the search window': [...numbered(60, 'Heading line'), 'The General Assembly,', '', '1. Decides.'].join('\n\n'),
	'blank lines before a masthead': ['', '', 'United Nations', 'A/RES/81/3', 'General Assembly', 'Distr.: General', '', 'The General Assembly,', '', '1. Decides.'].join('\r\n'),
};

describe('the lines of the heading', () => {
	for (const [name, text] of Object.entries(DOCUMENTS)) {
		it(`read as all the lines of the document are read: ${name}`, () => {
			const reader = new LineReader(text);
			const head = headLines(reader);
			const fromHead = parseHeader(new ParseContext(text, head, 'en'));
			const fromAll = parseHeader(new ParseContext(text, splitLines(text), 'en'));
			assert.deepEqual(fromHead, fromAll);
			// The reader goes on where the heading's lines end, so that the body reads every line once.
			const rest: number[] = [];
			for (let line = reader.next(); line !== undefined; line = reader.next()) {
				rest.push(line.index);
			}
			assert.deepEqual([...head.map(line => line.index), ...rest], splitLines(text).map(line => line.index));
		});
	}

	it('stop well before the end of a long document', () => {
		const text = ['The General Assembly,', ...numbered(500, 'Paragraph')].join('\n\n');
		assert.equal(headLines(new LineReader(text)).length, 60);
	});
});
