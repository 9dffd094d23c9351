import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DocumentHighlightKind } from 'vscode-languageserver-types';
import { parseResolution } from '../../../server/src/languageService';
import { getDefinition } from '../../../server/src/languageService/features/navigation/definition';
import { getDocumentLinks } from '../../../server/src/languageService/features/navigation/links';
import { getDocumentHighlights, getReferences } from '../../../server/src/languageService/features/navigation/references';
import { WorkspaceIndex } from '../../../server/src/languageService/workspace/workspaceIndex';
import { corpusSkip, readCorpusFile } from '../../support/corpus';
import { slice } from '../../support/fixture';
import { navigationFixture, rangeText, textWithCursor } from '../../support/navigation';

const ENGLISH = `
	80/5. A draft

	The General Assembly,

	Recalling its resolution ⟦70/1⟧ and the report (⟦A/73/535⟧),⟦¹⟧

	1. Welcomes the report;⟦²⟧

	2. Decides to revisit paragraph ⟦1⟧ above and resolution 70/1,⟦¹⟧ and Human Rights Council decision 19/119;

	3. Also decides that paragraphs 1 and 2 above apply.

	⟦¹⟧ See A/60/687.
	⟦²⟧ Resolution 70/1.
`;

describe('document links', () => {
	it('links every citation with a symbol, and the heading number, to undocs.org in the draft\'s language', () => {
		const { resolution, document } = navigationFixture(ENGLISH);
		const links = getDocumentLinks(resolution, document);
		assert.deepEqual(links.map(link => [rangeText(document, link.range), link.target]), [
			['80/5', 'https://undocs.org/en/A/RES/80/5'],
			['70/1', 'https://undocs.org/en/A/RES/70/1'],
			['A/73/535', 'https://undocs.org/en/A/73/535'],
			['70/1', 'https://undocs.org/en/A/RES/70/1'],
			['19/119', 'https://undocs.org/en/A/HRC/DEC/19/119'],
			['A/60/687', 'https://undocs.org/en/A/60/687'],
			['70/1', 'https://undocs.org/en/A/RES/70/1'],
		]);
		assert.equal(links[2].tooltip, 'Open A/73/535 on undocs.org');
	});

	it('links a Chinese draft to undocs.org/zh with a Chinese tooltip, and gives a decision of the Assembly no link', () => {
		const { resolution, document } = navigationFixture('大会，\n\n回顾其第 70/1 号决议和第 58/553 号决定以及 A/73/535，\n\n1. 决定。\n');
		const links = getDocumentLinks(resolution, document);
		assert.deepEqual(links.map(link => link.target), ['https://undocs.org/zh/A/RES/70/1', 'https://undocs.org/zh/A/73/535']);
		assert.equal(links[0].tooltip, '在 undocs.org 上打开 A/RES/70/1');
	});
});

describe('go to definition', () => {
	const definitionAt = (source: string, needle: string, shift = 0, workspace?: WorkspaceIndex) => {
		const input = navigationFixture(source);
		const position = input.document.positionAt(input.text.indexOf(needle) + shift);
		return { input, links: getDefinition(input.resolution, input.document, position, workspace) };
	};

	it('goes from a footnote marker to its footnote text', () => {
		const { input, links } = definitionAt(ENGLISH, '),¹', 2);
		assert.equal(links.length, 1);
		assert.equal(rangeText(input.document, links[0].targetSelectionRange), '¹');
		assert.equal(rangeText(input.document, links[0].targetRange), '¹ See A/60/687.');
		assert.equal(rangeText(input.document, links[0].originSelectionRange!), '¹');
	});

	it('goes from "paragraph 1 above" to operative paragraph 1', () => {
		const { input, links } = definitionAt(ENGLISH, 'paragraph 1 above', 10);
		assert.equal(rangeText(input.document, links[0].targetSelectionRange), '1');
		assert.equal(rangeText(input.document, links[0].targetRange), '1. Welcomes the report;²');
	});

	it('goes from 第 1 段 to operative paragraph 1 in a Chinese draft', () => {
		const { input, links } = definitionAt('大会，\n\n回顾，\n\n1. 欢迎该报告；\n\n2. 决定重新审议上文第 1 段。\n', '第 1 段', 2);
		assert.equal(rangeText(input.document, links[0].targetRange), '1. 欢迎该报告；');
	});

	it('goes from a Chinese footnote marker to its text', () => {
		const { input, links } = definitionAt('大会，\n\n回顾其第 70/1 号决议，¹\n\n1. 决定。\n\n¹ 第 70/1 号决议。\n', '，¹', 1);
		assert.equal(rangeText(input.document, links[0].targetRange), '¹ 第 70/1 号决议。');
	});

	it('goes from a cited resolution to the workspace file that holds it', () => {
		const workspace = new WorkspaceIndex();
		workspace.update('file:///w/70-1.txt', parseResolution('United Nations\nA/RES/70/1\nGeneral Assembly\n\n70/1. Transforming our world\n\nThe General Assembly,\n\n1. Adopts.\n'));
		const { links } = definitionAt(ENGLISH, '70/1 and', 0, workspace);
		assert.equal(links.length, 1);
		assert.equal(links[0].targetUri, 'file:///w/70-1.txt');
		assert.deepEqual(links[0].targetSelectionRange.start, { line: 4, character: 0 });
	});

	it('finds nothing for a citation no workspace file holds, and nothing on plain words', () => {
		assert.deepEqual(definitionAt(ENGLISH, 'A/73/535').links, []);
		assert.deepEqual(definitionAt(ENGLISH, 'Welcomes').links, []);
	});
});

