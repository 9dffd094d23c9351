import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lookUpSymbol, readRecord, searchUrl, type Fetch } from '../../../client/src/catalogue/digitalLibrary';
import { LookupCache } from '../../../client/src/catalogue/lookupCache';

// A MARCXML answer written for the test in the shape the library's search returns (no network is used).
const ANSWER = `<?xml version="1.0" encoding="UTF-8"?>
<collection xmlns="http://www.loc.gov/MARC21/slim">
<record>
  <datafield tag="191" ind1=" " ind2=" "><subfield code="a">A/RES/70/1</subfield></datafield>
  <datafield tag="245" ind1="1" ind2="0"><subfield code="a">Transforming our world :</subfield><subfield code="b">the 2030 Agenda &amp; more /</subfield></datafield>
  <datafield tag="269" ind1=" " ind2=" "><subfield code="a">2015-10-21</subfield></datafield>
</record>
</collection>`;

const answering = (status: number, body: string): Fetch => async () => ({ ok: status === 200, status, text: async () => body });

describe('the UN Digital Library look-up', () => {
	it('searches by the symbol field', () => {
		assert.equal(searchUrl('A/RES/70/1'), 'https://digitallibrary.un.org/search?ln=en&of=xm&rg=1&p=191__a%3A%22A%2FRES%2F70%2F1%22');
	});

	it('reads title and date of the record whose symbol matches, with entities decoded', () => {
		assert.deepEqual(readRecord(ANSWER, 'a/res/70/1'), { found: true, title: 'Transforming our world: the 2030 Agenda & more', date: '2015-10-21' });
		assert.deepEqual(readRecord(ANSWER, 'A/RES/70/2'), { found: false });
		assert.deepEqual(readRecord('<collection></collection>', 'A/RES/70/1'), { found: false });
	});

	it('answers through the given fetch, and rejects what is not MARCXML or not a success', async () => {
		assert.equal((await lookUpSymbol('A/RES/70/1', answering(200, ANSWER))).title, 'Transforming our world: the 2030 Agenda & more');
		await assert.rejects(lookUpSymbol('A/RES/70/1', answering(200, '<html>challenge</html>')), /did not answer with MARCXML/);
		await assert.rejects(lookUpSymbol('A/RES/70/1', answering(503, '')), /answered 503/);
	});

	it('gives up after the timeout', async () => {
		const hanging: Fetch = (_url, init) => new Promise((_resolve, reject) => {
			init.signal.addEventListener('abort', () => reject(new Error('aborted')));
		});
		const started = Date.now();
		await assert.rejects(lookUpSymbol('A/RES/70/1', hanging, 50), /aborted/);
		assert.ok(Date.now() - started < 1000);
	});
});

describe('the disk cache of online look-ups', () => {
	it('keeps found records for three months and missing ones for a week', () => {
		let now = 0;
		const cache = new LookupCache(() => now);
		cache.set('A/RES/70/1', { found: true, title: 'T' });
		cache.set('A/RES/99/99', { found: false });
		now = 8 * 24 * 3600 * 1000;
		assert.deepEqual(cache.get('a/res/70/1'), { found: true, title: 'T' });
		assert.equal(cache.get('A/RES/99/99'), undefined);
		now = 91 * 24 * 3600 * 1000;
		assert.equal(cache.get('A/RES/70/1'), undefined);
	});

	it('survives a round trip through its file, and treats a corrupt file as empty', () => {
		const cache = new LookupCache(() => 1);
		cache.set('S/RES/2334 (2016)', { found: true, date: '2016-12-23' });
		assert.deepEqual(LookupCache.parse(cache.toJSON(), () => 2).get('S/RES/2334(2016)'), { found: true, date: '2016-12-23' });
		assert.equal(LookupCache.parse('{not json', () => 2).get('S/RES/2334 (2016)'), undefined);
		assert.equal(LookupCache.parse('{"X":{"found":"yes"}}', () => 2).get('X'), undefined);
	});
});
