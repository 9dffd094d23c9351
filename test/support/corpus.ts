import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './paths';

/**
 * The real official texts beside the repository (../shared/corpus), never copied into it. Tests that read them
 * pass `corpusSkip` as their `skip` option, so that they skip with a note where the folder is absent.
 */
export const corpusDir = path.resolve(repoRoot, '..', 'shared', 'corpus');

export const corpusSkip: string | false = fs.existsSync(corpusDir) ? false : `the shared corpus is not at ${corpusDir}`;

/** The names of the corpus texts, or none when the corpus is absent. */
export function corpusFiles(): string[] {
	return corpusSkip ? [] : fs.readdirSync(corpusDir).filter(name => name.endsWith('.txt')).sort();
}

export function readCorpusFile(name: string): string {
	return fs.readFileSync(path.join(corpusDir, name), 'utf8');
}
