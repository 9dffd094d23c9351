import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findSymbols, normalizeSymbol, parseSymbol } from '../../../server/src/languageService/citations';
import { corpusFiles, corpusSkip, readCorpusFile } from '../../support/corpus';

function symbolTexts(text: string): string[] {
	return findSymbols(text).map(symbol => symbol.text);
}

describe('findSymbols', () => {
	it('finds every form of the grammar inside running text', () => {
		const forms = [
			'A/80/311', 'A/C.3/78/5', 'A/79/88-E/2024/61', 'A/78/12/Corr.2-E/2023/40/Corr.2', 'E/CN.17/2021/CRP.9',
			'TD/B/WP/3/7', 'CCW/CONF.VII/4', 'CCW/P.V/CONF/2025/2', 'CCW/AP.II/CONF.27/3', 'E/HLPF/2022/8',
			'S/RES/2418 (2018)', 'A/RES/217 A (III)', 'A/RES/ES-11/4', 'A/77/L.61*', 'A/70/49(Vol.II)', 'A/74/5/Add.4',
			'A/76/9/Rev.1', 'A/C.5/77/L.12', 'A/RES/2758 (XXVI)', 'A/HRC/RES/S-30/1', 'S/PRST/2021/9', 'S/PV.9100',
			'ST/AI/2019/3/Add.1/Rev.2', 'UNEP/EA.6/Res.4', 'CRC/C/GC/26', 'A/81/6 (Sect. 12)',
		];
		for (const form of forms) {
			const text = `The delegation drew attention to ${form} during the debate.`;
			assert.deepEqual(symbolTexts(text), [form], form);
		}
	});

	it('reports offsets into the text', () => {
		const text = 'See the note by the Secretary-General (A/80/204) and the report A/79/88-E/2024/61.';
		const found = findSymbols(text);
		assert.equal(found.length, 2);
		for (const symbol of found) {
			assert.equal(text.slice(symbol.span.start, symbol.span.end), symbol.text);
		}
	});

	it('never consumes a sentence full stop', () => {
		assert.deepEqual(symbolTexts('The expert group met as reported in TD/B/C.2/9.'), ['TD/B/C.2/9']);
		assert.deepEqual(symbolTexts('Its findings appear in E/CN.17/2021/CRP.9. They were welcomed.'), ['E/CN.17/2021/CRP.9']);
		assert.deepEqual(symbolTexts('See A/74/5/Add.4.'), ['A/74/5/Add.4']);
	});

	it('stops at Chinese full-width punctuation and characters', () => {
		assert.deepEqual(symbolTexts('见A/61/540。'), ['A/61/540']);
		assert.deepEqual(symbolTexts('见 A/C.3/60/4，附件。'), ['A/C.3/60/4']);
		assert.deepEqual(symbolTexts('根据CCW/CONF.VII/4号文件所载建议'), ['CCW/CONF.VII/4']);
		assert.deepEqual(symbolTexts('[根据第三委员会的报告(A/80/402)通过]'), ['A/80/402']);
	});

	it('keeps the parenthesised year of a Security Council symbol and drops a trailing paragraph reference', () => {
		assert.deepEqual(symbolTexts('as decided in S/RES/2231 (2015), the Council'), ['S/RES/2231 (2015)']);
		assert.deepEqual(symbolTexts('(A/80/522, para. 14)'), ['A/80/522']);
		assert.deepEqual(symbolTexts('(A/80/522، الفقرة 14)'), ['A/80/522']);
	});

	it('does not split prose parentheses at a hyphen', () => {
		assert.deepEqual(symbolTexts('see A/58/23 (Parts I-III) for details'), ['A/58/23 (Parts I-III)']);
	});

	it('finds nothing that is not a symbol', () => {
		const negatives = [
			'the General Assembly adopted 70/1 and the Council 2006/46',
			'resolution 2231 (2015) was adopted unanimously',
			'the fight against ISIL/Daesh and HIV/AIDS',
			'Telecommunication/ICT indicators',
			'visit undocs.org/A/RES/70/1 for the text',
			'a code like 3A/70/1 or ab/RES/1',
			'A/ and S/ alone',
		];
		for (const text of negatives) {
			assert.deepEqual(symbolTexts(text), [], text);
		}
	});

	it('rejects a symbol glued to more letters or digits', () => {
		assert.deepEqual(symbolTexts('A/RES/70/1x'), []);
		assert.deepEqual(symbolTexts('A/RES/70/1/'), []);
	});
});

