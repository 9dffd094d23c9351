import { chooseSeed } from './random';
import { numberOption, runMain } from './args';
import { runFuzz, typeEveryPrefix } from './fuzz';
import { corpusSeeds, fixtureSeeds, TEXT_73_218, typingSeeds } from './fuzzCases';

/**
 * `npm run fuzz -- [--runs N] [--seed S] [--only I]`: the long fuzzing run. N cases (10,000 unless told) over the
 * fixture drafts and the real texts of ../shared/corpus, then every prefix of each fixture and of 73/218 typed out.
 * A new seed each run unless one is given; a failure prints the command that reproduces it.
 */
runMain(() => {
	const argv = process.argv.slice(2);
	const runs = numberOption(argv, 'runs', 10_000);
	const only = numberOption(argv, 'only');
	const seed = chooseSeed(argv);
	const corpus = corpusSeeds();
	const seeds = [...fixtureSeeds(), ...corpus];
	console.log(`fuzz: seed ${seed}, ${only === undefined ? `${runs} cases` : `case ${only} only`}, ${seeds.length} texts to mutate (${corpus.length} from the corpus)`);
	const started = Date.now();
	const step = Math.max(1, Math.round(runs / 20));
	const report = runFuzz({ runs, seed, seeds, only, onProgress: done => {
		if (done % step === 0) {
			console.log(`fuzz: ${done} cases, ${((Date.now() - started) / 1000).toFixed(0)} s`);
		}
	} });
	console.log(`fuzz: ${report.runs} cases passed (${report.byKind.unicode} random Unicode, ${report.byKind.mutated} mutated, ${report.byKind.large} of 30 KB), ${report.fixesChecked} fixes applied`);
	console.log(`fuzz: slowest 30 KB analysis ${report.slowestLarge.ms.toFixed(1)} ms of processor time (${report.slowestLarge.description})`);
	if (only !== undefined) {
		return;
	}
	const typing = [...typingSeeds(), ...corpus.filter(text => text.name === TEXT_73_218)];
	let prefixes = 0;
	for (const text of typing) {
		prefixes += typeEveryPrefix(text);
	}
	console.log(`fuzz: typed every prefix of ${typing.length} drafts, ${prefixes} prefixes in all; ${((Date.now() - started) / 1000).toFixed(0)} s`);
});