describe('find references and document highlight', () => {
	it('lists every marker of a footnote, and its text when declarations are asked for', () => {
		const input = navigationFixture(ENGLISH);
		const position = input.document.positionAt(input.text.indexOf('¹ See'));
		const markers = getReferences(input.resolution, input.document, position, false);
		assert.deepEqual(markers.map(location => input.document.offsetAt(location.range.start)), [input.ranges[2].start, input.ranges[5].start]);
		assert.equal(getReferences(input.resolution, input.document, position, true).length, 3);
	});

	it('lists every citation of a document in the draft and in the workspace', () => {
		const workspace = new WorkspaceIndex();
		workspace.update('file:///w/other.txt', parseResolution('The General Assembly,\n\nRecalling A/RES/70/1 and resolution 70/1,\n\n1. Decides.\n'));
		workspace.update('file:///workspace/draft.txt', parseResolution('stale copy of the draft: resolution 70/1'));
		const input = navigationFixture(ENGLISH);
		const position = input.document.positionAt(input.ranges[0].start);
		const locations = getReferences(input.resolution, input.document, position, true, workspace);
		const here = locations.filter(location => location.uri === input.document.uri).map(location => rangeText(input.document, location.range));
		assert.deepEqual(here, ['70/1', '70/1', '70/1']);
		assert.deepEqual(locations.filter(location => location.uri === 'file:///w/other.txt').map(location => location.range.start), [
			{ line: 2, character: 10 }, { line: 2, character: 36 },
		]);
	});

	it('lists the references to an operative paragraph from its number', () => {
		const input = navigationFixture(ENGLISH);
		const position = input.document.positionAt(input.text.indexOf('1. Welcomes'));
		const references = getReferences(input.resolution, input.document, position, false);
		assert.deepEqual(references.map(location => input.document.offsetAt(location.range.start)), [
			input.ranges[4].start, input.text.indexOf('1 and 2 above'),
		]);
	});

	it('highlights a footnote\'s label as a write and its markers as reads, in Chinese too', () => {
		const input = navigationFixture('大会，\n\n回顾，⟦¹⟧\n\n1. 决定，⟦¹⟧\n\n⟦¹⟧ 见 A/60/687。\n');
		const highlights = getDocumentHighlights(input.resolution, input.document, input.document.positionAt(input.ranges[1].start));
		assert.deepEqual(highlights.map(highlight => [input.document.offsetAt(highlight.range.start), highlight.kind]), [
			[input.ranges[0].start, DocumentHighlightKind.Read],
			[input.ranges[1].start, DocumentHighlightKind.Read],
			[input.ranges[2].start, DocumentHighlightKind.Write],
		]);
		assert.deepEqual(getDocumentHighlights(input.resolution, input.document, input.document.positionAt(0)), []);
	});

	it('marks the fixture ranges it relies on', () => {
		const input = navigationFixture(ENGLISH);
		assert.deepEqual(input.ranges.map(range => slice(input.text, range)), ['70/1', 'A/73/535', '¹', '²', '1', '¹', '¹', '²']);
	});
});

describe('navigation on the Chinese text of resolution 73/218', { skip: corpusSkip }, () => {
	const text = corpusSkip ? '' : readCorpusFile('zh-a-res-73-218.txt');
	const input = () => textWithCursor(text, '大会，');

	it('goes from every footnote marker to its footnote text, all 13 footnotes reached', () => {
		const { resolution, document } = input();
		const reached = new Set<number>();
		for (const marker of resolution.markers) {
			const links = getDefinition(resolution, document, document.positionAt(marker.span.start + 1));
			assert.equal(links.length, 1, `marker ${marker.number}`);
			const label = rangeText(document, links[0].targetSelectionRange);
			assert.equal(label, String.fromCodePoint(...[...String(marker.number)].map(digit => '⁰¹²³⁴⁵⁶⁷⁸⁹'.codePointAt(Number(digit))!)));
			assert.ok(rangeText(document, links[0].targetRange).length > label.length + 2);
			reached.add(marker.number);
		}
		assert.equal(resolution.markers.length, 17);
		assert.equal(reached.size, 13);
	});

	it('finds the three markers of footnote 4 from its text', () => {
		const { resolution, document } = input();
		const footnote = resolution.footnotes.find(candidate => candidate.number === 4)!;
		const references = getReferences(resolution, document, document.positionAt(footnote.labelSpan.start), false);
		assert.equal(references.length, 3);
		assert.ok(references.every(location => rangeText(document, location.range) === '⁴'));
	});

	it('links every symbol and resolution number to undocs.org/zh', () => {
		const { resolution, document } = input();
		const links = getDocumentLinks(resolution, document);
		assert.ok(links.length >= 40, `${links.length} links`);
		assert.ok(links.every(link => link.target!.startsWith('https://undocs.org/zh/')));
		assert.ok(links.some(link => link.target === 'https://undocs.org/zh/A/73/535'));
	});
});
