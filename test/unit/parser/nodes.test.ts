import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseResolution, updateResolution } from '../../../server/src/languageService';
import type { Span } from '../../../server/src/languageService/model/types';
import { patchOf } from '../../../server/src/languageService/incremental/patch';
import { fixture } from '../../support/fixture';

// The parser's nodes and citations keep their offsets as numbers and build span objects when read
// (parser/nodes.ts, citations/parsedCitation.ts). These tests hold them to the plain model of model/types.ts.

const DRAFT = `
	The General Assembly,

	Recalling its resolution 75/9 of 4 March 2021 on regional seed banks,

	*Noting with concern* the loss of rain-fed harvests,

	1. Welcomes the first report of the seed bank network;

	2 bis. Requests the network:
	(a) To share its samples;
	(b) To report in ⟦2029⟧, in particular on:
	(i) The **drought-tolerant** varieties;
	(ii) The costs of storage;

	3. Decides to continue the discussion at its next session, taking into account
	the comments of Member States.

	45th plenary meeting
	9 December 2027
`;

const { text, ranges } = fixture(DRAFT);

function keysOf(value: unknown): string[] {
	return Object.keys(JSON.parse(JSON.stringify(value)) as object);
}

describe('parser nodes', () => {
	it('write the JSON of the plain model, with no field of their own storage', () => {
		const resolution = parseResolution(text);
		assert.deepEqual(keysOf(resolution.preamble[1]), ['span', 'body', 'opener', 'pieces', 'subParagraphs']);
		assert.deepEqual(keysOf(resolution.operative[1]), ['span', 'body', 'opener', 'pieces', 'subParagraphs', 'number', 'numberSpan', 'suffix']);
		const sub = resolution.operative[1].subParagraphs[1];
		assert.deepEqual(keysOf(sub), ['label', 'labelSpan', 'level', 'ordinal', 'style', 'span', 'body', 'pieces', 'children']);
		assert.deepEqual(keysOf(resolution.citations[0]), ['kind', 'span', 'text', 'number', 'organ', 'symbol', 'date']);
		assert.deepEqual(keysOf(resolution.citations[0].date), ['text', 'span', 'iso']);
	});

	it('give each reader a span of its own, which changing does not change the model', () => {
		const resolution = parseResolution(text);
		const sub = resolution.operative[1].subParagraphs[1];
		const span = sub.span;
		assert.notEqual(sub.span, span);
		span.start = -1;
		sub.body.span.end = -1;
		sub.labelSpan.start = -1;
		resolution.citations[0].span.start = -1;
		assert.ok(sub.span.start > 0 && sub.body.span.end > 0 && sub.labelSpan.start > 0 && resolution.citations[0].span.start > 0);
	});

	it('read a verbatim body from its one piece, and keep the pieces of any other body', () => {
		const resolution = parseResolution(text);
		const bodyOfItsPieces = (node: { body: { text: string; span: Span }; pieces: readonly Span[] }) =>
			node.pieces.map(piece => text.slice(piece.start, piece.end)).join(' ');
		const plain = resolution.operative[0];
		assert.deepEqual(plain.pieces, [plain.body.span]);
		assert.equal(plain.body.text, bodyOfItsPieces(plain));
		const emphasised = resolution.preamble[1];
		assert.equal(emphasised.body.text, 'Noting with concern the loss of rain-fed harvests,');
		assert.equal(bodyOfItsPieces(emphasised), '*Noting with concern* the loss of rain-fed harvests,');
		const continued = resolution.operative[2];
		assert.equal(continued.pieces.length, 2);
		assert.match(continued.body.text, /taking into account the comments of Member States\.$/);
	});

	it('move with the text when a keystroke before them is patched in', () => {
		const before = updateResolution(undefined, text);
		const edited = text.slice(0, ranges[0].end) + '–2030' + text.slice(ranges[0].end);
		const patched = updateResolution(before, edited);
		assert.ok(patchOf(patched), 'the keystroke was patched in, not parsed in full');
		assert.equal(JSON.stringify(patched), JSON.stringify(parseResolution(edited)));
		assert.equal(patched.operative[2].body.text.slice(0, 7), 'Decides');
	});
});
