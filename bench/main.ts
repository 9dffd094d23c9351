/**
 * `npm run bench`: the speed of the product on this machine, side by side with markdown-it and markdownlint on
 * the same texts, checked against the budgets of issue 8. Writes bench/results/latest.json and prints the tables
 * that the README shows.
 *
 *   node --expose-gc out/bench/main.js           the full run (a few minutes)
 *   node --expose-gc out/bench/main.js --quick   a smoke run with tiny budgets, to check that every part works
 *
 * Without --expose-gc every row still runs, but starts from whatever heap the rows before it left.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analysisRows } from './analysis';
import { features, keystroke } from './editing';
import { budgets, formatTables, type BenchReport } from './report';
import { activation, memory, sizes, snapshotBuild } from './startup';
import { CORPUS_FILE, corpusText, englishFixture, largeDraft, repoRoot } from './texts';

async function main(): Promise<void> {
	const quick = process.argv.includes('--quick');
	const log = (line: string) => process.stderr.write(`${line}\n`);
	const build = snapshotBuild();
	const loadAverageBefore = os.loadavg();
	log(`load average before: ${loadAverageBefore.map(value => value.toFixed(2)).join(' ')}`);
	if (typeof (globalThis as { gc?: unknown }).gc !== 'function') {
		log('note: run with node --expose-gc (as npm run bench does) so that each row starts from a collected heap');
	}

	const corpus = corpusText();
	const small = [...(corpus ? [corpus] : []), englishFixture()];
	const analysis = await analysisRows([...small, largeDraft(0.5), largeDraft(5)], quick, log);
	const at = (name: string) => analysis.find(row => row.text === name)?.ours.median;
	const half = at('generated 0.5 MB');
	const five = at('generated 5 MB');

	log('keystroke in a 1 MB draft');
	const typing = await keystroke(largeDraft(1), quick);
	log('hover and completion');
	const featureRows = await features(corpus, quick);
	log('activation');
	const startup = activation(build, quick ? 3 : 15);
	log('memory');
	const heap = memory(5);

	const partial: Omit<BenchReport, 'budgets'> = {
		date: new Date().toISOString(),
		machine: {
			node: process.version,
			cpu: os.cpus()[0]?.model ?? 'unknown',
			cores: os.cpus().length,
			loadAverageBefore,
			loadAverageAfter: os.loadavg(),
		},
		quick,
		corpus: corpus ? 'present' : `absent (${path.relative(repoRoot, CORPUS_FILE)} not found)`,
		analysis,
		ratio5To05: half && five ? five / half : null,
		keystroke: typing,
		features: featureRows,
		activation: startup,
		sizes: sizes(build),
		memory: heap,
	};
	fs.rmSync(build, { recursive: true, force: true });
	const report: BenchReport = { ...partial, budgets: budgets(partial) };
	const output = path.join(repoRoot, 'bench', 'results', quick ? 'quick.json' : 'latest.json');
	fs.mkdirSync(path.dirname(output), { recursive: true });
	fs.writeFileSync(output, `${JSON.stringify(report, null, '\t')}\n`);
	process.stdout.write(`${formatTables(report)}\n\nWritten to ${path.relative(repoRoot, output)}.\n`);
}

main().catch(error => {
	process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
	process.exit(1);
});
