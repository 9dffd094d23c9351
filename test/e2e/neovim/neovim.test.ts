import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { englishExample, repoRoot } from '../../support/paths';
import { corpus73218 } from '../support/workspace';
import { Answer, runNeovim } from './neovim';

interface SymbolLike {
	name: string;
	children?: SymbolLike[];
}

function childCount(answer: Answer, name: string): number | undefined {
	const symbols = answer.result as SymbolLike[];
	return symbols.find(symbol => symbol.name === name)?.children?.length;
}

/** Neither Neovim nor its LSP client was written here: what arrives proves the server speaks standard LSP. */
suite('Neovim: the built-in LSP client and resolution-language-server --stdio', () => {
	let nvimVersion = '';

	suiteSetup(async () => {
		const run = await runNeovim([{ path: englishExample, requests: [] }]);
		assert.equal(run.failure, undefined);
		nvimVersion = run.nvim;
	});

	test('the server initializes and announces document symbols and diagnostics', async () => {
		const run = await runNeovim([{ path: englishExample, requests: [] }]);
		assert.ok(run.capabilities.documentSymbolProvider, `Neovim ${nvimVersion} received ${Object.keys(run.capabilities).join(', ')}`);
		assert.ok(run.capabilities.diagnosticProvider);
	});

	test('document symbols arrive for the English example', async () => {
		const run = await runNeovim([{ path: englishExample, requests: [{ method: 'textDocument/documentSymbol' }] }]);
		assert.equal(run.failure, undefined);
		const [answer] = run.files[0].answers;
		assert.equal(answer.error, null);
		assert.equal(childCount(answer, 'Preamble'), 8);
		assert.equal(childCount(answer, 'Operative part'), 10);
	});

	test('document symbols and a diagnostic report arrive for the 73/218 text', async function () {
		if (!fs.existsSync(corpus73218)) {
			console.log(`    (skipped: ${corpus73218} is absent)`);
			this.skip();
		}
		const run = await runNeovim([{ path: corpus73218, requests: [{ method: 'textDocument/documentSymbol' }, { method: 'textDocument/diagnostic' }] }]);
		assert.equal(run.failure, undefined);
		const [symbols, diagnostics] = run.files[0].answers;
		assert.equal(childCount(symbols, 'Preamble'), 38);
		assert.equal(childCount(symbols, 'Operative part'), 39);
		assert.equal(childCount(symbols, 'Footnotes'), 13);
		// Neovim before 0.10 does not pull diagnostics by itself; the request proves the server answers one that does.
		const report = diagnostics.result as { kind: string; items: unknown[] };
		assert.equal(report.kind, 'full');
		assert.ok(Array.isArray(report.items));
	});

	test('a draft with a numbering gap gets its diagnostics', async () => {
		const draft = path.join(repoRoot, 'test', 'fixtures', 'workspace', 'numbering-gap.resolution.txt');
		const run = await runNeovim([{ path: draft, requests: [{ method: 'textDocument/diagnostic' }] }]);
		const report = run.files[0].answers[0].result as { items: { code: string; range: { start: { line: number } } }[] };
		const found = report.items.map(item => `${item.code}@${item.range.start.line}`).sort();
		assert.deepEqual(found, ['numbering.operative@10', 'punctuation.preambular@4']);
	});

	test('a hover over A/73/535 in the 73/218 text says what the symbol is, in Chinese', async function () {
		if (!fs.existsSync(corpus73218)) {
			this.skip();
		}
		const run = await runNeovim([{ path: corpus73218, requests: [{ method: 'textDocument/hover', at: 'A/73/535' }] }]);
		assert.equal(run.failure, undefined);
		const hover = run.files[0].answers[0].result as { contents: { value: string } };
		assert.match(hover.contents.value, /A\/73\/535\*\* — 大会，第七十三届会议，第 535 号文件/);
		assert.match(hover.contents.value, /https:\/\/undocs\.org\/zh\/A\/73\/535/);
	});

	test('go to definition on a marker of footnote 4 in the 73/218 text lands on the footnote text', async function () {
		if (!fs.existsSync(corpus73218)) {
			this.skip();
		}
		const run = await runNeovim([{ path: corpus73218, requests: [{ method: 'textDocument/definition', at: '⁴ 的成果' }] }]);
		assert.equal(run.failure, undefined);
		const [definition] = run.files[0].answers[0].result as Array<{ targetSelectionRange?: { start: { line: number } }; range?: { start: { line: number } } }>;
		const line = (definition.targetSelectionRange ?? definition.range)!.start.line;
		assert.match(fs.readFileSync(corpus73218, 'utf8').split('\n')[line], /^⁴ 见/);
	});
});
