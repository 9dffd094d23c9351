import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeSymbol, summarizeSymbol } from '../../../server/src/languageService/citations/describeSymbol';

/** The meaning of a one-part symbol in a language, or undefined when it is not a symbol. */
function meaning(symbol: string, language: 'en' | 'zh' = 'en'): string | undefined {
	const description = describeSymbol(symbol, language);
	return description && summarizeSymbol(description, language);
}

// Symbol → what the English hover says. Every form of drafting-rules.md §2.3 and the issue's own examples.
const ENGLISH: ReadonlyArray<[string, string]> = [
	['A/73/535', 'A/73/535 — General Assembly, seventy-third session, document 535'],
	['A/C.2/59/3', 'A/C.2/59/3 — General Assembly, Second Committee, fifty-ninth session, document 3'],
	['E/CN.16/2018/CRP.3', 'E/CN.16/2018/CRP.3 — Economic and Social Council, Commission on Science and Technology for Development, 2018, conference room paper 3'],
	['E/HLPF/2017/4', 'E/HLPF/2017/4 — Economic and Social Council, High-level Political Forum on Sustainable Development, 2017, document 4'],
	['S/RES/2334 (2016)', 'S/RES/2334 (2016) — Security Council, resolution 2334 (2016)'],
	['S/RES/2334(2016)', 'S/RES/2334 (2016) — Security Council, resolution 2334 (2016)'],
	['A/RES/2758 (XXVI)', 'A/RES/2758 (XXVI) — General Assembly, twenty-sixth session, resolution 2758 (XXVI)'],
	['A/RES/217 A (III)', 'A/RES/217 A (III) — General Assembly, third session, resolution 217 A (III)'],
	['A/RES/3201 (S-VI)', 'A/RES/3201 (S-VI) — General Assembly, sixth special session, resolution 3201 (S-VI)'],
	['A/RES/S-13/2', 'A/RES/S-13/2 — General Assembly, thirteenth special session, resolution S-13/2'],
	['A/RES/ES-8/2', 'A/RES/ES-8/2 — General Assembly, eighth emergency special session, resolution ES-8/2'],
	['A/RES/44/25', 'A/RES/44/25 — General Assembly, forty-fourth session, resolution 44/25'],
	['A/RES/70/1', 'A/RES/70/1 — General Assembly, seventieth session, resolution 70/1'],
	['A/RES/68/247B', 'A/RES/68/247 B — General Assembly, sixty-eighth session, resolution 68/247 B'],
	['A/HRC/RES/37/1', 'A/HRC/RES/37/1 — General Assembly, Human Rights Council, thirty-seventh session, resolution 37/1'],
	['A/HRC/RES/S-2/1', 'A/HRC/RES/S-2/1 — General Assembly, Human Rights Council, second special session, resolution S-2/1'],
	['E/RES/2006/46', 'E/RES/2006/46 — Economic and Social Council, 2006, resolution 2006/46'],
	['S/PRST/2014/16', 'S/PRST/2014/16 — Security Council, 2014, presidential statement 16'],
	['S/PV.8891', 'S/PV.8891 — Security Council, verbatim record of meeting 8891'],
	['A/C.4/66/SR.10', 'A/C.4/66/SR.10 — General Assembly, Fourth Committee, sixty-sixth session, summary record of meeting 10'],
	['A/68/49(Vol.I)', 'A/68/49 (Vol. I) — General Assembly, sixty-eighth session, document 49, volume I'],
	['A/81/6 (Sect. 10)', 'A/81/6 (Sect. 10) — General Assembly, eighty-first session, document 6, section 10'],
	['A/BUR/72/1', 'A/BUR/72/1 — General Assembly, General Committee, seventy-second session, document 1'],
	['A/INF/61/3', 'A/INF/61/3 — General Assembly, sixty-first session, information document 3'],
	['ST/AI/189/Add.3/Rev.2', 'ST/AI/189/Add.3/Rev.2 — Secretariat, administrative instruction, document 189, addendum 3, revision 2'],
	['ST/CS/SER.A/45', 'ST/CS/SER.A/45 — Secretariat, CS, series A, document 45'],
	['CCPR/C/ALB/2004/1', 'CCPR/C/ALB/2004/1 — International Covenant on Civil and Political Rights, Human Rights Committee, ALB, 2004, document 1'],
	['CAT/C/SR.209', 'CAT/C/SR.209 — Convention against Torture, Committee against Torture, summary record of meeting 209'],
	['A/CN.4/SR.3500', 'A/CN.4/SR.3500 — General Assembly, International Law Commission, summary record of meeting 3500'],
	['A/C.5/57/L.54', 'A/C.5/57/L.54 — General Assembly, Fifth Committee, fifty-seventh session, limited-distribution document 54 (usually a draft)'],
	['A/61/L.45/Add.1', 'A/61/L.45/Add.1 — General Assembly, sixty-first session, limited-distribution document 45 (usually a draft), addendum 1'],
	['A/69/L.52*', 'A/69/L.52* — General Assembly, sixty-ninth session, limited-distribution document 52 (usually a draft), reissued for technical reasons'],
	['TD/B/EDE/1/3', 'TD/B/EDE/1/3 — United Nations Conference on Trade and Development, Trade and Development Board, Intergovernmental Group of Experts on E-commerce and the Digital Economy, first session, document 3'],
	['UNEP/EA.5/Res.1', 'UNEP/EA.5/Res.1 — United Nations Environment Programme, United Nations Environment Assembly (EA.5), resolution 1'],
	['A/58/23 (Parts I-III)', 'A/58/23 (Parts I-III) — General Assembly, fifty-eighth session, document 23, parts I-III'],
	['CCW/CONF.VII/4', 'CCW/CONF.VII/4 — Convention on Certain Conventional Weapons, conference VII, document 4'],
	['A/HRC/WG.6/30/1', 'A/HRC/WG.6/30/1 — General Assembly, Human Rights Council, working group 6, thirtieth session, document 1'],
	['S/2018/123', 'S/2018/123 — Security Council, 2018, document 123'],
	['A/101/1', 'A/101/1 — General Assembly, one hundred and first session, document 1'],
	['E/CN.6/2025/L.3/Rev.1', 'E/CN.6/2025/L.3/Rev.1 — Economic and Social Council, Commission on the Status of Women, 2025, limited-distribution document 3 (usually a draft), revision 1'],
];

