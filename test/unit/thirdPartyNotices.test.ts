import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Metafile } from 'esbuild';
import { repoRoot } from '../support/paths';

interface ThirdPartyNoticesModule {
	thirdPartyNotices(metafiles: Pick<Metafile, 'outputs'>[], root: string, product: string): Promise<string>;
}

/** The build's notices module, scripts/thirdPartyNotices.mjs, which is ESM and so is loaded with a dynamic import. */
function loadScript(): Promise<ThirdPartyNoticesModule> {
	return import(pathToFileURL(path.join(repoRoot, 'scripts', 'thirdPartyNotices.mjs')).href) as Promise<ThirdPartyNoticesModule>;
}

/** A metafile with one output made of the given inputs, each with some bytes in it. */
function metafileOf(output: string, inputs: string[]): Pick<Metafile, 'outputs'> {
	const outputInputs = Object.fromEntries(inputs.map(input => [input, { bytesInOutput: 10 }]));
	return { outputs: { [output]: { bytes: 10, inputs: outputInputs, imports: [], exports: [] } } };
}

const temporaryDirectories: string[] = [];

/** A throw-away directory with a package in node_modules: its manifest and, if given, its licence file. */
function packageDirectory(name: string, licence?: string): string {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'notices-'));
	temporaryDirectories.push(root);
	const directory = path.join(root, 'node_modules', name);
	fs.mkdirSync(directory, { recursive: true });
	fs.writeFileSync(path.join(directory, 'package.json'), JSON.stringify({ name, version: '1.2.3', license: 'MIT' }));
	fs.writeFileSync(path.join(directory, 'index.js'), 'module.exports = 1;\n');
	if (licence !== undefined) {
		fs.writeFileSync(path.join(directory, 'LICENSE'), licence);
	}
	return root;
}

/**
 * The licence notices that `npm run build` writes to dist/ThirdPartyNotices.txt for the npm packages in the
 * bundles (scripts/thirdPartyNotices.mjs), which minification strips of their header comments.
 */
describe('Third-party notices', () => {
	after(() => temporaryDirectories.forEach(directory => fs.rmSync(directory, { recursive: true, force: true })));

	test('every npm package that put code into a bundle has its name, version and licence text in the notices', () => {
		const notices = fs.readFileSync(path.join(repoRoot, 'dist', 'ThirdPartyNotices.txt'), 'utf8');
		const packages = new Set<string>();
		for (const name of ['meta.json', 'meta.browser.json']) {
			const metafile = JSON.parse(fs.readFileSync(path.join(repoRoot, 'dist', name), 'utf8')) as Metafile;
			for (const { inputs } of Object.values(metafile.outputs)) {
				for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
					const directory = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
					if (directory && bytesInOutput > 0) {
						packages.add(directory);
					}
				}
			}
		}
		assert.ok(packages.size >= 6, `${packages.size} packages in the bundles`);
		for (const directory of packages) {
			const absolute = path.join(repoRoot, directory);
			const manifest = JSON.parse(fs.readFileSync(path.join(absolute, 'package.json'), 'utf8')) as { name: string; version: string };
			assert.match(notices, new RegExp(`^${manifest.name} ${manifest.version.replace(/\./g, '\\.')} \\(`, 'm'), directory);
			const licence = fs.readdirSync(absolute).find(file => /^(?:licen[cs]e|copying)\b/i.test(file));
			assert.ok(licence, `${directory} has a licence file`);
			assert.ok(notices.includes(fs.readFileSync(path.join(absolute, licence), 'utf8').replace(/\r\n?/g, '\n').trim()), `${directory}'s licence text`);
		}
	});

	test('a package found in an output is listed with its licence, once for all the outputs that hold it', async () => {
		const { thirdPartyNotices } = await loadScript();
		const root = packageDirectory('some-package', 'Copyright (c) Someone\r\nPermission is granted.\r\n');
		const inputs = ['node_modules/some-package/index.js'];
		const notices = await thirdPartyNotices([metafileOf('dist/a.js', inputs), metafileOf('dist/b.js', inputs)], root, 'product 1.0.0');
		assert.match(notices, /^Third-party notices for product 1\.0\.0\n/);
		assert.match(notices, /\nsome-package 1\.2\.3 \(MIT\)\nIn dist\/a\.js, dist\/b\.js\n\nCopyright \(c\) Someone\nPermission is granted\.\n$/);
		assert.equal(notices.split('some-package 1.2.3').length, 2);
	});

	test('a bundled package without a licence file fails the build, naming the package and the bundle', async () => {
		const { thirdPartyNotices } = await loadScript();
		const root = packageDirectory('unlicensed');
		await assert.rejects(thirdPartyNotices([metafileOf('dist/a.js', ['node_modules/unlicensed/index.js'])], root, 'product'),
			/unlicensed 1\.2\.3 \(node_modules\/unlicensed\) is bundled into dist\/a\.js but has no licence file/);
	});
});
