import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { parseResolution } from '../../server/src/languageService';
import { corpusFiles, corpusSkip, readCorpusFile } from '../support/corpus';
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
		['Recalling its **earlier** resolution,', 'earlier', 'markup.bold.un-resolution'],
		['**Recalling** its resolution,', 'Recalling', 'markup.italic.opener.preambular.un-resolution'],
		['Recalling also its resolution 70/1,', 'Recalling also', 'markup.italic.opener.preambular.un-resolution'],
		['Taking note of the report,', 'Taking note of', 'markup.italic.opener.preambular.un-resolution'],
		['4. Also requests the Secretary-General;', 'Also requests', 'keyword.other.opener.operative.un-resolution'],
		['4. Also requests the Secretary-General;', 'Also requests', 'markup.bold.opener.operative.un-resolution'],
		['1. **确认**信息和通信技术；', '确认', 'markup.bold.opener.operative.un-resolution'],
		['又回顾其决议，¹', '又回顾', 'markup.italic.opener.preambular.un-resolution'],
		['Seventy-third session', 'Seventy-third', 'markup.heading.session.un-resolution'],
		['第七十三届会议', '第七十三届会议', 'markup.heading.session.un-resolution'],
		['Recalling its resolution 70/1 of 25 September 2015,', '25 September 2015', 'constant.other.date.un-resolution'],
		['回顾其 2015 年 9 月 25 日第 70/1 号决议，', '2015 年 9 月 25 日', 'constant.other.date.un-resolution'],
		['62nd plenary meeting', '62nd', 'meta.closing.meeting.un-resolution'],
		['第62次全体会议', '第62次', 'meta.closing.meeting.un-resolution'],
		['40th meeting', '40th', 'meta.closing.meeting.un-resolution'],
		['B. Themes for the period 2026–2029', 'Themes', 'markup.heading.section.un-resolution'],
	];
	for (const [line, fragment, scope] of cases) {
		test(`'${fragment}' in '${line}' is ${scope}`, () => {
			assert.ok(scopesOf(line, fragment).includes(scope), `scopes: ${scopesOf(line, fragment).join(' ') || '(none)'}`);
		});
	}

	test('running text is left alone', () => {
		assert.deepEqual(scopesOf('Welcoming the efforts of regional commissions,', 'efforts'), []);
		assert.deepEqual(scopesOf('大会还注意到委员会的工作。', '注意到'), []);
	});
});

/**
 * Snapshot tests: every fixture under test/fixtures/grammar is tokenised line by line, carrying the rule stack
 * across lines as the editor does, and compared with the .snap file beside it. After a deliberate grammar change,
 * regenerate the snapshots with UPDATE_GRAMMAR_SNAPSHOTS=1 and review the diff like code.
 */
const SNAPSHOT_DIR = path.join(repoRoot, 'test', 'fixtures', 'grammar');
const UPDATE = process.env.UPDATE_GRAMMAR_SNAPSHOTS === '1';

function snapshotOf(text: string): string {
	const out: string[] = [];
	let stack = textmate.INITIAL;
	for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
		const { tokens, ruleStack } = grammar.tokenizeLine(line, stack);
		stack = ruleStack;
		out.push(`> ${line}`);
		for (const token of tokens) {
			const scopes = token.scopes.filter(scope => scope !== SCOPE).map(scope => scope.replace(/\.un-resolution/g, ''));
			const piece = line.slice(token.startIndex, token.endIndex);
			if (scopes.length > 0 && piece.trim()) {
				out.push(`  ${JSON.stringify(piece)} ${scopes.join(' ')}`);
			}
		}
	}
	return out.join('\n') + '\n';
}

describe('TextMate grammar snapshots', () => {
	const fixtures = fs.readdirSync(SNAPSHOT_DIR).filter(name => name.endsWith('.txt'));

	test('the fixtures exist', () => {
		assert.ok(fixtures.length >= 3, `only ${fixtures.length} grammar fixtures`);
	});

	for (const name of fixtures) {
		test(name, () => {
			const actual = snapshotOf(fs.readFileSync(path.join(SNAPSHOT_DIR, name), 'utf8'));
			const snapshotPath = path.join(SNAPSHOT_DIR, name.replace(/\.txt$/, '.snap'));
			if (UPDATE) {
				fs.writeFileSync(snapshotPath, actual);
			}
			assert.ok(fs.existsSync(snapshotPath), `${snapshotPath} is missing; create it with UPDATE_GRAMMAR_SNAPSHOTS=1 and review it`);
			assert.equal(actual, fs.readFileSync(snapshotPath, 'utf8'), 'the grammar changed; regenerate with UPDATE_GRAMMAR_SNAPSHOTS=1 and review');
		});
	}
});

describe('TextMate grammar on the official texts', () => {
	test('colours every operative number, and the preambular openers the parser finds', { skip: corpusSkip }, () => {
		for (const file of corpusFiles()) {
			const text = readCorpusFile(file);
			const lines = text.split('\n');
			const lineStarts: number[] = [];
			let stack = textmate.INITIAL;
			const tokenized = lines.map((line, index) => {
				lineStarts.push(index === 0 ? 0 : lineStarts[index - 1] + lines[index - 1].length + 1);
				const result = grammar.tokenizeLine(line, stack);
				stack = result.ruleStack;
				return result.tokens;
			});
			const scopesAt = (offset: number) => {
				let line = lineStarts.length - 1;
				while (lineStarts[line] > offset) {
					line--;
				}
				const column = offset - lineStarts[line];
				return tokenized[line].find(token => token.startIndex <= column && column < token.endIndex)?.scopes ?? [];
			};
			const resolution = parseResolution(text);
			for (const paragraph of resolution.operative) {
				assert.ok(scopesAt(paragraph.numberSpan!.start).includes('constant.numeric.paragraph-number.un-resolution'), `${file}: paragraph ${paragraph.number}`);
			}
			// A Chinese verb counts as preambular only on a line that ends with a comma, so a paragraph that a page break
			// cut in two (three in the 73/218 text) is left to the server's semantic tokens.
			const whole = resolution.preamble.filter(paragraph => paragraph.opener && paragraph.pieces.length === 1);
			const openers = whole.filter(paragraph => scopesAt(paragraph.opener!.span.start).includes('markup.italic.opener.preambular.un-resolution'));
			const expected = whole.length;
			assert.equal(openers.length, expected, `${file}: only ${openers.length} of ${expected} preambular openers coloured`);
		}
	});
});
