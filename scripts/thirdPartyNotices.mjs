// The notices of the npm packages whose code the bundles contain (esbuild.mjs writes them to
// dist/ThirdPartyNotices.txt, which the .vsix ships).
//
// The bundles hold code of npm packages under MIT and similar licences, which ask that their copyright and
// permission notices go with every copy, and minified bundles keep none of the packages' comments. So every build
// lists, from esbuild's metafiles, the packages that put code into an output, and writes one file with each
// package's name, version and licence and the text of its licence file in node_modules. A package without a
// licence file fails the build: its notice must then be found before it ships, not left out.
import { readdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';

/**
 * The package directory of a file in node_modules, as esbuild's metafile writes its path (with forward slashes): the
 * innermost one, for a package nested in another's node_modules.
 */
const PACKAGE_DIRECTORY = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//;
/** LICENSE, LICENCE, License.txt, LICENSE.md, LICENSE-MIT, COPYING and the like. */
const LICENCE_FILE = /^(?:licen[cs]e|copying)(?:[.-][\w.-]*)?$/i;
const RULE = '='.repeat(80);

/**
 * The package directories, relative to the build's working directory, that put code into some output of the
 * metafiles, each with the outputs it is in. A file esbuild read but left wholly out (tree-shaken) does not count.
 */
export function bundledPackages(metafiles) {
	const packages = new Map();
	for (const metafile of metafiles) {
		for (const [output, { inputs }] of Object.entries(metafile.outputs)) {
			for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
				const directory = bytesInOutput > 0 ? PACKAGE_DIRECTORY.exec(input)?.[1] : undefined;
				if (directory) {
					packages.set(directory, (packages.get(directory) ?? new Set()).add(output));
				}
			}
		}
	}
	return packages;
}

/** The licence file of the package in `directory`, or undefined if it has none. */
async function licenceFile(directory) {
	const names = (await readdir(directory)).filter(name => LICENCE_FILE.test(name)).sort();
	return names.length > 0 ? path.join(directory, names[0]) : undefined;
}

/** A package's licence as its manifest gives it: an SPDX expression, or the older `{ type }` object. */
const licenceOf = manifest => (typeof manifest.license === 'string' ? manifest.license : manifest.license?.type) ?? 'licence not declared';

/** Where a package comes from, for a reader who wants its source. */
const homeOf = manifest => manifest.homepage ?? (typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url);

/** One notice per package name and version, in order of name, for the packages `bundledPackages` found. */
async function notices(packages, root) {
	const byRelease = new Map();
	for (const [directory, outputs] of packages) {
		const absolute = path.resolve(root, directory);
		const manifest = JSON.parse(await readFile(path.join(absolute, 'package.json'), 'utf8'));
		const release = `${manifest.name} ${manifest.version}`;
		const file = await licenceFile(absolute);
		if (!file) {
			throw new Error(`Third-party notices: ${release} (${directory}) is bundled into ${[...outputs].join(', ')} but has no `
				+ 'licence file (LICENSE, LICENCE or COPYING), so its notice cannot ship with it. Find its licence before bundling it.');
		}
		const known = byRelease.get(release);
		if (known) {
			outputs.forEach(output => known.outputs.add(output));
			continue;
		}
		const text = (await readFile(file, 'utf8')).replace(/\r\n?/g, '\n').trim();
		byRelease.set(release, { release, licence: licenceOf(manifest), home: homeOf(manifest), outputs: new Set(outputs), text });
	}
	return [...byRelease.values()].sort((a, b) => (a.release < b.release ? -1 : a.release > b.release ? 1 : 0));
}

/**
 * The text of the notices file for the outputs of the given metafiles: a short preamble, then for each package
 * its name, version, licence, home, the bundles that hold it and its licence text. `root` is the directory the
 * metafiles' paths are relative to (esbuild's working directory); `product` names what ships the bundles.
 */
export async function thirdPartyNotices(metafiles, root, product) {
	const entries = await notices(bundledPackages(metafiles), root);
	const preamble = `Third-party notices for ${product}\n\n`
		+ 'The bundled code of this software includes the following npm packages. Each is listed with its version, its '
		+ 'licence, the bundles that contain it and the text of its licence file, as their licences ask.';
	const sections = entries.map(({ release, licence, home, outputs, text }) => [
		RULE,
		`${release} (${licence})`,
		...(home ? [home] : []),
		`In ${[...outputs].sort().join(', ')}`,
		'',
		text,
	].join('\n'));
	return `${[preamble, ...sections].join('\n\n')}\n`;
}
