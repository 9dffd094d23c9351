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
 * Measures `task` with warm-up first, then at least `iterations` calls and `timeMs` of running, and keeps the
 * median: a busy machine adds long outliers, which move a mean but hardly a median.
 * The task returns a value that the harness checks, so that no call can be optimised away as dead code.
 */
export async function measure(task: () => unknown, budget: Budget): Promise<Timing> {
	const Bench = await loadBench();
	let cpuStart: NodeJS.CpuUsage | undefined;
	let cpuUsed = 0;
	const bench = new Bench({
		time: budget.timeMs,
		iterations: budget.iterations,
		warmupTime: budget.warmupMs,
		warmupIterations: budget.warmupIterations,
		throws: true,
		setup: (_task, mode) => {
			cpuStart = mode === 'run' ? process.cpuUsage() : undefined;
		},
		teardown: (_task, mode) => {
			if (mode === 'run' && cpuStart) {
				const used = process.cpuUsage(cpuStart);
				cpuUsed = (used.user + used.system) / 1000;
			}
		},
	});
	// Each measurement starts from a collected heap, as mitata does when it may: otherwise the garbage that the
	// rows before left behind (markdownlint on megabytes makes hundreds of them) is collected during this row's
	// calls and charged to it, and a row's figure would depend on what ran before it. `npm run bench` exposes gc.
	(globalThis as { gc?: () => void }).gc?.();
	let sink = 0;
	bench.add('task', () => {
		sink += task() ? 1 : 0;
	});
	await bench.run();
	const result = bench.tasks[0].result;
	if (!('latency' in result) || sink === 0) {
		throw new Error('the benchmark task produced no result');
	}
	const { p50, p99, mean, samplesCount } = result.latency;
	return { median: p50, p99, mean, samples: samplesCount, cpu: cpuUsed / samplesCount };
}
