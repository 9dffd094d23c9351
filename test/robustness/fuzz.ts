import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { getCompletions, parseResolution, TRIGGER_CHARACTERS } from '../../server/src/languageService';
import { computeDiagnostics } from '../../server/src/languageService/diagnostics';
import { checkCodeActions } from './codeActionChecks';
import { analyse, assertRangesInside, exerciseFeatures } from './featureChecks';
import { makeCase, type FuzzCase, type Seed } from './fuzzCases';
import { Random } from './random';

/** The bound the issue sets on the analysis (parse and every rule) of a 30 KB input. */
export const LARGE_ANALYSIS_BUDGET_MS = 100;

export interface FuzzOptions {
	runs: number;
	/** The seed of case 0; case i uses seed + i, so any case can be run alone with `--seed` and `--only`. */
	seed: number;
	seeds: readonly Seed[];
	/** Runs only this case index, to reproduce a failure. */
	only?: number;
	onProgress?(done: number): void;
}

export interface FuzzReport {
	runs: number;
	byKind: Record<FuzzCase['kind'], number>;
	fixesChecked: number;
	/** The slowest analysis of a 30 KB case, in milliseconds, with what it was. */
	slowestLarge: { ms: number; description: string };
}

/**
 * Runs the fuzzing properties over generated cases: no exception, every span inside the text and in order, every
 * feature's ranges inside the document, no live links or raw HTML in rendered output, code actions that apply
 * cleanly and remove only what they mean to, and the analysis of a 30 KB text within its budget. The first failure
 * throws with the seed and index that reproduce it, and its text is saved to a temporary file.
 */
export function runFuzz(options: FuzzOptions): FuzzReport {
	const report: FuzzReport = { runs: 0, byKind: { unicode: 0, mutated: 0, large: 0 }, fixesChecked: 0, slowestLarge: { ms: 0, description: '' } };
	const first = options.only ?? 0;
	const last = options.only ?? options.runs - 1;
	for (let index = first; index <= last; index++) {
		const random = new Random(options.seed + index);
		const fuzzCase = makeCase(random, options.seeds, index);
		try {
			report.fixesChecked += runCase(fuzzCase, random, report);
		} catch (error) {
			throw failure(options.seed, index, fuzzCase, error);
		}
		report.runs++;
		report.byKind[fuzzCase.kind]++;
		options.onProgress?.(report.runs);
	}
	return report;
}

function runCase(fuzzCase: FuzzCase, random: Random, report: FuzzReport): number {
	if (fuzzCase.kind === 'large') {
		const ms = timeAnalysis(fuzzCase.text);
		if (ms > report.slowestLarge.ms) {
			report.slowestLarge = { ms, description: fuzzCase.description };
		}
		if (ms > LARGE_ANALYSIS_BUDGET_MS) {
			throw new Error(`analysing ${fuzzCase.text.length} characters took ${ms.toFixed(1)} ms, over the ${LARGE_ANALYSIS_BUDGET_MS} ms budget`);
		}
		// The features and fixes of texts this long are exercised by the mutated corpus texts; here only the model.
		analyse(fuzzCase.text);
		return 0;
	}
	const analysed = analyse(fuzzCase.text);
	exerciseFeatures(analysed, random);
	return checkCodeActions(analysed);
}

/**
 * The processor time, in milliseconds, to parse and check a text: the best of three when the first is over budget.
 * Processor time rather than wall-clock time, because on a shared two-core machine other processes stretch the
 * wall clock two- or threefold while the work done stays the same; a real slowdown still shows in all three runs.
 */
export function timeAnalysis(text: string): number {
	let best = Infinity;
	for (let attempt = 0; attempt < 3 && best > LARGE_ANALYSIS_BUDGET_MS; attempt++) {
		const started = process.cpuUsage();
		computeDiagnostics(parseResolution(text));
		const used = process.cpuUsage(started);
		best = Math.min(best, (used.user + used.system) / 1000);
	}
	return best;
}

/**
 * Types a draft character by character, as a drafter would: every prefix is parsed and checked, and completion
 * is asked at the cursor, with the typed character as the trigger when it is one. Prefixes that would cut a
 * surrogate pair are skipped, since typing never produces them. `stride` > 1 takes every stride-th prefix only.
 */
export function typeEveryPrefix(seed: Seed, stride = 1): number {
	let typed = 0;
	for (let length = 0; length <= seed.text.length; length += stride) {
		const code = seed.text.charCodeAt(length - 1);
		if (code >= 0xd800 && code <= 0xdbff) {
			continue;
		}
		const text = seed.text.slice(0, length);
		try {
			const analysed = analyse(text);
			const character = text.slice(-1);
			const trigger = TRIGGER_CHARACTERS.includes(character) ? { invoked: false, character } : { invoked: true };
			const position = analysed.document.positionAt(length);
			assertRangesInside(analysed.document, getCompletions(analysed.resolution, analysed.document, position, { trigger }), 'completion');
		} catch (error) {
			throw new Error(`typing ${seed.name}, prefix of ${length} characters: ${(error as Error).message}`, { cause: error });
		}
		typed++;
	}
	return typed;
}

function failure(seed: number, index: number, fuzzCase: FuzzCase, error: unknown): Error {
	// As a JSON string, since writing the text as UTF-8 would turn its lone surrogates into U+FFFD.
	const file = path.join(os.tmpdir(), `un-resolution-fuzz-${seed}-${index}.json`);
	fs.writeFileSync(file, JSON.stringify(fuzzCase.text));
	const message = [
		`fuzz case ${index} of seed ${seed} (${fuzzCase.kind}: ${fuzzCase.description}) failed: ${(error as Error).message}`,
		`  text (${fuzzCase.text.length} characters) saved as a JSON string to ${file}`,
		`  reproduce with: npm run fuzz -- --seed ${seed} --only ${index}`,
	].join('\n');
	return new Error(message, { cause: error });
}
