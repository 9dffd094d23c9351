import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../../support/paths';

/** The corpus lives beside the repository and is never copied into it; the tests take a temporary copy. */
export const corpusDir = path.resolve(repoRoot, '..', 'shared', 'corpus');
export const corpus73218 = path.join(corpusDir, 'zh-a-res-73-218.txt');

export interface TestWorkspace {
	readonly dir: string;
	/** Whether the 73/218 text could be copied in; tests that need it skip otherwise. */
	readonly has73218: boolean;
	file(name: string): string;
	dispose(): void;
}

/**
 * A fresh copy of the fixture workspace, the example drafts and (when ../shared/corpus exists) the 73/218 text, in a
 * temporary directory, so that VS Code never writes into the repository and corpus text never lands in it.
 */
export function prepareWorkspace(): TestWorkspace {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'un-resolution-ws-'));
	fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'workspace'), dir, { recursive: true });
	const examples = path.join(repoRoot, 'examples');
	for (const name of fs.readdirSync(examples)) {
		fs.copyFileSync(path.join(examples, name), path.join(dir, name));
	}
	// The English draft under a plain .txt name exercises content detection.
	fs.copyFileSync(path.join(examples, 'digital-cooperation.resolution.txt'), path.join(dir, 'plain-draft.txt'));
	const has73218 = fs.existsSync(corpus73218);
	if (has73218) {
		fs.copyFileSync(corpus73218, path.join(dir, path.basename(corpus73218)));
	}
	return {
		dir,
		has73218,
		file: name => path.join(dir, name),
		dispose: () => fs.rmSync(dir, { recursive: true, force: true }),
	};
}

/** A temporary directory that is removed by `dispose`, for user data, extensions and browser profiles. */
export function tempDir(prefix: string): { dir: string; dispose(): void } {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	return { dir, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
