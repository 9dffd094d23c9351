import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseResolution } from '../../../server/src/languageService';
import { splitLines } from '../../../server/src/languageService/text/lines';
import { TextView } from '../../../server/src/languageService/text/textView';
import { fixture, slice } from '../../support/fixture';

describe('source text', () => {
	it('splits LF, CRLF and CR lines and steps over a byte-order mark', () => {
		const lines = splitLines('\ufeffone\r\ntwo\rthree\nfour');
		assert.deepEqual(lines.map(line => line.span), [
			{ start: 1, end: 4 }, { start: 6, end: 9 }, { start: 10, end: 15 }, { start: 16, end: 20 },
		]);
	});

	it('parses the same structure whatever the line endings, with offsets into the original text', () => {
		const lf = 'The General Assembly,\n\nNoting the report,\n\n1. Welcomes the progress;\n\n2. Decides to continue.';
		for (const text of [lf, lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r'), '\ufeff' + lf.replace(/\n/g, '\r\n')]) {
			const resolution = parseResolution(text);
			assert.equal(resolution.preamble.length, 1);
			assert.deepEqual(resolution.operative.map(p => p.opener?.canonical), ['Welcomes', 'Decides']);
			assert.equal(slice(text, resolution.operative[1].opener!.span), 'Decides');
		}
	});

	it('reads Markdown links as their text and maps clean offsets back into the source', () => {
		const source = 'see [70/299](#) and **bold**';
		const view = TextView.of(source, [{ start: 0, end: source.length }]);
		assert.equal(view.text, 'see 70/299 and bold');
		assert.deepEqual(view.sourceSpan(4, 10), { start: 5, end: 11 });
		assert.deepEqual(view.sourceSpan(15, 19), { start: 22, end: 26 });
	});

	it('keeps the reissue asterisk of a symbol, which is not emphasis', () => {
		const source = 'the report A/81/L.5* was issued';
		assert.equal(TextView.of(source, [{ start: 0, end: source.length }]).text, source);
	});
});

describe('closing formula and artefacts', () => {
	it('reads the English closing: meeting, then date', () => {
		const text = 'The General Assembly,\n\nNoting,\n\n1. Decides.\n\n71st plenary meeting\n19 December 2026';
		const { closing } = parseResolution(text);
		assert.equal(closing!.meeting!.number, 71);
		assert.equal(closing!.date!.iso, '2026-12-19');
	});

	it('reads the Chinese closing: date, then meeting, with a footnote text after it', () => {
		const text = '大会，\n\n回顾，\n\n1. 决定。¹\n\n2026年12月19日\n第71次全体会议\n\n¹ A/81/1。';
		const resolution = parseResolution(text);
		assert.equal(resolution.closing!.meeting!.number, 71);
		assert.equal(resolution.closing!.date!.iso, '2026-12-19');
		assert.equal(resolution.footnotes.length, 1);
		assert.equal(resolution.unclassified.length, 0);
	});

	it('finds Word field errors in English and Chinese as artefacts with a problem', () => {
		const { text, ranges } = fixture(`
			大会，

			1. 鼓励落实峰会⟦错误！未定义书签。⟧的成果；

			2. Welcomes the outcome ⟦Error! Bookmark not defined.⟧ of the summit.
		`);
		const resolution = parseResolution(text);
		assert.deepEqual(resolution.artefacts.map(a => a.span), ranges);
		assert.equal(resolution.problems.filter(p => p.code === 'parse.artefact').length, 2);
	});
});

describe('robustness', () => {
	// A small deterministic generator: pieces of real-looking structure mixed with noise, so that the parser
	// meets every branch with broken input. The seed is printed on failure to reproduce it.
	const PIECES = [
		'The General Assembly,', '大会，', '1. ', '12. ', '(a) ', '(iv) ', 'a) ', '(أ) ', '㈠ ', '¹', '⁽²⁾', '[^3]', '[^3]: ',
		'Recalling', 'Decides', '回顾', '又欢迎', '**', '*', '[70/1](#)', 'A/73/535', 'resolution 70/1 of 25 September 2015',
		'\n', '\n\n', '\r\n', '\r', ' ', ',', ';', '.', '。', '，', 'A. ', 'II', '62nd plenary meeting', '2018年12月20日',
		'错误！未定义书签。', '\ufeff', '\u0000', '\ud800', 'إن الجمعية العامة،', '1 - ', '’1‘ ', '[', ']', '(', ')', '#',
	];

	function random(seed: number): () => number {
		let state = seed >>> 0;
		return () => {
			state = (state * 1664525 + 1013904223) >>> 0;
			return state / 0x100000000;
		};
	}

	it('never throws, and keeps every node inside the text with ordered offsets', () => {
		for (let seed = 1; seed <= 400; seed++) {
			const next = random(seed);
			const text = Array.from({ length: Math.floor(next() * 80) }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
			const resolution = parseResolution(text);
			const spans = [
				...resolution.preamble.map(p => p.span), ...resolution.operative.map(p => p.span),
				...resolution.footnotes.map(f => f.span), ...resolution.markers.map(m => m.span),
				...resolution.citations.map(c => c.span), ...resolution.unclassified.map(u => u.span),
			];
			for (const span of spans) {
				assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `seed ${seed}: ${JSON.stringify(span)}`);
			}
		}
	});
});
