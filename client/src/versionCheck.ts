/**
 * The two functions of the `semver` package that vscode-languageclient's Node client calls, once, to refuse a
 * VS Code older than it supports: `parse(vscode.version)` and `satisfies(parsed, '^1.82.0')`. esbuild puts these in
 * place of the package (esbuild.mjs), which would add 20 KB of range grammar to the client for one caret range.
 * A range of any other form throws, so that a library update that asks more fails the unit test, not quietly.
 */

/** What the library reads of a parsed version: the numbers, and the pre-release part it clears for insiders. */
export interface ParsedVersion {
	major: number;
	minor: number;
	patch: number;
	prerelease: string[];
}

/** `semver`'s strict grammar: no leading zeros in numbers, dot-separated pre-release and build identifiers. */
const NUMBER = '0|[1-9]\\d*';
const PRERELEASE_ID = `(?:${NUMBER}|\\d*[a-zA-Z-][a-zA-Z0-9-]*)`;
const VERSION = new RegExp(`^v?(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})`
	+ `(?:-(${PRERELEASE_ID}(?:\\.${PRERELEASE_ID})*))?(?:\\+[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*)?$`);
const CARET_RANGE = new RegExp(`^\\^(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})$`);
/** `semver` refuses longer version strings outright. */
const MAX_LENGTH = 256;

/** Like `semver.parse`: the version, or null for anything that is not a strict semantic version. */
export function parseVersion(version: unknown): ParsedVersion | null {
	if (typeof version !== 'string' || version.length > MAX_LENGTH) {
		return null;
	}
	const match = VERSION.exec(version.trim());
	const [major, minor, patch] = (match?.slice(1, 4) ?? []).map(Number);
	if (!match || ![major, minor, patch].every(Number.isSafeInteger)) {
		return null;
	}
	return { major, minor, patch, prerelease: match[4]?.split('.') ?? [] };
}

/**
 * Like `semver.satisfies` for a caret range with a major version above 0 ("^1.82.0": at least 1.82.0, below 2.0.0).
 * A pre-release never satisfies it, since the range names no pre-release; a version that does not parse neither.
 */
export function satisfiesVersion(version: ParsedVersion | string, range: string): boolean {
	const bounds = CARET_RANGE.exec(range)?.slice(1, 4).map(Number);
	if (!bounds || bounds[0] === 0) {
		throw new Error(`versionCheck.ts reads only caret ranges above major version 0, not ${range}`);
	}
	const parsed = typeof version === 'string' ? parseVersion(version) : version;
	if (!parsed || parsed.prerelease.length > 0) {
		return false;
	}
	const [major, minor, patch] = bounds;
	return parsed.major === major && (parsed.minor > minor || (parsed.minor === minor && parsed.patch >= patch));
}
