import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
	findCitations, findDates, findResolutionReferences, findSymbols, normalizeSymbol, parseSymbol,
} from '../../../server/src/languageService/citations';
import type { DocumentLanguage, Span } from '../../../server/src/languageService/model/types';

const LANGUAGES: DocumentLanguage[] = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];

describe('findCitations', () => {
	it('merges symbols and references in order, without reading a number twice', () => {
		const text = 'Recalling its resolution 70/1 and the report (A/80/204), and taking note of A/RES/70/1 and S/RES/2231(2015).';
		const citations = findCitations(text, 'en', 'GA');
		assert.deepEqual(citations.map(citation => [citation.kind, citation.text, citation.symbol]), [
			['resolution', '70/1', 'A/RES/70/1'],
			['symbol', 'A/80/204', 'A/80/204'],
			['symbol', 'A/RES/70/1', 'A/RES/70/1'],
			['symbol', 'S/RES/2231(2015)', 'S/RES/2231 (2015)'],
		]);
		for (const citation of citations) {
			assert.equal(text.slice(citation.span.start, citation.span.end), citation.text);
		}
	});

	it('reads a Chinese paragraph with symbols and resolution numbers', () => {
		const text = '回顾其 2016 年 12 月 21 日第 71/243 号决议，并注意到秘书长的报告(A/80/74-E/2025/53)。';
		const citations = findCitations(text, 'zh', 'GA');
		assert.deepEqual(citations.map(citation => [citation.kind, citation.text, citation.date?.iso]), [
			['resolution', '71/243', '2016-12-21'],
			['symbol', 'A/80/74-E/2025/53', undefined],
		]);
	});

	it('returns nothing for empty or wrong input', () => {
		const wrong = [undefined, null, 42, {}, ''] as unknown as string[];
		for (const value of wrong) {
			assert.deepEqual(findCitations(value, 'en'), []);
			assert.deepEqual(findSymbols(value), []);
			assert.deepEqual(findDates(value, 'fr'), []);
			assert.deepEqual(findResolutionReferences(value, 'zh'), []);
			assert.equal(parseSymbol(value), undefined);
		}
		assert.deepEqual(findCitations('resolution 70/1', 'xx' as DocumentLanguage), []);
		assert.deepEqual(findResolutionReferences('resolution 70/1', 'en', [null, { start: NaN, end: 3 }] as unknown as Span[]).length, 1);
	});
});

/** A small deterministic generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const PIECES = [
	'A', 'S', 'E', 'ES-', 'S-', 'RES', '/', '/', '-', '\u2011', '.', ',', ' ', ' ', '(', ')', '*', '1', '2', '7', '19',
	'2016', '(2015)', '(XXVI)', 'Add.1', 'CN.', 'L.', 'resolution ', 'resolutions ', 'decision ', 'and ', 'of ',
	'January ', 'mai ', 'de ', 'года', 'ноября ', '第', '号', '决议', '决定', '、', '和', '年', '月', '日', '。', '，',
	'القرار ', 'و ', 'المؤرخ ', 'كانون الثاني/يناير ', 'دإ-', 'ألف', 'Council ', 'Human Rights Council ', '\n',
	// Whole pieces of citations, so that the random texts also contain citations and not only noise.
	'70/1', '2334 (2016)', 'A/73/535', '217 A (III)', ' of 3 May 2020', '1er mai 2020', '25 de mayo de 2019',
	'22 ноября 2004 года', '2015 年 9 月 25 日', '10 حزيران/يونيه 2025', 'S-8/1 ', '第 70/1 号', '号决议',
];

describe('robustness', () => {
	it('never throws on random input and keeps every span inside the text', () => {
		const next = random(20240611);
		for (let round = 0; round < 400; round++) {
			let text = '';
			const length = Math.floor(next() * 60);
			for (let i = 0; i < length; i++) {
				text += PIECES[Math.floor(next() * PIECES.length)];
			}
			for (const language of LANGUAGES) {
				const citations = findCitations(text, language, 'GA');
				let previousEnd = 0;
				for (const citation of citations) {
					assert.ok(citation.span.start >= previousEnd && citation.span.end <= text.length, `${language}: ${text}`);
					assert.ok(citation.span.start < citation.span.end);
					assert.equal(text.slice(citation.span.start, citation.span.end), citation.text);
					previousEnd = citation.span.end;
				}
				for (const date of findDates(text, language)) {
					assert.ok(date.span.start >= 0 && date.span.end <= text.length);
					assert.match(date.iso, /^\d{4}-\d{2}-\d{2}$/);
				}
			}
			for (const symbol of findSymbols(text)) {
				assert.ok(parseSymbol(symbol.text), symbol.text);
			}
			assert.equal(typeof normalizeSymbol(text), 'string');
		}
	});

	it('finishes quickly on long pathological lines', () => {
		const lines = [
			'A/'.repeat(50000), '1/'.repeat(50000), '1234567890'.repeat(10000), 'A/1'.repeat(33000),
			'resolution 1 ('.repeat(7000), '第 1/1 号、'.repeat(10000), '1 January '.repeat(10000), '9/9 A and B, '.repeat(8000),
			' (2016)'.repeat(14000), 'S-1/'.repeat(25000), 'القرار 1/1، و '.repeat(7000), 'A/RES/'.repeat(16000) + '1',
		];
		for (const line of lines) {
			const started = Date.now();
			for (const language of LANGUAGES) {
				findCitations(line, language, 'GA');
			}
			const elapsed = Date.now() - started;
			assert.ok(elapsed < 1000, `${JSON.stringify(line.slice(0, 12))} took ${elapsed} ms`);
		}
	});
});
