import * as path from 'node:path';
import { runMocha } from '../support/mocha';
import { runPart } from '../support/part';
import { requirePackages } from '../support/system';

/** `npm run test:neovim`: the language server under Neovim's built-in LSP client, headless. */
runPart('Neovim check', 3 * 60_000, async () => {
	requirePackages('The Neovim check', ['neovim']);
	return runMocha([path.join(__dirname, 'neovim.test.js')], { timeout: 60_000 });
});
