import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCitationIndex, ownSymbol, undocsUrl } from '../../../server/src/languageService/features/views/citationIndex';
import type { CitationsResult, CitedDocument } from '../../../server/src/languageService/features/views/protocol';
import { chinese, english, parse, type Parsed, resolution73218, skip73218 } from './support';

const indexOf = ({ resolution, document }: Parsed, titles?: (symbol: string) => string | undefined) =>
	buildCitationIndex(resolution, document, titles);

function cited(result: CitationsResult, key: string): CitedDocument {
	const found = result.groups.flatMap(group => group.documents).find(entry => entry.key === key);
	assert.ok(found, `${key} is not among the cited documents`);
	return found;
}

describe('citations view: buildCitationIndex', () => {
	it('groups the cited documents by organ, in the order the draft first cites them', () => {
		const result = indexOf(parse([
			'The Security Council,', '',
			'Recalling its resolution 2334 (2016) and General Assembly resolution 70/1, and A/73/535,', '',
			'Noting resolution 2334 (2016), the report E/2018/10 and document TD/B/EDE/1/3,', '',
			'1. Decides to remain seized of the matter.',
		].join('\n')));
		assert.deepEqual(result.groups.map(group => group.organ), ['GA', 'SC', 'ECOSOC', 'other']);
		const council = result.groups.find(group => group.organ === 'SC')!;
		assert.deepEqual(council.documents.map(entry => [entry.key, entry.label, entry.occurrences.length]), [['S/RES/2334 (2016)', '2334 (2016)', 2]]);
		assert.deepEqual(result.groups[0].documents.map(entry => entry.key), ['A/RES/70/1', 'A/73/535']);
		assert.equal(cited(result, 'S/RES/2334 (2016)').occurrences[1].range.start.line, 4);
	});

	it('links each document to undocs.org in the draft\'s language, with the symbol encoded', () => {
		assert.equal(undocsUrl('S/RES/2334 (2016)', 'en'), 'https://undocs.org/en/S/RES/2334%20(2016)');
		const result = indexOf(english());
		assert.equal(cited(result, 'A/RES/70/1').url, 'https://undocs.org/en/A/RES/70/1');
		assert.equal(cited(result, 'A/80/512').kind, 'symbol');
		assert.equal(indexOf(chinese()).language, 'zh');
		assert.match(cited(indexOf(chinese()), 'A/RES/70/1').url ?? '', /^https:\/\/undocs\.org\/zh\//);
	});

	it('takes titles from the lookup it is given, and a draft knows its own symbol', () => {
		const result = indexOf(english(), symbol => symbol === 'A/RES/70/1' ? 'Transforming our world' : undefined);
		assert.equal(cited(result, 'A/RES/70/1').title, 'Transforming our world');
		assert.equal(cited(result, 'A/RES/78/160').title, undefined);
		assert.equal(ownSymbol(english().resolution), 'A/RES/80/999');
	});

	it('is empty, not broken, for a text without citations', () => {
		assert.deepEqual(indexOf(parse('')).groups, []);
		assert.deepEqual(indexOf(parse('Just a note about lunch.')).groups, []);
	});

	it('the 73/218 text: resolutions of the Assembly and the Council, counted per document', { skip: skip73218 }, () => {
		const result = indexOf(resolution73218());
		assert.deepEqual(result.groups.map(group => group.organ), ['GA', 'ECOSOC', 'other']);
		assert.equal(cited(result, 'A/73/535').occurrences.length, 1);
		assert.equal(cited(result, 'A/60/687').occurrences.length, 1);
		assert.ok(cited(result, 'E/RES/2006/46').occurrences.length >= 2);
		assert.equal(cited(result, 'A/RES/70/1').url, 'https://undocs.org/zh/A/RES/70/1');
		const total = result.groups.flatMap(group => group.documents).reduce((sum, entry) => sum + entry.occurrences.length, 0);
		assert.equal(total, resolution73218().resolution.citations.length);
	});
});
