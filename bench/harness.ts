import type { Bench as BenchClass } from 'tinybench' with { 'resolution-mode': 'import' };

/** The figures kept for one measured operation, in milliseconds. */
export interface Timing {
	median: number;
	p99: number;
	mean: number;
	samples: number;
	/**
	 * Processor time per call (all of the process's threads, garbage collection included), over the measured
	 * calls. It moves less than the wall-clock median when other programs share the cores, and it can exceed it
	 * when the collector works on a second core.
	 */
	cpu: number;
}

/** How long to measure: a time budget and a minimum count, for warm-up and for the measured run. */
export interface Budget {
	timeMs: number;
	iterations: number;
	warmupMs: number;
	warmupIterations: number;
}

/** Short, cheap operations (well under a millisecond to tens of milliseconds). */
export const FAST: Budget = { timeMs: 2000, iterations: 200, warmupMs: 500, warmupIterations: 50 };
/** Operations on megabytes of text, which take tens to hundreds of milliseconds each. */
export const SLOW: Budget = { timeMs: 3000, iterations: 15, warmupMs: 500, warmupIterations: 3 };
/** Operations that take seconds each (markdownlint on megabytes): a few runs are all the machine can afford. */
export const VERY_SLOW: Budget = { timeMs: 0, iterations: 3, warmupMs: 0, warmupIterations: 1 };

// tinybench is published as an ES module only, and this harness compiles to CommonJS, so it is loaded once
// through a dynamic import that tsc keeps as it is.
let benchClass: Promise<typeof BenchClass> | undefined;

function loadBench(): Promise<typeof BenchClass> {
	benchClass ??= import('tinybench').then(module => module.Bench);
	return benchClass;
}

/** Quick mode (`--quick`) cuts every budget, for checking that the harness runs, never for published figures. */
export function scaled(budget: Budget, quick: boolean): Budget {
	return quick
		? { timeMs: budget.timeMs / 10, iterations: Math.max(2, Math.ceil(budget.iterations / 10)), warmupMs: 0, warmupIterations: 1 }
		: budget;
}

/**
 * What one tinybench run of a task gave: its latency samples in milliseconds, and its processor time in all over
 * the calls of its measured phase (tinybench may time a fast task in batches, one sample a batch).
 */
interface Run {
	samples: readonly number[];
	cpu: number;
	calls: number;
}

/**
 * Runs `task` with warm-up first, then at least `iterations` calls and `timeMs` of running.
 * The task returns a value that the harness checks, so that no call can be optimised away as dead code.
 */
async function run(task: () => unknown, budget: Budget, collectFirst = true): Promise<Run> {
	const Bench = await loadBench();
	let cpuStart: NodeJS.CpuUsage | undefined;
	let cpuUsed = 0;
	let calls = 0;
	let callsAtStart = 0;
	let measuredCalls = 0;
	const bench = new Bench({
		time: budget.timeMs,
		iterations: budget.iterations,
		warmupTime: budget.warmupMs,
		warmupIterations: budget.warmupIterations,
		throws: true,
		retainSamples: true,
		setup: (_task, mode) => {
			cpuStart = mode === 'run' ? process.cpuUsage() : undefined;
			callsAtStart = calls;
		},
		teardown: (_task, mode) => {
			if (mode === 'run' && cpuStart) {
				const used = process.cpuUsage(cpuStart);
				cpuUsed = (used.user + used.system) / 1000;
				measuredCalls = calls - callsAtStart;
			}
		},
	});
	// Each measurement starts from a collected heap, as mitata does when it may: otherwise the garbage that the
	// rows before left behind (markdownlint on megabytes makes hundreds of them) is collected during this row's
	// calls and charged to it, and a row's figure would depend on what ran before it. `npm run bench` exposes gc.
	if (collectFirst) {
		collectGarbage();
	}
	let sink = 0;
	bench.add('task', () => {
		calls++;
		sink += task() ? 1 : 0;
	});
	await bench.run();
	const result = bench.tasks[0].result;
	if (!('latency' in result) || !result.latency.samples || sink === 0) {
		throw new Error('the benchmark task produced no result');
	}
	return { samples: result.latency.samples, cpu: cpuUsed, calls: Math.max(1, measuredCalls) };
}

/**
 * A full collection of the heap that keeps what the running code depends on. A bare `gc()` collects to reduce the
 * memory footprint, and that mode also lets go of the hidden classes whose objects all died (those of the models
 * that the calls before left behind), which discards the optimised code built on them: with it, the first 5 MB
 * analysis after each collection took about 300 ms against 165 ms for the next ones, and `--trace-deopt` showed
 * some 280 functions thrown out for "weak objects". The collections V8 makes by itself, while the server analyses
 * one version after another, keep such classes for two more collections and throw out nothing.
 */
function collectGarbage(): void {
	const gc = (globalThis as { gc?: (options?: { type: 'major'; execution: 'sync' }) => void }).gc;
	gc?.({ type: 'major', execution: 'sync' });
}

/** The median of values in ascending order: the middle one, or the mean of the two in the middle. */
function medianOfSorted(sorted: readonly number[]): number {
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The median of `values`, in any order. */
export function median(values: readonly number[]): number {
	return medianOfSorted([...values].sort((a, b) => a - b));
}

/** The figures of all the samples of one task, from one run or several. */
function timing(runs: readonly Run[]): Timing {
	const samples = runs.flatMap(one => one.samples).sort((a, b) => a - b);
	const at = (fraction: number) => samples[Math.min(samples.length - 1, Math.floor(fraction * samples.length))];
	return {
		median: medianOfSorted(samples),
		p99: at(0.99),
		mean: samples.reduce((sum, value) => sum + value, 0) / samples.length,
		samples: samples.length,
		cpu: runs.reduce((sum, one) => sum + one.cpu, 0) / runs.reduce((sum, one) => sum + one.calls, 0),
	};
}

/**
 * Measures `task` and keeps the median: a busy machine adds long outliers, which move a mean but hardly a median.
 */
export async function measure(task: () => unknown, budget: Budget): Promise<Timing> {
	return timing([await run(task, budget)]);
}

/**
 * Measures tasks that are to be compared in turns: `rounds` rounds, each running every task with its share of the
 * budget (warm-up in the first round only), and each task's median over all its samples. Measured one after the
 * other, each task would see the machine as it was during its own seconds, and when the load drifts during a run
 * (another program ending, the load decaying) their ratio would carry that drift; taking turns spreads it evenly.
 *
 * `collectEveryTurn`: a turn on megabytes of text leaves garbage in the old generation, which the next task's turn
 * would pay for, so each then starts from a collected heap. Short turns leave young garbage only, and a full
 * collection shrinks the young generation, which made each short turn start on a heap that had to grow again
 * (twice the processor time), so they are collected before the first turn alone.
 */
export async function measureInTurns(tasks: ReadonlyArray<() => unknown>, budget: Budget, collectEveryTurn: boolean, rounds = 5): Promise<Timing[]> {
	const runs: Run[][] = tasks.map(() => []);
	for (let round = 0; round < rounds; round++) {
		const share: Budget = {
			timeMs: budget.timeMs / rounds,
			iterations: Math.max(1, Math.ceil(budget.iterations / rounds)),
			warmupMs: round === 0 ? budget.warmupMs : 0,
			warmupIterations: round === 0 ? budget.warmupIterations : 0,
		};
		for (const [index, task] of tasks.entries()) {
			runs[index].push(await run(task, share, collectEveryTurn || (round === 0 && index === 0)));
		}
	}
	return runs.map(timing);
}
