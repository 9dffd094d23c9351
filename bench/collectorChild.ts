/**
 * Child process of `npm run bench:profile` that measures what the garbage collector costs the full analysis of the
 * generated drafts: the median time of an analysis run back to back, as the benchmark runs them, and the collector's
 * pauses per analysis by kind. The parent runs it twice: with the engine's defaults, and with a young generation
 * so large that no scavenge falls inside an analysis. The second run is an experiment, not a setting of the
 * server: it shows how the 5 MB / 0.5 MB ratio would stand if the collector copied nothing.
 *
 *   node [flags] out/bench/collectorChild.js <bytes> <bytes> …
 */
import { constants, PerformanceObserver, type NodeGCPerformanceDetail, type PerformanceEntry } from 'node:perf_hooks';
import { fullAnalysis } from './analysis';
import { receivedDraft } from './draft';
import { median } from './harness';

/** One draft size: the median analysis and the collector's pauses per analysis, in milliseconds. */
export interface CollectorRow {
	bytes: number;
	analyses: number;
	medianMs: number;
	/** Pauses of the young generation (scavenges) per analysis. */
	scavengeMs: number;
	scavenges: number;
	/** Pauses of the whole heap (mark-compact, and the incremental marking steps that lead to it) per analysis. */
	fullMs: number;
}

export interface CollectorRun {
	flags: string[];
	rows: CollectorRow[];
}

/** A 'gc' entry carries the kind of collection in its detail, which the entry's type in @types/node leaves out. */
type CollectionEntry = PerformanceEntry & { detail?: NodeGCPerformanceDetail };

/** Lets the observer deliver the entries of the collections so far (it reports them after the current task). */
function settle(): Promise<void> {
	return new Promise(resolve => setTimeout(resolve, 20));
}

async function measureSize(bytes: number, pauses: PerformanceEntry[]): Promise<CollectorRow> {
	const text = receivedDraft({ targetBytes: bytes });
	// Enough analyses for a stable median: about three seconds of work at either size.
	const analyses = bytes >= 2_000_000 ? 20 : 200;
	for (let run = 0; run < Math.max(3, analyses / 10); run++) {
		fullAnalysis(text);
	}
	await settle();
	pauses.length = 0;
	const times: number[] = [];
	for (let run = 0; run < analyses; run++) {
		const start = performance.now();
		fullAnalysis(text);
		times.push(performance.now() - start);
	}
	await settle();
	const minor = pauses.filter(entry => (entry as CollectionEntry).detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR);
	const sum = (entries: readonly PerformanceEntry[]) => entries.reduce((total, entry) => total + entry.duration, 0);
	return {
		bytes: Buffer.byteLength(text),
		analyses,
		medianMs: median(times),
		scavengeMs: sum(minor) / analyses,
		scavenges: minor.length / analyses,
		fullMs: (sum(pauses) - sum(minor)) / analyses,
	};
}

async function main(): Promise<void> {
	const pauses: PerformanceEntry[] = [];
	const observer = new PerformanceObserver(list => pauses.push(...list.getEntries()));
	observer.observe({ entryTypes: ['gc'] });
	const rows: CollectorRow[] = [];
	for (const bytes of process.argv.slice(2).map(Number)) {
		rows.push(await measureSize(bytes, pauses));
	}
	observer.disconnect();
	const run: CollectorRun = { flags: process.execArgv, rows };
	process.stdout.write(`${JSON.stringify(run)}\n`);
}

main().catch(error => {
	process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
	process.exitCode = 1;
});
