import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseResolution } from '../../../server/src/languageService';
import { fixture, slice } from '../../support/fixture';

describe('heading', () => {
	it('reads the masthead, session block, adoption line, origin, number, title and organ line of a GA text', () => {
		const { text, ranges } = fixture(`
			United Nations
			⟦A/RES/81/12⟧
			General Assembly
			Distr.: General
			14 January 2027

			Eighty-first session
			Agenda items ⟦31⟧ and ⟦32 (b)⟧
			Cooperation between small island States on ocean observation

			Resolution adopted by the General Assembly on ⟦18 December 2026⟧

			[on the report of the Second Committee (⟦A/81/440⟧, para. 9)]

			⟦81/12⟧. ⟦Cooperation between small island States on ocean observation⟧

			⟦The General Assembly,⟧

			Recalling its earlier work on the subject,

			1. Decides to continue the discussion.
		`);
		const { header, organ } = parseResolution(text);
		assert.equal(organ, 'GA');
		assert.equal(slice(text, header.masthead!.symbol!.span), 'A/RES/81/12');
		assert.equal(header.masthead!.distribution!.text, 'Distr.: General');
		assert.equal(header.session!.number, 81);
		assert.deepEqual(header.agendaItems.map(item => item.text), ['31', '32 (b)']);
		assert.deepEqual(header.agendaItems.map(item => slice(text, item.span)), [slice(text, ranges[1]), slice(text, ranges[2])]);
		assert.equal(header.agendaTitle!.text, 'Cooperation between small island States on ocean observation');
		assert.equal(header.adoption!.date!.iso, '2026-12-18');
		assert.deepEqual(header.adoption!.date!.span, ranges[3]);
		assert.deepEqual(header.origin!.reportSymbols.map(symbol => symbol.span), [ranges[4]]);
		assert.deepEqual(header.number!.span, ranges[5]);
		assert.deepEqual(header.title!.span, ranges[6]);
		assert.deepEqual(header.organLine!.span, ranges[7]);
	});

	it('reads a Chinese heading with spaced dates, the bracketed origin and the organ line with a full-width comma', () => {
		const text = [
			'第八十一届会议', '', '议程项目 45', '', '2026 年 12 月 18 日大会决议', '',
			'[根据第三委员会的报告(A/81/455)通过]', '', '81/40. 海洋观测合作', '', '大会，', '',
			'回顾其以往的有关决议，', '', '1. 决定继续审议这一问题。',
		].join('\n');
		const { header, organ, language } = parseResolution(text);
		assert.equal(language, 'zh');
		assert.equal(organ, 'GA');
		assert.equal(header.session!.number, 81);
		assert.deepEqual(header.agendaItems.map(item => item.text), ['45']);
		assert.equal(header.adoption!.date!.iso, '2026-12-18');
		assert.deepEqual(header.origin!.reportSymbols.map(symbol => symbol.text), ['A/81/455']);
		assert.equal(header.number!.text, '81/40');
		assert.equal(header.title!.text, '海洋观测合作');
		assert.equal(header.organLine!.text, '大会，');
	});

	it('reads a Security Council heading: number line with the year, adoption at a meeting, no title', () => {
		const text = [
			'Resolution 2901 (2026)', '', 'Adopted by the Security Council at its 9999th meeting, on 3 March 2026', '',
			'The Security Council,', '', 'Reaffirming its commitment to the mission,', '', '1. Decides to remain seized of the matter.',
		].join('\n');
		const { header, organ } = parseResolution(text);
		assert.equal(organ, 'SC');
		assert.equal(header.number!.text, '2901 (2026)');
		assert.equal(header.title, undefined);
		assert.equal(header.adoption!.date!.iso, '2026-03-03');
	});

	it('takes the session from the resolution number when the session line cannot be read as a number', () => {
		const text = ['Session quatre-vingt-unième bis', '', '81/7. Titre', '', 'L’Assemblée générale,', '', 'Rappelant sa résolution,'].join('\n');
		const { header, language } = parseResolution(text);
		assert.equal(language, 'fr');
		assert.equal(header.number!.text, '81/7');
	});

	it('has no heading when a draft starts with its paragraphs, and reads them all as body', () => {
		const text = 'Recalling its previous work,\n\nNoting the report,\n\n1. Welcomes the progress made;\n\n2. Decides to continue.';
		const resolution = parseResolution(text);
		assert.equal(resolution.header.organLine, undefined);
		assert.equal(resolution.preamble.length, 2);
		assert.equal(resolution.operative.length, 2);
	});

	it('does not take the organ named in the masthead for the organ line', () => {
		const text = ['United Nations', 'S/RES/2901 (2026)', 'Security Council', 'Distr.: General', '3 March 2026', '', 'The Security Council,', '', 'Noting the letter,', '', '1. Decides to act.'].join('\n');
		const { header } = parseResolution(text);
		assert.equal(header.masthead!.organ!.text, 'Security Council');
		assert.equal(header.organLine!.text, 'The Security Council,');
		assert.equal(header.masthead!.issueDate!.text, '3 March 2026');
	});
});
