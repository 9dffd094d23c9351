import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseResolution } from '../../../server/src/languageService';

describe('Human Rights Council closing formula', () => {
	it('reads "40th meeting" and "第40次会议", which carry no "plenary"', () => {
		const english = parseResolution('The Human Rights Council,\n\nGuided by the Charter,\n\n1. Decides to act.\n\n40th meeting\n7 July 2031\n');
		assert.equal(english.closing?.meeting?.number, 40);
		assert.equal(english.closing?.date?.iso, '2031-07-07');
		assert.deepEqual(english.unclassified, []);
		const chinese = parseResolution('人权理事会，\n\n遵循《宪章》，\n\n1. 决定采取行动。\n\n2031年7月7日\n第40次会议\n');
		assert.equal(chinese.closing?.meeting?.number, 40);
		assert.deepEqual(chinese.unclassified, []);
	});

	it('still leaves the Security Council adoption line in the heading', () => {
		const resolution = parseResolution('Resolution 2901 (2031)\n\nAdopted by the Security Council at its 10001st meeting, on 18 December 2031\n\nThe Security Council,\n\n1. Decides to act.');
		assert.equal(resolution.header.adoption?.date?.iso, '2031-12-18');
		assert.equal(resolution.closing, undefined);
	});
});
