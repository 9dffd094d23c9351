import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Connection, InitializeParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseResolution, type DocumentLanguage, type Resolution } from '../../../server/src/languageService';
import { DocumentCache } from '../../../server/src/languageService/documentCache';
import { LintSettings } from '../../../server/src/lint/lintSettings';

const withConfiguration = { capabilities: { workspace: { configuration: true } }, workspaceFolders: null } as unknown as InitializeParams;

function connectionAnswering(section: unknown): Connection {
	return {
		workspace: { getConfiguration: async () => section },
		console: { warn: () => undefined, error: () => undefined },
		sendNotification: async () => undefined,
	} as unknown as Connection;
}

describe('unResolution.language forces the language a draft is read in', () => {
	test('the settings report the forced language, and "auto" or nonsense as none', async () => {
		for (const [value, expected] of [['fr', 'fr'], ['auto', undefined], ['klingon', undefined]] as const) {
			const told: Array<DocumentLanguage | undefined> = [];
			const settings = new LintSettings({
				connection: connectionAnswering({ language: value }),
				initializeParams: () => withConfiguration,
				onLanguage: (_uri, language) => told.push(language),
			});
			await settings.get('file:///w/draft.txt');
			assert.deepEqual(told, [expected], String(value));
		}
	});

	test('the model cache hands the URI to the parser, so a forced language changes the reading', () => {
		const forced = new Map<string, DocumentLanguage>([['file:///w/forced.txt', 'fr']]);
		const models = new DocumentCache<Resolution>((text, uri) => parseResolution(text, { language: forced.get(uri) }));
		// The same English text, detected as English in one file and read as French where the setting says so.
		const text = 'Noting the report of the Secretary-General,\n\n1. Decides to act.';
		const detected = models.get(TextDocument.create('file:///w/detected.txt', 'un-resolution', 1, text));
		const read = models.get(TextDocument.create('file:///w/forced.txt', 'un-resolution', 1, text));
		assert.deepEqual([detected.language, detected.preamble[0].opener?.known], ['en', true]);
		assert.deepEqual([read.language, read.preamble[0].opener?.known], ['fr', false]);
	});
});
