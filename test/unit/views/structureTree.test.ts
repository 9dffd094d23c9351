import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildStructure } from '../../../server/src/languageService/features/views/structureTree';
import type { StructureNode, StructureResult } from '../../../server/src/languageService/features/views/protocol';
import { chinese, english, parse, type Parsed, resolution73218, skip73218 } from './support';

const structureOf = ({ resolution, document }: Parsed) => buildStructure(resolution, document);

const group = (result: StructureResult, kind: StructureNode['kind']): StructureNode => {
	const found = result.nodes.find(node => node.kind === kind);
	assert.ok(found, `no ${kind} group among ${result.nodes.map(node => node.kind).join(', ')}`);
	return found;
};

describe('structure view: buildStructure', () => {
	it('gives the English example its groups in the order of the text, with counts', () => {
		const result = structureOf(english());
		assert.deepEqual(result.nodes.map(node => node.kind), ['heading', 'preamble', 'operativePart', 'footnotes', 'closing']);
		assert.deepEqual(result.counts, { preamble: 8, operative: 10, footnotes: 3 });
		assert.equal(result.language, 'en');
		assert.equal(result.version, 1);
		// Groups carry no label: the client names them in the UI language. Their detail is the number of children.
		assert.equal(group(result, 'preamble').label, '');
		assert.equal(group(result, 'preamble').detail, '8');
	});

	it('names paragraphs by their opening phrases and numbers, with sub-paragraphs nested', () => {
		const result = structureOf(english());
		assert.deepEqual(group(result, 'preamble').children.slice(0, 2).map(node => node.label), ['Recalling', 'Recalling also']);
		const operative = group(result, 'operativePart').children;
		assert.equal(operative[0].label, '1. Welcomes');
		assert.equal(operative[0].number, 1);
		const encourages = operative[3];
		assert.deepEqual(encourages.children.map(node => node.label), ['(a)', '(b)', '(c)']);
		assert.deepEqual(encourages.children[1].children.map(node => node.label), ['(i)', '(ii)']);
		// The paragraph's range covers its sub-paragraphs, so the cursor in (b)(ii) is inside paragraph 4.
		assert.ok(encourages.range.end.line >= encourages.children[2].range.end.line);
		// Choosing a paragraph puts the cursor on its number.
		assert.deepEqual(encourages.selectionRange.start, encourages.range.start);
		assert.match(encourages.detail ?? '', /^Encourages Member States/);
	});

	it('lists the heading parts and the footnotes by number', () => {
		const result = structureOf(english());
		const heading = group(result, 'heading').children;
		assert.deepEqual(heading.map(node => node.kind), ['symbol', 'session', 'agendaItem', 'adoption', 'origin', 'title', 'organLine']);
		assert.equal(heading.find(node => node.kind === 'title')?.label, '80/999 Digital cooperation for sustainable development');
		assert.deepEqual(group(result, 'footnotes').children.map(node => [node.label, node.detail]),
			[['1', 'See resolution 79/1.'], ['2', 'Resolution 69/313, annex.'], ['3', 'A/80/245.']]);
	});

	it('keeps Chinese labels in Chinese', () => {
		const result = structureOf(chinese());
		assert.equal(result.language, 'zh');
		assert.match(group(result, 'operativePart').children[0].label, /^1\. \p{Script=Han}+$/u);
		assert.match(group(result, 'preamble').children[0].label, /^\p{Script=Han}+$/u);
	});

	it('never fails on text that is no resolution, and keeps every node inside the text', () => {
		for (const text of ['', '\n\n', 'Shopping list\n\nmilk, eggs', '<script>alert(1)</script>', '1.\n\n(a)\n\n¹']) {
			const result = structureOf(parse(text));
			assert.equal(result.counts.operative + result.counts.preamble <= 2, true, text);
			const lines = text.split('\n').length;
			const visit = (node: StructureNode): void => {
				assert.ok(node.range.end.line < lines, `${node.kind} ends past the text in ${JSON.stringify(text)}`);
				node.children.forEach(visit);
			};
			result.nodes.forEach(visit);
		}
		assert.deepEqual(structureOf(parse('')).nodes, []);
	});

	it('the 73/218 text: 38 preambular and 39 operative paragraphs, 13 footnotes', { skip: skip73218 }, () => {
		const result = structureOf(resolution73218());
		assert.deepEqual(result.counts, { preamble: 38, operative: 39, footnotes: 13 });
		assert.equal(group(result, 'operativePart').children.length, 39);
		assert.equal(group(result, 'operativePart').children[38].label, '39. 决定');
		assert.equal(group(result, 'preamble').children[0].label, '回顾');
		assert.equal(group(result, 'heading').children.find(node => node.kind === 'title')?.label, '73/218 信息和通信技术促进可持续发展');
	});
});