const CHINESE: ReadonlyArray<[string, string]> = [
	['A/73/535', 'A/73/535 — 大会，第七十三届会议，第 535 号文件'],
	['A/C.2/59/3', 'A/C.2/59/3 — 大会，第二委员会，第五十九届会议，第 3 号文件'],
	['A/60/687', 'A/60/687 — 大会，第六十届会议，第 687 号文件'],
	['E/CN.16/2018/CRP.3', 'E/CN.16/2018/CRP.3 — 经济及社会理事会，科学和技术促进发展委员会，2018 年，第 3 号会议室文件'],
	['TD/B/EDE/1/3', 'TD/B/EDE/1/3 — 联合国贸易和发展会议，贸易和发展理事会，电子商务和数字经济政府间专家组，第一届会议，第 3 号文件'],
	['E/HLPF/2017/4', 'E/HLPF/2017/4 — 经济及社会理事会，可持续发展问题高级别政治论坛，2017 年，第 4 号文件'],
	['S/RES/2334 (2016)', 'S/RES/2334 (2016) — 安全理事会，第 2334 (2016) 号决议'],
	['A/RES/70/1', 'A/RES/70/1 — 大会，第七十届会议，第 70/1 号决议'],
	['A/RES/ES-10/2', 'A/RES/ES-10/2 — 大会，第十届紧急特别会议，第 ES-10/2 号决议'],
	['S/PV.8891', 'S/PV.8891 — 安全理事会，第 8891 次会议逐字记录'],
	['A/69/L.52*', 'A/69/L.52* — 大会，第六十九届会议，第 52 号限量分发文件（通常为草案），因技术原因重新印发'],
	['A/68/49 (Vol. I)', 'A/68/49 (Vol. I) — 大会，第六十八届会议，第 49 号文件，第 I 卷'],
	['ST/AI/189/Add.3/Rev.2', 'ST/AI/189/Add.3/Rev.2 — 秘书处，行政指示，第 189 号文件，增编 3，订正 2'],
];

