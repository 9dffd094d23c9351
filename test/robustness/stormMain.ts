import * as fs from 'node:fs';
import { chineseExample, englishExample } from '../support/paths';
import { numberOption, runMain } from './args';
import { runStorm } from './editStorm';
import { corpusSeeds, TEXT_73_218 } from './fuzzCases';
import { startServer } from './lspServer';
import { chooseSeed } from './random';

/**
 * `npm run storm -- [--edits N] [--seed S]`: the long edit storm, 10,000 edits unless told, over the two example
 * drafts and, where ../shared/corpus is present, 73/218, all open at once in one server.
 */
runMain(async () => {
	const argv = process.argv.slice(2);
	const edits = numberOption(argv, 'edits', 10_000);
	const seed = chooseSeed(argv);
	const drafts = [englishExample, chineseExample].map(file => ({ name: file, text: fs.readFileSync(file, 'utf8') }))
		.concat(corpusSeeds().filter(text => text.name === TEXT_73_218));
	console.log(`storm: seed ${seed}, ${edits} edits over ${drafts.map(draft => draft.name).join(', ')}`);
	const server = await startServer();
	const started = Date.now();
	const step = Math.max(1, Math.round(edits / 20));
	let shown = 0;
	try {
		const report = await runStorm({ server, drafts, edits, seed, onProgress: done => {
			if (done - shown >= step) {
				shown = done;
				console.log(`storm: ${done} edits, ${((Date.now() - started) / 1000).toFixed(0)} s`);
			}
		} });
		console.log(`storm: ${report.edits} edits (${report.changes} content changes) checked ${report.checks} times against a fresh parse; `
			+ `${report.hovers} hovers, ${report.completions} completions, ${report.cancelled} requests cancelled; ${((Date.now() - started) / 1000).toFixed(0)} s`);
	} finally {
		const code = await server.stop();
		if (code !== 0) {
			throw new Error(`the server exited with ${code}:\n${server.stderr()}`);
		}
	}
});
