import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Connection, InitializeParams, PublishDiagnosticsParams } from 'vscode-languageserver';
import type { WorkspaceFileSystem } from '../../../server/src/languageService/workspace/types';
import { CatalogueService } from '../../../server/src/navigation/catalogueService';
import type { CatalogueSettings, NavigationInitializationOptions } from '../../../server/src/navigation/protocol';
import { WorkspaceService } from '../../../server/src/navigation/workspaceService';

const FOLDER = 'file:///work/drafts';
const OUTSIDE = 'file:///home/user/catalogue.json';

interface Setup {
	settings: Partial<CatalogueSettings>;
	options?: NavigationInitializationOptions;
	files: Record<string, string>;
}

/** A catalogue service over an in-memory file system and a connection that records what it is sent. */
async function service({ settings, options = {}, files }: Setup) {
	const published: PublishDiagnosticsParams[] = [];
	const read: string[] = [];
	const connection = {
		workspace: { getConfiguration: async () => settings },
		sendDiagnostics: async (params: PublishDiagnosticsParams) => void published.push(params),
		console: { warn: () => undefined },
	} as unknown as Connection;
	const fileSystem: WorkspaceFileSystem = {
		findFiles: async () => [],
		readFile: async uri => {
			read.push(uri);
			return files[uri];
		},
	};
	const params = { capabilities: { workspace: { configuration: true } }, initializationOptions: options } as unknown as InitializeParams;
	const logger = { error: () => undefined };
	const workspace = new WorkspaceService({ files: fileSystem, documents: { all: () => [], get: () => undefined } as never, models: {} as never, logger });
	await workspace.scan([FOLDER]);
	const catalogues = new CatalogueService({ connection, files: fileSystem, logger, workspace, initializeParams: () => params });
	await catalogues.reload();
	return { catalogues, published, read };
}

const ROW = (title: string) => JSON.stringify([{ symbol: 'A/RES/70/1', title }]);

describe('catalogue files and settings', () => {
	it('reads the workspace\'s .resolutions/catalogue.json without any setting, before the built-in list', async () => {
		const { catalogues } = await service({ settings: {}, files: { [`${FOLDER}/.resolutions/catalogue.json`]: ROW('From the workspace file') } });
		assert.equal(catalogues.catalogue.describe('A/RES/70/1', 'en')?.title?.text, 'From the workspace file');
	});

	it('reads configured files relative to the folder and absolute, the setting\'s files first', async () => {
		const { catalogues, read } = await service({
			settings: { files: ['data/un.csv', '/home/user/catalogue.json'] },
			files: {
				[`${FOLDER}/data/un.csv`]: 'symbol,title\nA/RES/70/1,From the CSV\n',
				[OUTSIDE]: ROW('From the home folder'),
				[`${FOLDER}/.resolutions/catalogue.json`]: ROW('From the workspace file'),
			},
		});
		assert.ok(read.includes(`${FOLDER}/data/un.csv`) && read.includes(OUTSIDE));
		assert.equal(catalogues.catalogue.describe('A/RES/70/1', 'en')?.title?.text, 'From the CSV');
		assert.equal(catalogues.isCatalogueFile(OUTSIDE), true);
	});

	it('in an untrusted workspace reads no file outside the workspace and never goes online', async () => {
		const { catalogues, read } = await service({
			settings: { files: ['/home/user/catalogue.json', '../elsewhere.json'], onlineLookup: true },
			options: { workspaceTrusted: false, onlineCatalogue: true },
			files: { [OUTSIDE]: ROW('From the home folder') },
		});
		assert.ok(!read.includes(OUTSIDE));
		assert.ok(!read.some(uri => uri.includes('..')));
		assert.equal(catalogues.onlineLookup, false);
		assert.match(catalogues.catalogue.describe('A/RES/70/1', 'en')!.title!.text, /^Transforming our world/);
		await catalogues.trust();
		assert.equal(catalogues.catalogue.describe('A/RES/70/1', 'en')?.title?.text, 'From the home folder');
		assert.equal(catalogues.onlineLookup, true);
	});

	it('goes online only when the setting is on and the client can look up', async () => {
		assert.equal((await service({ settings: { onlineLookup: false }, options: { onlineCatalogue: true }, files: {} })).catalogues.onlineLookup, false);
		assert.equal((await service({ settings: { onlineLookup: true }, options: {}, files: {} })).catalogues.onlineLookup, false);
		assert.equal((await service({ settings: { onlineLookup: true }, options: { onlineCatalogue: true }, files: {} })).catalogues.onlineLookup, true);
	});

	it('publishes a file\'s malformed rows as warnings on their lines, and clears them once fixed', async () => {
		const uri = `${FOLDER}/.resolutions/catalogue.json`;
		const files = { [uri]: '[\n  { "symbol": "A/RES/70/1" },\n  { "symbol": "nonsense" }\n]' };
		const { catalogues, published } = await service({ settings: {}, files });
		assert.equal(published.length, 1);
		assert.equal(published[0].uri, uri);
		assert.equal(published[0].diagnostics[0].range.start.line, 2);
		assert.match(published[0].diagnostics[0].message, /"nonsense" is not a UN document symbol/);
		files[uri] = '[]';
		await catalogues.reload();
		assert.deepEqual(published[1], { uri, diagnostics: [] });
	});

	it('ignores settings of the wrong type', async () => {
		const { catalogues } = await service({ settings: { files: 'catalogue.json' as unknown as string[], onlineLookup: 'yes' as unknown as boolean }, options: { onlineCatalogue: true }, files: {} });
		assert.equal(catalogues.onlineLookup, false);
	});
});
