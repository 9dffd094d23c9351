import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID } from './helpers';

suite('Activation', () => {
	test('the extension is installed and activates', async () => {
		const extension = await activateExtension();
		assert.equal(extension.isActive, true);
	});

	test('it contributes the UN Resolution language', async () => {
		const languages = await vscode.languages.getLanguages();
		assert.ok(languages.includes('un-resolution'), `un-resolution is not among ${languages.length} languages`);
		const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON;
		assert.deepEqual(manifest?.contributes?.languages?.[0]?.aliases, ['UN Resolution']);
	});
});
