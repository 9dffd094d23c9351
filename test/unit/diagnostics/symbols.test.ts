import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticCode } from '../../../server/src/languageService/diagnostics';
import { fixture } from '../../support/fixture';
import { applyFix, findingsOf, onlyFix } from '../../support/findings';

const { SymbolMalformed } = DiagnosticCode;

/** A short resolution whose first preambular paragraph is `paragraph`. */
function withParagraph(paragraph: string): string {
	return `The General Assembly,\n\n${paragraph}\n\n1. Decides to continue the discussion.`;
}

describe('symbol.malformed', () => {
	it('reports a doubled slash, a lower-case series and a trailing slash, each with its repair', () => {
		const { text, ranges } = fixture(`
			The General Assembly,

			Taking note of the reports of the Secretary-General (⟦A/73//535⟧, ⟦a/73/536⟧ and ⟦A/73/537/⟧),

			1. Decides to continue the discussion.
		`);
		const findings = findingsOf(text, SymbolMalformed);
		assert.deepEqual(findings.map(finding => finding.span), ranges);
		assert.equal(findings[0].severity, 'warning');
		assert.deepEqual(findings.map(finding => finding.message), [
			'"A/73//535" is not a well-formed document symbol: it has a doubled slash. Did you mean A/73/535?',
			'"a/73/536" is not a well-formed document symbol: its series is written in lower case. Did you mean A/73/536?',
			'"A/73/537/" is not a well-formed document symbol: it ends with a slash. Did you mean A/73/537?',
		]);
		const fixed = findings.map(onlyFix).reverse().reduce(applyFix, text);
		assert.match(fixed, /\(A\/73\/535, A\/73\/536 and A\/73\/537\)/);
		assert.deepEqual(findingsOf(fixed, SymbolMalformed), []);
	});

	it('reports an unknown series without guessing a repair', () => {
		const { text, ranges } = fixture(`
			The General Assembly,

			Recalling the report of the Board (⟦QZ/73/5⟧),

			1. Decides to continue the discussion.
		`);
		const [finding] = findingsOf(text, SymbolMalformed);
		assert.deepEqual(finding.span, ranges[0]);
		assert.equal(finding.message, '"QZ/73/5" is not a well-formed document symbol: QZ is not a known United Nations series.');
		assert.equal(finding.fixes, undefined);
	});

	it('accepts a joint symbol of known series and reports an unknown series after the hyphen', () => {
		const { text, ranges } = fixture(`
			The General Assembly,

			Recalling the reports (A/73/66-E/2018/10, ⟦A/73/67-QZ/2018/11⟧ and A/67/65/Corr.1-E/2012/48/Corr.1),

			1. Decides to continue the discussion.
		`);
		const findings = findingsOf(text, SymbolMalformed);
		assert.deepEqual(findings.map(finding => finding.span), ranges);
		assert.equal(findings[0].message, '"A/73/67-QZ/2018/11" is not a well-formed document symbol: QZ is not a known United Nations series.');
	});

	it('reads sub-paragraphs, footnote texts and the origin line of the heading', () => {
		const { text, ranges } = fixture(`
			Resolution adopted by the General Assembly on 20 December 2018

			[on the report of the Second Committee (⟦A/73//535⟧)]

			73/218. Information and communications technologies

			The General Assembly,

			Recalling its resolution 70/1,¹

			1. Requests the Secretary-General:

			(a) To report on the reviews (⟦E/2018//10⟧);

			(b) To consult States.

			¹ See ⟦a/70/1⟧.
		`);
		assert.deepEqual(findingsOf(text, SymbolMalformed).map(finding => finding.span), ranges);
	});

	it('reports a malformed symbol in a Chinese text', () => {
		const { text, ranges } = fixture(`
			大会，

			注意到秘书长的报告（⟦A/73//535⟧），

			1. 决定继续审议。
		`);
		assert.deepEqual(findingsOf(text, SymbolMalformed).map(finding => finding.span), ranges);
	});

	it('accepts the symbols the official texts cite', () => {
		const symbols = [
			'CCW/CONF.VI/11', 'CCW/P.V/CONF/2023/5', 'CCW/AP.II/CONF.25/5', 'CCW/MSP/2023/7', 'E/HLPF/2017/4',
			'TD/B/EDE/1/3', 'E/CN.16/2018/CRP.3', 'A/73/66-E/2018/10', 'A/67/65/Corr.1-E/2012/48/Corr.1', 'E/FFDF/2020/3',
			'S/RES/2334 (2016)', 'A/RES/217 A (III)', 'A/RES/ES-8/2', 'A/HRC/RES/37/1', 'A/69/L.52*', 'UNEP/EA.5/Res.1',
			'ST/AI/189/Add.3/Rev.2', 'A/68/49(Vol.I)', 'A/C.2/59/3',
		];
		assert.deepEqual(findingsOf(withParagraph(`Recalling the documents ${symbols.join(', ')},`), SymbolMalformed), []);
	});

	it('leaves alone resolution numbers, dates, slashed words and web addresses', () => {
		const paragraph = 'Recalling its resolutions 70/1 and 2006/46 of 10/12/2020, the HIV/AIDS response and/or'
			+ ' the page https://undocs.org/en/A/RES/70/1 and undocs.org/A/RES/70/1, at 24/7 and 5 km/h,';
		const chinese = '大会，\n\n回顾其第 70/1 号决议和第 2334(2016) 号决议，\n\n1. 决定继续审议。';
		assert.deepEqual(findingsOf(withParagraph(paragraph), SymbolMalformed), []);
		assert.deepEqual(findingsOf(chinese, SymbolMalformed), []);
	});
});
