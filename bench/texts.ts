import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateDraft } from './draft';

/** The repository root, found from this file's compiled place in out/bench/. */
export const repoRoot = path.resolve(__dirname, '..', '..');

/**
 * The Chinese text of A/RES/73/218 from the team's shared corpus, which sits beside the checkout and is never
 * copied into it. A fresh clone without ../shared still runs the benchmark and reports these rows as skipped.
 */
export const CORPUS_FILE = path.join(repoRoot, '..', 'shared', 'corpus', 'zh-a-res-73-218.txt');

/** Sizes are decimal: 1 MB is 1 000 000 bytes of UTF-8 text. */
export const MB = 1_000_000;

export interface BenchText {
	name: string;
	text: string;
	/** UTF-8 bytes, the size of the file on disk. */
	bytes: number;
}

function named(name: string, text: string): BenchText {
	return { name, text, bytes: Buffer.byteLength(text) };
}

export function corpusText(): BenchText | undefined {
	return fs.existsSync(CORPUS_FILE) ? named('A/RES/73/218 (zh)', fs.readFileSync(CORPUS_FILE, 'utf8')) : undefined;
}

/** A generated English draft about as long as 73/218, so the two small rows compare like with like. */
export function englishFixture(): BenchText {
	return named('English fixture', generateDraft({ targetBytes: 28_000, seed: 73 }));
}

/** A generated draft of `megabytes` MB. */
export function largeDraft(megabytes: number): BenchText {
	return named(`generated ${megabytes} MB`, generateDraft({ targetBytes: megabytes * MB }));
}
