import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { chineseExample, englishExample, serverBundle } from '../../support/paths';
import { runStorm } from '../../robustness/editStorm';
import { startServer, type LspServer } from '../../robustness/lspServer';

/**
 * A CI-sized edit storm against the bundled server over stdio; `npm run storm` sends 10,000 edits. The seed is
 * fixed so that CI is repeatable; STORM_SEED explores others, and a failure names its seed and edit.
 */
const SEED = Number(process.env.STORM_SEED ?? 7_919);

describe(`edit storm over stdio (seed ${SEED})`, { skip: fs.existsSync(serverBundle) ? false : 'the server is not built' }, () => {
	let server: LspServer;

	before(async () => {
		server = await startServer();
	});

	after(async () => {
		assert.equal(await server.stop(), 0, `server stderr:\n${server.stderr()}`);
	});

	it('300 random edits to an English and a Chinese draft: the server always holds the expected text', async () => {
		const drafts = [englishExample, chineseExample].map(file => ({ name: file, text: fs.readFileSync(file, 'utf8') }));
		const report = await runStorm({ server, drafts, edits: 300, seed: SEED });
		assert.equal(report.edits, 300);
		assert.equal(report.checks, 600, 'every edit is checked by its symbols and its diagnostics');
		assert.ok(report.completions > 0 && report.cancelled + report.completions > 0);
		assert.deepEqual(server.errors, []);
	});
});
