import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './paths';

/** Folders of the repository whose files are draft resolutions: the examples and the test fixtures. */
const FIXTURE_DIRS = ['examples', path.join('test', 'fixtures')];

/** Every draft resolution kept in the repository, with its path relative to the repository root. */
export function fixtureDrafts(): Array<{ name: string; text: string }> {
	const found: Array<{ name: string; text: string }> = [];
	const visit = (dir: string) => {
		for (const entry of fs.readdirSync(path.join(repoRoot, dir), { withFileTypes: true })) {
			const relative = path.join(dir, entry.name);
			if (entry.isDirectory()) {
				visit(relative);
			} else if (/\.(?:resolution|txt|md)$/.test(entry.name) && !/^README/i.test(entry.name)) {
				found.push({ name: relative, text: fs.readFileSync(path.join(repoRoot, relative), 'utf8') });
			}
		}
	};
	FIXTURE_DIRS.filter(dir => fs.existsSync(path.join(repoRoot, dir))).forEach(visit);
	return found;
}
