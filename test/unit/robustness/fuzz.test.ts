import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { corpusSkip } from '../../support/corpus';
import { runFuzz, typeEveryPrefix } from '../../robustness/fuzz';
import { corpusSeeds, fixtureSeeds, TEXT_73_218, typingSeeds } from '../../robustness/fuzzCases';

/**
 * The CI-sized fuzzing run (a few seconds); `npm run fuzz -- --runs 100000` is the long one. The seed is fixed so
 * that CI is repeatable, and FUZZ_SEED explores others; every failure names its seed and case.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_250_609);

describe(`fuzzing (seed ${SEED})`, () => {
	it('random Unicode and mutated fixture drafts: no exception, nodes inside the text, features and fixes sound', () => {
		const report = runFuzz({ runs: 300, seed: SEED, seeds: fixtureSeeds() });
		assert.equal(report.runs, 300);
		assert.equal(report.byKind.large, 30);
		assert.ok(report.fixesChecked > 100, `only ${report.fixesChecked} fixes were applied`);
	});

	it('mutated real texts, 73/218 among them, with 30 KB inputs analysed within 100 ms each', { skip: corpusSkip }, () => {
		const seeds = corpusSeeds();
		assert.equal(seeds[0].name, TEXT_73_218);
		const report = runFuzz({ runs: 150, seed: SEED + 1_000_000, seeds });
		assert.equal(report.runs, 150);
		assert.ok(report.slowestLarge.ms > 0, 'no 30 KB case was timed');
	});

	it('mutated 73/218 alone', { skip: corpusSkip }, () => {
		const report = runFuzz({ runs: 100, seed: SEED + 2_000_000, seeds: corpusSeeds().slice(0, 1) });
		assert.ok(report.fixesChecked > 0);
	});

	for (const seed of typingSeeds()) {
		it(`typing every prefix of ${seed.name}`, () => {
			const astral = seed.text.match(/[\ud800-\udbff][\udc00-\udfff]/g)?.length ?? 0;
			assert.equal(typeEveryPrefix(seed), seed.text.length + 1 - astral);
		});
	}
});
