import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { parseVersion, satisfiesVersion } from '../../client/src/versionCheck';
import { repoRoot } from '../support/paths';

/** The real `semver` functions that the client bundle replaces; the package is installed with the language client. */
const semverParse = require('semver/functions/parse') as (version: unknown) => { major: number; minor: number; patch: number; prerelease: unknown[] } | null;
const semverSatisfies = require('semver/functions/satisfies') as (version: unknown, range: string) => boolean;

const libraryMain = fs.readFileSync(path.join(repoRoot, 'node_modules', 'vscode-languageclient', 'lib', 'node', 'main.js'), 'utf8');
const requiredRange = /REQUIRED_VSCODE_VERSION = '([^']+)'/.exec(libraryMain)?.[1];

/** VS Code's own forms (stable, insiders, a build suffix) and strings that semver refuses. */
const VERSIONS = [
	'1.100.0', '1.82.0', '1.81.9', '1.82.1', '1.999.0', '2.0.0', '0.82.0', '1.100.0-insider', '1.100.0-insider.20250601',
	'1.82.0-rc.1', '1.100.0+build.7', 'v1.100.0', ' 1.100.0 ', '1.100', '1.100.0.1', '01.100.0', '1.100.0-01', '1.100.0-',
	'1.100.0+', '', 'insider', '1.9007199254740993.0', `1.100.0-${'a'.repeat(260)}`,
];

describe('the version check that replaces semver in the language client bundle', () => {
	test('the library still checks VS Code against a caret range, the one form the replacement reads', () => {
		assert.ok(requiredRange, 'REQUIRED_VSCODE_VERSION not found in vscode-languageclient/lib/node/main.js');
		assert.match(requiredRange, /^\^[1-9]\d*\.\d+\.\d+$/);
		assert.match(libraryMain, /require\("semver\/functions\/parse"\)/);
		assert.match(libraryMain, /require\("semver\/functions\/satisfies"\)/);
	});

	test('parses every version as semver does, and refuses what semver refuses', () => {
		for (const version of VERSIONS) {
			const expected = semverParse(version);
			const actual = parseVersion(version);
			assert.equal(actual === null, expected === null, `${JSON.stringify(version)}: semver ${expected ? 'parses' : 'refuses'} it`);
			if (expected && actual) {
				assert.deepEqual([actual.major, actual.minor, actual.patch, actual.prerelease.length],
					[expected.major, expected.minor, expected.patch, expected.prerelease.length], version);
			}
		}
	});

	test('accepts and refuses the same versions as semver, as the library asks (pre-release cleared first)', () => {
		const range = requiredRange ?? '^1.82.0';
		for (const version of VERSIONS) {
			const expected = semverParse(version);
			const actual = parseVersion(version);
			if (expected && actual) {
				expected.prerelease = [];
				actual.prerelease = [];
				assert.equal(satisfiesVersion(actual, range), semverSatisfies(expected, range), version);
			}
			assert.equal(satisfiesVersion(version, range), semverSatisfies(version, range), `${JSON.stringify(version)} as a string`);
		}
	});

	test('a range of another form is refused loudly rather than read wrongly', () => {
		for (const range of ['>=1.82.0', '~1.82.0', '^0.82.0', '1.82.x', '^1.82.0 || ^2.0.0']) {
			assert.throws(() => satisfiesVersion('1.100.0', range), /caret ranges/, range);
		}
	});
});
