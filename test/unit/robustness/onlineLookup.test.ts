import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { CATALOGUE_LOOKUP_REQUEST, type CatalogueLookupParams, type CatalogueLookupResult } from '../../../server/src/navigation/protocol';
import { startServer } from '../../robustness/lspServer';
import { markdownHazards } from '../../robustness/markupChecks';
import { NETWORK_ATTEMPT } from '../../robustness/noNetwork';
import { serverBundle } from '../../support/paths';

const GUARD = path.join(__dirname, '..', '..', 'robustness', 'noNetwork.js');
const DRAFT = 'The General Assembly,\n\nRecalling its resolutions 61/295 and 64/292, and the report A/64/350,\n\n1. Decides.\n';
// What a compromised or spoofed online service could answer for every symbol asked.
const HOSTILE_TITLE = '[x](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> **bold**';

/**
 * Hovers over every cited symbol of a draft, twice (the first hover may not wait for an online answer), with the
 * server under the network guard and a client that answers look-ups with a hostile title. Returns the symbols the
 * server asked the client to look up and the Markdown of the hovers.
 */
async function hoverWith(settings: unknown, initializationOptions: unknown): Promise<{ asked: string[]; markdown: string[] }> {
	const asked: string[] = [];
	const server = await startServer({
		preload: [GUARD], settings, initializationOptions,
		handlers: { [CATALOGUE_LOOKUP_REQUEST]: (params): CatalogueLookupResult => {
			const { symbols } = params as CatalogueLookupParams;
			asked.push(...symbols);
			return { entries: symbols.map(symbol => ({ symbol, title: HOSTILE_TITLE, date: '2010-06-28', source: 'a test service' })) };
		} },
	});
	const uri = 'file:///drafts/online.resolution.txt';
	await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'un-resolution', version: 1, text: DRAFT } });
	const markdown: string[] = [];
	for (let round = 0; round < 2; round++) {
		for (const match of DRAFT.matchAll(/\d+\/\d+|A\/64\/350/g)) {
			const hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: (match.index ?? 0) - DRAFT.indexOf('Recalling') + 1 } }) as Hover | null;
			markdown.push(...(hover ? [hover.contents].flat().map(content => typeof content === 'string' ? content : (content as MarkupContent).value) : []));
		}
		await new Promise(resolve => setTimeout(resolve, 300));
	}
	await server.stop();
	assert.ok(!server.stderr().includes(NETWORK_ATTEMPT), server.stderr());
	assert.deepEqual(server.errors, []);
	return { asked, markdown };
}

describe('online look-up', { skip: fs.existsSync(serverBundle) ? false : 'the server is not built' }, () => {
	const client = { onlineCatalogue: true, workspaceTrusted: true };

	it('is never asked for while the setting is off, the default', async () => {
		const { asked, markdown } = await hoverWith(null, client);
		assert.ok(markdown.length > 0, 'no hover at all');
		assert.deepEqual(asked, []);
	});

	it('is never asked for in an untrusted workspace, even with the setting on', async () => {
		const { asked } = await hoverWith({ onlineLookup: true }, { ...client, workspaceTrusted: false });
		assert.deepEqual(asked, []);
	});

	it('goes through the client only, and a hostile answer shows as text, not as a link or HTML', async () => {
		const { asked, markdown } = await hoverWith({ onlineLookup: true }, client);
		assert.ok(asked.length > 0, 'the server never asked the client to look anything up');
		assert.ok(markdown.some(value => value.includes('onerror')), `the online title is not in any hover:\n${markdown.join('\n---\n')}`);
		assert.deepEqual(markdown.flatMap(markdownHazards), []);
	});
});
