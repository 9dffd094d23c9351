import * as path from 'node:path';

/**
 * Paths into the repository for tests. Tests run from the tsc output (out/test/...), so the repository root is
 * found from this file's compiled location, out/test/support/, rather than from the working directory.
 */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');

export const languageServiceDir = path.join(repoRoot, 'server', 'src', 'languageService');
export const cliBundle = path.join(repoRoot, 'dist', 'cli', 'resolution-lint.js');
export const serverBundle = path.join(repoRoot, 'dist', 'server', 'node.js');
export const englishExample = path.join(repoRoot, 'examples', 'digital-cooperation.resolution.txt');
export const chineseExample = path.join(repoRoot, 'examples', 'digital-cooperation.zh.resolution.txt');
