import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { summarize, type Profile, type ProfileNode } from '../../bench/cpuProfile';
import { MEMORY_CHILD_FLAGS } from '../../bench/memoryChild';
import type { MemoryParts } from '../../bench/memoryParts';
import { repoRoot } from '../support/paths';

/** A profile node of a script of the language service (or of no script, for engine frames). */
function frame(id: number, functionName: string, file: string, children: number[] = []): ProfileNode {
	return { id, callFrame: { functionName, url: file ? `file:///repo/out/server/src/languageService/${file}` : '', lineNumber: 0 }, children };
}

// root → parse → citations → a pattern; root → rules; the collector; and idle time outside the analysis.
const NODES: ProfileNode[] = [
	frame(1, '(root)', '', [2, 5, 6, 7]),
	frame(2, 'parseResolution', 'parser/parse.js', [3]),
	frame(3, 'collectCitations', 'parser/parse.js', [4]),
	frame(4, 'RegExp: resolutions?', ''),
	frame(5, 'computeDiagnostics', 'diagnostics/index.js'),
	frame(6, '(garbage collector)', ''),
	frame(7, '(idle)', ''),
];

function share(list: ReadonlyArray<{ name: string; percent: number }>, name: string): number | undefined {
	return list.find(item => item.name === name)?.percent;
}

describe('bench:profile', () => {
	test('charges a pattern to the area that ran it and leaves out samples outside the analysis', () => {
		const profile: Profile = { nodes: NODES, samples: [4, 4, 4, 5, 6, 7, 7, 7] };
		const summary = summarize('fixture', profile);
		assert.equal(summary.samples, 5);
		assert.equal(share(summary.areas, 'parser'), 60);
		assert.equal(share(summary.areas, 'diagnostics'), 20);
		assert.equal(share(summary.areas, 'garbage collection'), 20);
		assert.equal(share(summary.stages, 'parse (all of it)'), 60);
		assert.equal(share(summary.stages, 'citation finding (part of the parse)'), 60);
		assert.equal(share(summary.stages, 'every rule'), 20);
		assert.equal(share(summary.functions, 'RegExp: resolutions?'), 60);
	});

	test('refuses a profile in which a stage has no samples rather than report it as 0 %', () => {
		const profile: Profile = { nodes: NODES, samples: [5, 5, 6] };
		assert.throws(() => summarize('fixture', profile), /parseResolution, collectCitations/);
	});

	test('splits the memory of a draft into parts that add up to everything held for it', () => {
		const output = execFileSync(process.execPath, [...MEMORY_CHILD_FLAGS, path.join(repoRoot, 'out', 'bench', 'memoryParts.js'), '1000000'], { encoding: 'utf8' });
		const split = JSON.parse(output.trim().split('\n').pop()!) as MemoryParts;
		const sum = split.parts.reduce((total, part) => total + part.bytes, 0);
		// A part left out, or one still held when it is counted, would show here as a gap of tens of percent.
		assert.ok(Math.abs(sum - split.totalBytes) < 0.03 * split.totalBytes, `parts ${sum} B, whole ${split.totalBytes} B`);
		const citations = split.parts.find(part => part.part.startsWith('citations'));
		assert.ok(citations && citations.count! > 100 && citations.bytes > 100 * citations.count!, JSON.stringify(citations));
	});
});
