import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { repoRoot } from '../support/paths';

/**
 * Tokenises lines with the shipped TextMate grammar through the same engine VS Code uses (vscode-textmate on
 * Oniguruma), so that a regular expression Oniguruma rejects, or a rule that stops matching, fails here rather
 * than silently in the editor.
 */

const SCOPE = 'text.un-resolution';
let grammar: textmate.IGrammar;

before(async () => {
	const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
	await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
	const registry = new textmate.Registry({
		onigLib: Promise.resolve({
			createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
			createOnigString: text => new oniguruma.OnigString(text),
		}),
		loadGrammar: async scopeName => scopeName === SCOPE
			? textmate.parseRawGrammar(fs.readFileSync(path.join(repoRoot, 'syntaxes', 'un-resolution.tmLanguage.json'), 'utf8'), 'grammar.json')
			: null,
	});
	const loaded = await registry.loadGrammar(SCOPE);
	assert.ok(loaded, 'the grammar did not load');
	grammar = loaded;
});

/** The scopes (without the root scope) of the token that covers `fragment` in `line`. */
function scopesOf(line: string, fragment: string): string[] {
	const offset = line.indexOf(fragment);
	assert.ok(offset >= 0, `'${fragment}' is not in '${line}'`);
	const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
	const token = tokens.find(candidate => candidate.startIndex <= offset && offset < candidate.endIndex);
	return token ? token.scopes.filter(scope => scope !== SCOPE) : [];
}

describe('TextMate grammar', () => {
	const cases: [string, string, string][] = [
		['The General Assembly,', 'General Assembly', 'entity.name.section.organ.un-resolution'],
		['大会，', '大会', 'entity.name.section.organ.un-resolution'],
		['إن الجمعية العامة،', 'الجمعية', 'entity.name.section.organ.un-resolution'],
		['80/999. Digital cooperation', '80/999', 'constant.numeric.resolution-number.un-resolution'],
		['80/999. Digital cooperation', 'Digital', 'markup.heading.title.un-resolution'],
		['Resolution 2901 (2031)', 'Resolution', 'markup.heading.number.un-resolution'],
		['12. Decides to remain seized of the matter.', '12', 'constant.numeric.paragraph-number.un-resolution'],
		['(b) To support open standards;', '(b)', 'constant.other.subparagraph-label.un-resolution'],
		['㈡ 共享登记册；', '㈡', 'constant.other.subparagraph-label.un-resolution'],
		['(ب) دعم المعايير المفتوحة؛', '(ب)', 'constant.other.subparagraph-label.un-resolution'],
		['Recalling its resolution 70/1 of 25 September 2015,¹', '¹', 'constant.other.footnote.un-resolution'],
		['Recalling its resolution 70/1 of 25 September 2015,', '70/1', 'constant.numeric.resolution-number.un-resolution'],
		['Taking note of the report (A/73/66-E/2018/10),', 'A/73/66-E/2018/10', 'string.other.document-symbol.un-resolution'],
		['² Resolution 69/313, annex.', '²', 'constant.other.footnote.un-resolution'],
		['² Resolution 69/313, annex.', 'annex', 'comment.line.footnote.un-resolution'],
		['as set out in Error! Bookmark not defined. above', 'Bookmark', 'invalid.illegal.field-error.un-resolution'],
		['**Recalling** its resolution', 'Recalling', 'markup.bold.un-resolution'],
	];
	for (const [line, fragment, scope] of cases) {
		test(`'${fragment}' in '${line}' is ${scope}`, () => {
			assert.ok(scopesOf(line, fragment).includes(scope), `scopes: ${scopesOf(line, fragment).join(' ') || '(none)'}`);
		});
	}

	test('running text is left alone', () => {
		assert.deepEqual(scopesOf('Welcoming the efforts of regional commissions,', 'efforts'), []);
	});
});
