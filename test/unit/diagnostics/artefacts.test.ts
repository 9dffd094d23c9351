import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from '../../support/fixture';
import { lint } from '../../support/lint';

describe('artifact.field-error and structure.unclassified', () => {
	it('reports every Word field error as an error with a removal fix', () => {
		const { text, ranges } = fixture('大会，\n\n1. 鼓励落实⟦错误！未定义书签。⟧成果；\n\n2. Decides to act ⟦Error! Reference source not found.⟧');
		const found = lint(text, 'artifact.field-error');
		assert.deepEqual(found.map(d => [d.span, d.severity]), ranges.map(range => [range, 'error']));
		assert.deepEqual(found[0].fixes, [{ fix: 'replace', span: ranges[0], text: '', title: 'Remove the field error text' }]);
	});

	it('is silent on a clean text', () => {
		assert.deepEqual(lint('The General Assembly,\n\nNoting,\n\n1. Decides.', 'artifact.field-error'), []);
	});

	it('reports text it cannot place as information', () => {
		const { text, ranges } = fixture('The General Assembly,\n\n1. Decides;\n\n⟦A stray line without a number.⟧\n\n2. Requests.');
		assert.deepEqual(lint(text, 'structure.unclassified').map(d => [d.span, d.severity]), [[ranges[0], 'information']]);
	});
});
