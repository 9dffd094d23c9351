import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticCode } from '../../../server/src/languageService/diagnostics';
import { fixture } from '../../support/fixture';
import { findingsOf } from '../../support/findings';

const { HeaderInconsistent } = DiagnosticCode;

const BODY = 'The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Decides to continue the discussion.';

/** A General Assembly heading and closing with each element as given. */
function assemblyText(session: string, adopted: string, report: string, number: string, closing: string): string {
	return [
		session, 'Agenda item 17', '', `Resolution adopted by the General Assembly on ${adopted}`, '',
		`[on the report of the Second Committee (${report})]`, '', `${number}. Information technologies`, '', BODY, '',
		'62nd plenary meeting', closing,
	].join('\n');
}

describe('header.inconsistent', () => {
	it('stays silent on a heading whose elements agree', () => {
		const text = assemblyText('Seventy-third session', '20 December 2018', 'A/73/535', '73/218', '20 December 2018');
		assert.deepEqual(findingsOf(text, HeaderInconsistent), []);
	});

	it('reports the session line that disagrees with the number, the report and the dates', () => {
		const { text, ranges } = fixture(`
			⟦Seventy-fourth session⟧
			Agenda item 17

			Resolution adopted by the General Assembly on 20 December 2018

			[on the report of the Second Committee (A/73/535)]

			73/218. Information technologies

			The General Assembly,

			Recalling its resolution 70/1,

			1. Decides to continue the discussion.
		`);
		const [finding] = findingsOf(text, HeaderInconsistent);
		assert.deepEqual(finding.span, ranges[0]);
		assert.equal(finding.severity, 'warning');
		assert.equal(finding.message, 'The session line "Seventy-fourth session" points to the 74th session, but the resolution number 73/218,'
			+ ' the report symbol A/73/535 and the adoption date 20 December 2018 point to the 73rd session.');
		assert.equal(finding.related?.length, 3);
	});

	it('reports a report symbol of another session and an adoption date outside the session', () => {
		const report = findingsOf(assemblyText('Seventy-third session', '20 December 2018', 'A/74/535', '73/218', '20 December 2018'), HeaderInconsistent);
		assert.deepEqual(report.map(finding => finding.message), [
			'The report symbol A/74/535 points to the 74th session, but the resolution number 73/218, the session line'
			+ ' "Seventy-third session", the adoption date 20 December 2018 and the closing date 20 December 2018 point to the 73rd session.',
		]);
		const date = findingsOf(assemblyText('Seventy-third session', '20 December 2017', 'A/73/535', '73/218', '20 December 2018'), HeaderInconsistent);
		assert.equal(date.length, 1);
		assert.match(date[0].message, /^The adoption date 20 December 2017 falls outside the 73rd session \(September 2018 to September 2019\)/);
	});

	it('accepts a date in September on either side of the opening of a session', () => {
		const text = assemblyText('Seventy-third session', '9 September 2019', 'A/73/535', '73/218', '9 September 2019');
		assert.deepEqual(findingsOf(text, HeaderInconsistent), []);
	});

	it('compares the numbering of an emergency special session and leaves its dates alone', () => {
		const text = (report: string) => [
			'Tenth emergency special session', 'Agenda item 5', '', 'Resolution adopted by the General Assembly on 10 May 2024', '',
			`[without reference to a Main Committee (${report})]`, '', 'ES-10/23. Admission of new Members', '', BODY,
		].join('\n');
		assert.deepEqual(findingsOf(text('A/ES-10/L.30'), HeaderInconsistent), []);
		assert.deepEqual(findingsOf(text('A/ES-11/L.30'), HeaderInconsistent).map(finding => finding.message), [
			'The report symbol A/ES-11/L.30 points to the 11th emergency special session, but the resolution number ES-10/23'
			+ ' and the session line "Tenth emergency special session" point to the 10th emergency special session.',
		]);
	});

	it('reports a closing date that differs from the adoption date', () => {
		const text = assemblyText('Seventy-third session', '20 December 2018', 'A/73/535', '73/218', '21 December 2018');
		const findings = findingsOf(text, HeaderInconsistent);
		assert.equal(findings.length, 1);
		assert.equal(text.slice(findings[0].span.start, findings[0].span.end), '21 December 2018');
		assert.equal(findings[0].message, 'The closing date 21 December 2018 differs from the adoption date 20 December 2018; the closing formula gives the date of adoption.');
	});

	it('counts years for the Economic and Social Council and the Security Council', () => {
		const ecosoc = [
			'2025 session', 'Agenda item 20', '', 'Resolution adopted by the Economic and Social Council on 10 June 2025', '',
			'[on the recommendation of the Commission (E/2024/27)]', '', '2025/3. Programme of work', '',
			'The Economic and Social Council,', '', 'Recalling its resolution 2022/4,', '', '1. Decides to continue.',
		].join('\n');
		const council = [
			'Resolution 2732 (2024)', '', 'Adopted by the Security Council at its 9642nd meeting, on 31 May 2023', '',
			'The Security Council,', '', 'Recalling its resolutions,', '', '1. Decides to remain seized of the matter.',
		].join('\n');
		assert.deepEqual(findingsOf(ecosoc, HeaderInconsistent).map(finding => finding.message), [
			'The report symbol E/2024/27 points to the year 2024, but the resolution number 2025/3, the session line "2025 session"'
			+ ' and the adoption date 10 June 2025 point to the year 2025.',
		]);
		assert.deepEqual(findingsOf(council, HeaderInconsistent).map(finding => finding.message), [
			'The adoption date 31 May 2023 falls outside the year 2024, which the resolution number 2732 (2024) points to.',
		]);
	});

	it('reads a Chinese heading', () => {
		const { text, ranges } = fixture(`
			第七十三届会议

			议程项目 17

			2018 年 12 月 20 日大会决议

			[根据第二委员会的报告(⟦A/72/535⟧)通过]

			73/218. 信息和通信技术促进可持续发展

			大会，

			回顾其以往的决议，

			1. 决定继续审议。
		`);
		const findings = findingsOf(text, HeaderInconsistent);
		assert.deepEqual(findings.map(finding => finding.span), ranges);
		const agreeing = findingsOf(text.replace('A/72/535', 'A/73/535'), HeaderInconsistent);
		assert.deepEqual(agreeing, []);
	});

	it('stays silent when a heading has a single element or the organ is unknown', () => {
		assert.deepEqual(findingsOf(BODY, HeaderInconsistent), []);
		assert.deepEqual(findingsOf('73/218. Title\n\n' + BODY, HeaderInconsistent), []);
	});
});
