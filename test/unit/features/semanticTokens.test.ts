import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getSemanticTokens, parseResolution, SEMANTIC_TOKENS_LEGEND, type SemanticTokenOptions } from '../../../server/src/languageService';
import { corpusFiles, corpusSkip, readCorpusFile } from '../../support/corpus';
import { repoRoot } from '../../support/paths';

interface Decoded {
	line: number;
	character: number;
	text: string;
	type: string;
	modifiers: string[];
}

/** Decodes the LSP token stream back into readable tokens, checking the encoding rules on the way. */
function tokensOf(text: string, options?: SemanticTokenOptions): Decoded[] {
	const document = TextDocument.create('file:///d', 'un-resolution', 1, text);
	const { data } = getSemanticTokens(parseResolution(text), document, options);
	assert.equal(data.length % 5, 0);
	const decoded: Decoded[] = [];
	let line = 0;
	let character = 0;
	for (let i = 0; i < data.length; i += 5) {
		const [deltaLine, deltaCharacter, length, type, modifierBits] = data.slice(i, i + 5);
		assert.ok(length > 0, 'a token is empty');
		assert.ok(i === 0 || deltaLine > 0 || deltaCharacter > 0, 'tokens are not in order');
		line += deltaLine;
		character = deltaLine > 0 ? deltaCharacter : character + deltaCharacter;
		const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
		assert.ok(character + length <= lineText.length, `token at ${line}:${character} runs past the end of its line`);
		decoded.push({
			line, character, text: lineText.slice(character, character + length),
			type: SEMANTIC_TOKENS_LEGEND.tokenTypes[type],
			modifiers: SEMANTIC_TOKENS_LEGEND.tokenModifiers.filter((_, bit) => modifierBits & (1 << bit)),
		});
	}
	for (let i = 1; i < decoded.length; i++) {
		const [a, b] = [decoded[i - 1], decoded[i]];
		assert.ok(b.line > a.line || b.character >= a.character + a.text.length, `tokens overlap at ${b.line}:${b.character}`);
	}
	return decoded;
}

const summary = (tokens: Decoded[]) => tokens.map(token => `${token.type}${token.modifiers.map(m => `.${m}`).join('')} ${token.text}`);

describe('semantic tokens', () => {
	it('tells preambular from operative openers, defined from undefined markers, and marks symbols and dates', () => {
		const text = [
			'The General Assembly,', '',
			'Recalling its resolution 80/12 of 3 March 2026,¹', '',
			'Recalling also the report (A/81/77),²', '',
			'1. Welcomes the progress made:', '',
			'(a) In observation;', '',
			'2. Decides to continue Error! Bookmark not defined. the work.', '',
			'¹ See A/80/1.',
		].join('\n');
		assert.deepEqual(summary(tokensOf(text, { isKnownSymbol: symbol => symbol === 'A/81/77' })), [
			'organ The General Assembly',
			'preambularOpener Recalling', 'resolutionReference 80/12', 'date 3 March 2026', 'footnoteMarker ¹',
			'preambularOpener.repeated Recalling also', 'documentSymbol.known A/81/77', 'footnoteMarker.undefined ²',
			'paragraphNumber 1', 'operativeOpener Welcomes',
			'subParagraphLabel (a)',
			'paragraphNumber 2', 'operativeOpener Decides', 'fieldError Error! Bookmark not defined.',
			'footnoteMarker ¹', 'footnoteText See ', 'documentSymbol.unknown A/80/1', 'footnoteText .',
		]);
	});

	it('reads Chinese openers in both parts and an unused footnote text', () => {
		const text = '大会，\n\n回顾其决议，\n\n1. 又回顾报告；\n\n2. 决定继续审议。\n\n¹ 见报告。';
		assert.deepEqual(summary(tokensOf(text)), [
			'organ 大会', 'preambularOpener 回顾', 'paragraphNumber 1', 'operativeOpener.repeated 又回顾',
			'paragraphNumber 2', 'operativeOpener 决定', 'footnoteMarker.unused ¹', 'footnoteText 见报告。',
		]);
	});

	it('encodes every official text of the corpus validly, each paragraph opener once', { skip: corpusSkip }, () => {
		for (const file of corpusFiles()) {
			const text = readCorpusFile(file);
			const resolution = parseResolution(text);
			const tokens = tokensOf(text);
			const openers = tokens.filter(token => token.type.endsWith('Opener')).length;
			const expected = [...resolution.preamble, ...resolution.operative].filter(paragraph => paragraph.opener).length;
			assert.equal(openers, expected, file);
			if (file === 'zh-a-res-73-218.txt') {
				assert.deepEqual(tokens.filter(token => token.type === 'fieldError').map(token => token.text), ['错误！未定义书签。']);
			}
		}
	});
});

describe('semantic token contributions', () => {
	it('declares every token type and modifier of the legend in package.json, with a TextMate scope', () => {
		const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
		const ids = (list: Array<{ id: string }>) => list.map(entry => entry.id);
		assert.deepEqual(ids(manifest.contributes.semanticTokenTypes), SEMANTIC_TOKENS_LEGEND.tokenTypes);
		assert.deepEqual(ids(manifest.contributes.semanticTokenModifiers), SEMANTIC_TOKENS_LEGEND.tokenModifiers);
		const scopes = manifest.contributes.semanticTokenScopes[0].scopes;
		for (const type of SEMANTIC_TOKENS_LEGEND.tokenTypes) {
			assert.ok(scopes[type]?.[0]?.endsWith('.un-resolution'), `no scope for ${type}`);
		}
	});
});