describe('decoding document symbols', () => {
	for (const [symbol, expected] of ENGLISH) {
		it(`says in English what ${symbol} is`, () => {
			assert.equal(meaning(symbol, 'en'), expected);
		});
	}

	for (const [symbol, expected] of CHINESE) {
		it(`says in Chinese what ${symbol} is`, () => {
			assert.equal(meaning(symbol, 'zh'), expected);
		});
	}

	it('describes both parts of a joint symbol, in English and in Chinese', () => {
		const english = describeSymbol('A/73/66-E/2018/10', 'en')!;
		assert.deepEqual(english.parts, [
			{ symbol: 'A/73/66', meaning: 'General Assembly, seventy-third session, document 66' },
			{ symbol: 'E/2018/10', meaning: 'Economic and Social Council, 2018, document 10' },
		]);
		assert.match(summarizeSymbol(english, 'en'), /^A\/73\/66-E\/2018\/10 — joint symbol, one document issued to 2 organs: A\/73\/66 \(General Assembly/);
		const chinese = describeSymbol('A/67/65/Corr.1-E/2012/48/Corr.1', 'zh')!;
		assert.deepEqual(chinese.parts.map(part => part.meaning), [
			'大会，第六十七届会议，第 65 号文件，更正 1',
			'经济及社会理事会，2012 年，第 48 号文件，更正 1',
		]);
		assert.match(summarizeSymbol(chinese, 'zh'), /联合文号.*A\/67\/65\/Corr\.1（大会/);
	});

	it('describes the nested sub-commission of a joint symbol', () => {
		const description = describeSymbol('E/CN.4/1995/2-E/CN.4/Sub.2/1994/56', 'en')!;
		assert.equal(description.parts[1].meaning,
			'Economic and Social Council, Commission on Human Rights, Sub-Commission on the Promotion and Protection of Human Rights, 1994, document 56');
	});

	it('words French and Arabic drafts in their own language, no longer in English (describeSymbolLanguages.test.ts)', () => {
		assert.notEqual(meaning('A/73/535', 'en'), summarizeSymbol(describeSymbol('A/73/535', 'fr')!, 'fr'));
		assert.notEqual(meaning('A/73/535', 'en'), summarizeSymbol(describeSymbol('A/73/535', 'ar')!, 'ar'));
	});

	it('keeps unknown components as written rather than guessing', () => {
		assert.equal(meaning('XYZ/Q/12/4'), 'XYZ/Q/12/4 — XYZ, Q, twelfth session, document 4');
	});

	const MALFORMED = ['', 'A/', 'a/73/535', 'A//1', 'ISIL/Daesh', 'HIV/AIDS', '73/218', 'A/RES/', 'A/73/535/', 'A/73/535-',
		'ABCDEFGHI/1', 'A/73/535 extra', 'A/RES/70/1.', 'A-73-535', 'S/RES/2334 (2016', 'A/ 73/535'];
	for (const text of MALFORMED) {
		it(`does not describe "${text}", which is not a symbol`, () => {
			assert.equal(describeSymbol(text, 'en'), undefined);
		});
	}

	it('never throws on values that are not strings', () => {
		for (const value of [undefined, null, 42, {}, []]) {
			assert.equal(describeSymbol(value as unknown as string, 'en'), undefined);
		}
	});
});
