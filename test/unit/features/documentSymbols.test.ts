import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { getDocumentSymbols, parseResolution } from '../../../server/src/languageService';

function symbolsOf(text: string): DocumentSymbol[] {
	const document = TextDocument.create('file:///draft.resolution', 'un-resolution', 1, text);
	return getDocumentSymbols(parseResolution(document.getText()), document);
}

function names(symbols: readonly DocumentSymbol[]): unknown[] {
	return symbols.map(symbol => (symbol.children?.length ? [symbol.name, names(symbol.children)] : symbol.name));
}

function assertContained(symbols: readonly DocumentSymbol[], parent?: DocumentSymbol): void {
	const before = (a: { line: number; character: number }, b: { line: number; character: number }) =>
		a.line < b.line || (a.line === b.line && a.character <= b.character);
	for (const symbol of symbols) {
		assert.ok(before(symbol.range.start, symbol.selectionRange.start) && before(symbol.selectionRange.end, symbol.range.end), `${symbol.name}: selection inside range`);
		if (parent) {
			assert.ok(before(parent.range.start, symbol.range.start) && before(symbol.range.end, parent.range.end), `${symbol.name} inside ${parent.name}`);
		}
		assertContained(symbol.children ?? [], symbol);
	}
}

describe('document symbols', () => {
	it('shows heading, preamble by verb, numbered operative paragraphs with sub-paragraphs, footnotes and closing', () => {
		const text = [
			'81/3. Ocean observation', '', 'The General Assembly,', '', 'Recalling its earlier work,¹', '', 'Noting with concern the gaps,', '',
			'1. Welcomes the report;', '', '2. Decides:', '', '(a) To act;', '', '(i) Soon;', '', '(b) To report.', '',
			'¹ A/80/1.', '', '60th plenary meeting', '5 December 2026',
		].join('\n');
		const symbols = symbolsOf(text);
		assert.deepEqual(names(symbols), [
			['Heading', ['Title', 'Organ']],
			['Preamble', ['Recalling', 'Noting with concern']],
			['Operative part', ['1. Welcomes', ['2. Decides', [['(a)', ['(i)']], '(b)']]]],
			['Footnotes', ['Footnote 1']],
			'Closing',
		]);
		assertContained(symbols);
	});

	it('names Chinese paragraphs by their verb and places paragraphs inside their section', () => {
		const text = '大会，\n\n回顾其决议，\n\nA. 主题\n\n1. 决定：\n\n(a) 举行会议；\n\nB. 工作方法\n\n2. 又决定审议工作方法。';
		const symbols = symbolsOf(text);
		assert.deepEqual(names(symbols), [
			['Heading', ['Organ']],
			['Preamble', ['回顾']],
			['Operative part', [['A 主题', [['1. 决定', ['(a)']]]], ['B 工作方法', ['2. 又决定']]]],
		]);
		assertContained(symbols);
	});

	it('returns nothing for an empty document', () => {
		assert.deepEqual(symbolsOf(''), []);
	});
});
