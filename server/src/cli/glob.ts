import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Glob patterns for the command line: `*` and `?` within one path segment, `**` for any number of folders. The
 * CLI expands them itself because Windows shells pass patterns through unexpanded, and so that a quoted pattern
 * in a CI script means the same everywhere. Node 20, which the package supports, has no glob of its own, and
 * these three wildcards are not worth a dependency.
 */

const MAGIC = /[*?]/;

/** Whether an argument is a pattern rather than a file name. */
export function isGlob(argument: string): boolean {
	return MAGIC.test(argument);
}

/**
 * The files a pattern matches, sorted, written as the pattern was (relative patterns give relative paths, with
 * `/` between segments). Names starting with a dot are matched only by a segment that starts with a dot, and
 * `**` does not descend into hidden folders or node_modules, which hold no drafts but can hold many files.
 */
export function expandGlob(pattern: string, cwd: string = process.cwd()): string[] {
	const segments = pattern.replace(/\\/g, '/').split('/');
	const firstMagic = segments.findIndex(segment => MAGIC.test(segment));
	if (firstMagic < 0) {
		return [pattern];
	}
	// A pattern such as "/*.txt" starts at the root; the empty first segment then stands for it.
	const base = firstMagic === 1 && segments[0] === '' ? '/' : segments.slice(0, firstMagic).join('/');
	const matchers = segments.slice(firstMagic).filter(segment => segment !== '').map(segmentMatcher);
	const found: string[] = [];
	walk(path.resolve(cwd, base || '.'), base, matchers, found);
	return [...new Set(found)].sort();
}

type Matcher = { globstar: true } | { globstar: false; test(name: string): boolean };

function segmentMatcher(segment: string): Matcher {
	if (segment === '**') {
		return { globstar: true };
	}
	const source = [...segment].map(char => char === '*' ? '[^/]*' : char === '?' ? '[^/]' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&')).join('');
	const regex = new RegExp(`^${source}$`, process.platform === 'win32' ? 'i' : '');
	const matchesHidden = segment.startsWith('.');
	return { globstar: false, test: name => (matchesHidden || !name.startsWith('.')) && regex.test(name) };
}

function walk(directory: string, written: string, matchers: readonly Matcher[], found: string[]): void {
	const [matcher, ...rest] = matchers;
	const entries = readDirectory(directory);
	const join = (name: string) => (written === '' ? name : written.endsWith('/') ? written + name : `${written}/${name}`);
	if (matcher.globstar) {
		// "**" matches no folder at all, or any folder below, at any depth.
		if (rest.length > 0) {
			walk(directory, written, rest, found);
		}
		for (const entry of entries) {
			const full = path.join(directory, entry.name);
			if (entry.name.startsWith('.')) {
				continue;
			}
			if (entry.isDirectory() && entry.name !== 'node_modules') {
				walk(full, join(entry.name), matchers, found);
			} else if (rest.length === 0 && isFile(entry, full)) {
				// A pattern that ends in "**" takes every file below.
				found.push(join(entry.name));
			}
		}
		return;
	}
	for (const entry of entries) {
		if (!matcher.test(entry.name)) {
			continue;
		}
		const full = path.join(directory, entry.name);
		if (rest.length === 0) {
			if (isFile(entry, full)) {
				found.push(join(entry.name));
			}
		} else if (entry.isDirectory()) {
			walk(full, join(entry.name), rest, found);
		}
	}
}

// A folder that cannot be read (permissions, or a path that is not a folder) simply matches nothing.
function readDirectory(directory: string): fs.Dirent[] {
	try {
		return fs.readdirSync(directory, { withFileTypes: true });
	} catch {
		return [];
	}
}

// Symbolic links to files count as files; links to folders are not followed, so a link loop cannot trap the walk.
function isFile(entry: fs.Dirent, full: string): boolean {
	if (entry.isFile()) {
		return true;
	}
	try {
		return entry.isSymbolicLink() && fs.statSync(full).isFile();
	} catch {
		return false;
	}
}