describe('parseSymbol', () => {
	it('decomposes a General Assembly document symbol', () => {
		const parsed = parseSymbol('A/73/535');
		assert.ok(parsed);
		assert.equal(parsed.series, 'A');
		assert.equal(parsed.session, '73');
		assert.equal(parsed.sessionKind, 'session');
		assert.equal(parsed.number, '535');
		assert.deepEqual(parsed.bodies, []);
		assert.equal(parsed.parts.length, 1);
	});

	it('recognises bodies, years and special components', () => {
		const paper = parseSymbol('E/CN.16/2018/CRP.3');
		assert.ok(paper);
		assert.deepEqual(paper.bodies, ['CN.16']);
		assert.equal(paper.session, '2018');
		assert.equal(paper.sessionKind, 'year');
		assert.equal(paper.special, 'CRP.3');
		assert.equal(paper.number, undefined);

		const committee = parseSymbol('A/C.2/59/3');
		assert.deepEqual(committee?.bodies, ['C.2']);

		const verbatim = parseSymbol('S/PV.8891');
		assert.equal(verbatim?.special, 'PV.8891');

		const expert = parseSymbol('TD/B/EDE/1/3');
		assert.deepEqual(expert?.bodies, ['B', 'EDE']);
		assert.equal(expert?.session, '1');
		assert.equal(expert?.number, '3');
	});

	it('reads resolution symbols of every organ', () => {
		const council = parseSymbol('S/RES/2334 (2016)');
		assert.equal(council?.special, 'RES');
		assert.equal(council?.number, '2334');
		assert.equal(council?.parenthesis, '2016');

		const old = parseSymbol('A/RES/217 A (III)');
		assert.equal(old?.number, '217');
		assert.equal(old?.letter, 'A');
		assert.equal(old?.parenthesis, 'III');

		const emergency = parseSymbol('A/RES/ES-8/2');
		assert.equal(emergency?.session, 'ES-8');
		assert.equal(emergency?.sessionKind, 'emergency');

		const special = parseSymbol('A/HRC/RES/S-2/1');
		assert.deepEqual(special?.bodies, ['HRC']);
		assert.equal(special?.sessionKind, 'special');
		assert.equal(special?.number, '1');
	});

	it('reads modifiers, reissue stars and volumes', () => {
		const revised = parseSymbol('ST/AI/189/Add.3/Rev.2');
		assert.deepEqual(revised?.modifiers, ['Add.3', 'Rev.2']);
		assert.equal(revised?.number, '189');

		const reissued = parseSymbol('A/69/L.52*');
		assert.equal(reissued?.reissue, 1);
		assert.equal(reissued?.special, 'L.52');
		assert.equal(reissued?.session, '69');

		const volume = parseSymbol('A/68/49(Vol.I)');
		assert.equal(volume?.parenthesis, 'Vol. I');
		assert.equal(volume?.canonical, 'A/68/49 (Vol. I)');
	});

	it('lists the parts of a joint symbol', () => {
		const joint = parseSymbol('A/67/65/Corr.1-E/2012/48/Corr.1');
		assert.ok(joint);
		assert.deepEqual(joint.parts.map(part => part.canonical), ['A/67/65/Corr.1', 'E/2012/48/Corr.1']);
		assert.deepEqual(joint.parts[1].modifiers, ['Corr.1']);
		assert.equal(joint.parts[1].sessionKind, 'year');
		assert.equal(joint.series, 'A');
	});

	it('returns undefined for what is not a symbol', () => {
		for (const text of ['70/1', '', 'hello', 'A/', 'ISIL/Daesh', 'S/RES/2334 (2016) and more']) {
			assert.equal(parseSymbol(text), undefined, text);
		}
	});
});

describe('normalizeSymbol', () => {
	it('produces one canonical form regardless of spacing', () => {
		assert.equal(normalizeSymbol('S/RES/2334(2016)'), 'S/RES/2334 (2016)');
		assert.equal(normalizeSymbol('S/RES/2334 (2016)'), 'S/RES/2334 (2016)');
		assert.equal(normalizeSymbol(' A / 73 / 535 '), 'A/73/535');
		assert.equal(normalizeSymbol('A/RES/217A(III)'), 'A/RES/217 A (III)');
		assert.equal(normalizeSymbol('A/RES/68/247B'), 'A/RES/68/247 B');
		assert.equal(normalizeSymbol('A/68/49 (Vol. I)'), normalizeSymbol('A/68/49(Vol.I)'));
		assert.equal(normalizeSymbol('A/81/6(Sect.12)'), 'A/81/6 (Sect. 12)');
	});

	it('turns a non-breaking hyphen into a hyphen', () => {
		assert.equal(normalizeSymbol('A/79/88\u2011E/2024/61'), 'A/79/88-E/2024/61');
		assert.equal(normalizeSymbol('A/RES/ES\u201111/4'), 'A/RES/ES-11/4');
	});

	it('only tidies the spacing of other text', () => {
		assert.equal(normalizeSymbol('  not   a symbol '), 'not a symbol');
	});

	it('gives every symbol of the official texts the canonical form of its full parse', { skip: corpusSkip }, () => {
		// Plain symbols ("A/RES/70/125") skip the parse; this checks that the shortcut agrees with it.
		const symbols = corpusFiles().flatMap(name => symbolTexts(readCorpusFile(name)));
		assert.ok(symbols.length > 100);
		for (const symbol of symbols) {
			assert.equal(normalizeSymbol(symbol), parseSymbol(symbol.replace(/\s+/g, ''))?.canonical, symbol);
		}
	});
});
