import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Connection, InitializeParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseResolution, type Resolution } from '../../../server/src/languageService';
import { DEFAULT_MAX_PROBLEMS } from '../../../server/src/languageService/diagnostics';
import { DocumentCache } from '../../../server/src/languageService/documentCache';
import type { ILintConfigFiles } from '../../../server/src/lint/configFiles';
import { LintService } from '../../../server/src/lint/lintService';
import { LintSettings } from '../../../server/src/lint/lintSettings';

const withConfiguration = { capabilities: { workspace: { configuration: true } }, workspaceFolders: null } as unknown as InitializeParams;

/** Settings as the editor answers `workspace/configuration` for the `unResolution` section, asked anew each time. */
function settingsAnswering(section: unknown | (() => unknown), configFiles?: ILintConfigFiles): LintSettings {
	const connection = {
		workspace: { getConfiguration: async () => typeof section === 'function' ? section() : section },
		console: { warn: () => undefined, error: () => undefined },
		sendNotification: async () => undefined,
	} as unknown as Connection;
	return new LintSettings({ connection, initializeParams: () => withConfiguration, configFiles });
}

/** A draft with a footnote marker in every paragraph and no footnote text: an error and a warning a paragraph. */
function markedDraft(paragraphs: number): TextDocument {
	const text = 'The General Assembly,\n\n' + 'Recalling its resolution 70/1 on the 2030 Agenda,[^1]\n\n'.repeat(paragraphs);
	return TextDocument.create('file:///w/draft.txt', 'un-resolution', 1, text);
}

describe('unResolution.maxProblems', () => {
	test('the setting reaches the configuration, over the workspace file', async () => {
		const file: ILintConfigFiles = { find: () => ({ path: '/w/.resolutionlintrc.json', config: { rules: { 'verb.unknown': 'off' } }, errors: [] }) };
		assert.deepEqual(await settingsAnswering({ maxProblems: 25 }, file).get('file:///w/a.txt'), { rules: { 'verb.unknown': 'off' }, maxProblems: 25 });
		assert.equal((await settingsAnswering({ maxProblems: 7.9 }).get('file:///w/a.txt')).maxProblems, 7);
	});

	test('a missing or nonsensical value leaves the default in force', async () => {
		for (const value of [undefined, 0, 0.5, -3, Number.NaN, Number.POSITIVE_INFINITY, '50', null, [10]]) {
			assert.equal((await settingsAnswering({ maxProblems: value }).get('file:///w/a.txt')).maxProblems, undefined, String(value));
		}
	});

	test('the snapshot publishes at most that many findings, errors first, and keeps all of them for fix-all', async () => {
		const models = new DocumentCache<Resolution>(text => parseResolution(text));
		const snapshot = await new LintService(models, settingsAnswering({ maxProblems: 12 })).get(markedDraft(20));
		assert.equal(snapshot.diagnostics.filter(diagnostic => diagnostic.severity === 'error').length, 20, 'an error per marker');
		assert.ok(snapshot.diagnostics.length > 20, 'and warnings besides');
		assert.equal(snapshot.published.shown.length, 12);
		assert.equal(snapshot.published.omitted, snapshot.diagnostics.length - 12);
		assert.ok(snapshot.published.shown.every(diagnostic => diagnostic.severity === 'error'));
	});

	test('without the setting, the default limit applies', async () => {
		const models = new DocumentCache<Resolution>(text => parseResolution(text));
		const snapshot = await new LintService(models, settingsAnswering({})).get(markedDraft(DEFAULT_MAX_PROBLEMS));
		assert.ok(snapshot.diagnostics.length > DEFAULT_MAX_PROBLEMS);
		assert.equal(snapshot.published.shown.length, DEFAULT_MAX_PROBLEMS);
		assert.equal(snapshot.published.omitted, snapshot.diagnostics.length - DEFAULT_MAX_PROBLEMS);
	});

	test('a change of the setting is seen after the configuration is invalidated', async () => {
		let section: unknown = { maxProblems: 5 };
		const service = new LintService(new DocumentCache<Resolution>(text => parseResolution(text)), settingsAnswering(() => section));
		const document = markedDraft(40);
		assert.equal((await service.get(document)).published.shown.length, 5);
		section = { maxProblems: 50 };
		service.invalidate();
		const snapshot = await service.get(document);
		assert.ok(snapshot.diagnostics.length > 50);
		assert.equal(snapshot.published.shown.length, 50);
		assert.equal(snapshot.published.omitted, snapshot.diagnostics.length - snapshot.published.shown.length);
	});
});
