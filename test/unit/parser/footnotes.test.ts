import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseResolution } from '../../../server/src/languageService';
import { fixture, slice } from '../../support/fixture';

describe('footnotes', () => {
	it('links superscript markers, including two-digit ones, to footnote texts at the end', () => {
		const { text, ranges } = fixture(`
			The General Assembly,

			Recalling the Convention,⟦¹⟧ and its Protocol,⟦¹⁰⟧

			1. Welcomes the report;⟦¹⟧

			⟦¹⟧ United Nations, Treaty Series, vol. 9999, No. 12345.
			⟦¹⁰⟧ A/81/200.
		`);
		const resolution = parseResolution(text);
		assert.deepEqual(resolution.markers.map(marker => marker.span), [ranges[0], ranges[1], ranges[2]]);
		assert.deepEqual(resolution.footnotes.map(f => [f.number, f.labelSpan]), [[1, ranges[3]], [10, ranges[4]]]);
		assert.deepEqual(resolution.footnotes[0].references.map(m => m.span), [ranges[0], ranges[2]]);
		assert.equal(resolution.footnotes[0].text.text, 'United Nations, Treaty Series, vol. 9999, No. 12345.');
	});

	it('reads the parenthesised markers of Arabic texts', () => {
		const text = 'إن الجمعية العامة،\n\nإذ تشير إلى الاتفاقية⁽¹⁾،\n\n1 - تقرر مواصلة العمل.\n\n⁽¹⁾ الأمم المتحدة، مجموعة المعاهدات.';
		const resolution = parseResolution(text);
		assert.equal(resolution.markers.length, 1);
		assert.equal(resolution.footnotes[0].number, 1);
		assert.equal(resolution.footnotes[0].references.length, 1);
	});

	it('reads Markdown footnote references and definitions', () => {
		const { text, ranges } = fixture('The General Assembly,\n\nNoting the report,⟦[^1]⟧\n\n1. Decides to act.\n\n⟦[^1]:⟧ A/81/300.');
		const resolution = parseResolution(text);
		assert.deepEqual(resolution.markers.map(m => m.span), [ranges[0]]);
		assert.deepEqual(resolution.footnotes[0].labelSpan, ranges[1]);
		assert.equal(resolution.footnotes[0].text.text, 'A/81/300.');
		assert.equal(resolution.preamble[0].body.text, 'Noting the report,');
	});

	it('keeps footnote texts that stand between paragraphs, as at the bottom of printed pages', () => {
		const text = '大会，\n\n回顾其决议，¹\n\n¹ 第 80/5 号决议。\n\n注意到报告，²\n\n² A/81/9。\n\n1. 决定继续审议。';
		const resolution = parseResolution(text);
		assert.equal(resolution.preamble.length, 2);
		assert.deepEqual(resolution.footnotes.map(f => f.number), [1, 2]);
		assert.deepEqual(resolution.footnotes.map(f => f.references.length), [1, 1]);
	});

	it('joins a footnote text wrapped over two lines', () => {
		const text = 'The General Assembly,\n\nNoting the study,¹\n\n1. Decides to act.\n\n¹ Official Records of the General Assembly, Eighty-first Session,\nSupplement No. 9.';
		assert.equal(parseResolution(text).footnotes[0].text.text, 'Official Records of the General Assembly, Eighty-first Session, Supplement No. 9.');
	});

	it('links a reused footnote number to every marker that cites it', () => {
		const text = '大会，\n\n回顾峰会成果，¹\n\n1. 确认峰会成果¹ 的重要性；\n\n2. 决定继续审议。¹\n\n¹ A/60/100。';
		assert.equal(parseResolution(text).footnotes[0].references.length, 3);
	});

	it('does not read a squared unit as a footnote marker', () => {
		const text = 'The General Assembly,\n\nNoting that 40 km² of forest were restored,¹\n\n1. Decides to act.\n\n¹ A/81/1.';
		const markers = parseResolution(text).markers;
		assert.equal(markers.length, 1);
		assert.equal(slice(text, markers[0].span), '¹');
	});
});
