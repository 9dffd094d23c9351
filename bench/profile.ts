/**
 * `npm run bench:profile`: the evidence behind the budgets that `npm run bench` reports as unmet. It profiles the
 * full analysis (parse and every rule) of the benchmark's texts with V8's sampling profiler, and splits what the
 * server keeps for the 5 MB draft into its parts. It prints Markdown tables (the README quotes them) and writes
 * bench/results/profile.json.
 *
 *   node --expose-gc out/bench/profile.js           the full run (about a minute)
 *   node --expose-gc out/bench/profile.js --quick   a smoke run, to check that every part works
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fullAnalysis } from './analysis';
import type { CollectorRun } from './collectorChild';
import { profileAnalysis, type CpuBreakdown, type Share } from './cpuProfile';
import { MEMORY_CHILD_FLAGS } from './memoryChild';
import type { MemoryParts } from './memoryParts';
import { runChild } from './startup';
import { corpusText, englishFixture, largeDraft, MB, repoRoot, type BenchText } from './texts';

interface ProfileReport {
	date: string;
	node: string;
	loadAverage: number[];
	quick: boolean;
	cpu: CpuBreakdown[];
	/** With the engine's defaults, then with no scavenge inside an analysis (COPYLESS_FLAGS). */
	collector: CollectorRun[];
	memory: MemoryParts;
}

/**
 * A young generation of 128 MB, larger than all a 5 MB analysis allocates (about 65 MB), so that no scavenge
 * copies the model while it is built. An experiment for the report, not a setting of the server: it would cost the
 * server that much memory.
 */
const COPYLESS_FLAGS = ['--min-semi-space-size=128', '--max-semi-space-size=128'];

/** Calls `task` until `milliseconds` have passed (at least twice) and returns how many calls that took. */
function callsIn(task: () => unknown, milliseconds: number): number {
	const start = performance.now();
	let calls = 0;
	while (calls < 2 || performance.now() - start < milliseconds) {
		task();
		calls++;
	}
	return calls;
}

async function profileText(text: BenchText, quick: boolean): Promise<CpuBreakdown> {
	const task = () => fullAnalysis(text.text);
	// Warm-up outside the profiler compiles the code, then about three seconds of calls are profiled.
	const calls = callsIn(task, quick ? 100 : 1000);
	return profileAnalysis(text.name, task, quick ? calls : Math.max(3, calls * 3));
}

function percent(shares: readonly Share[], name: string): string {
	const share = shares.find(item => item.name === name);
	return share ? `${share.percent.toFixed(1)} %` : '–';
}

/** One table with a row per name and a column per text. */
function table(title: string, rows: readonly CpuBreakdown[], pick: (row: CpuBreakdown) => Share[]): string[] {
	const names = [...new Set(rows.flatMap(row => pick(row).map(share => share.name)))];
	return [
		`| ${title} | ${rows.map(row => row.text).join(' | ')} |`,
		`| --- | ${rows.map(() => '---:').join(' | ')} |`,
		...names.map(name => `| ${name} | ${rows.map(row => percent(pick(row), name)).join(' | ')} |`),
	];
}

function collectorTable(runs: readonly CollectorRun[]): string[] {
	const milliseconds = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
	return [
		'| Young generation | Draft | Analysis | Scavenges | Scavenge pauses | Full-heap pauses | Larger / smaller |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
		...runs.flatMap(run => run.rows.map((row, index) => [
			run.flags.length === 0 ? 'engine default' : '128 MB semi-spaces (experiment)',
			`${(row.bytes / MB).toFixed(2)} MB`,
			milliseconds(row.medianMs),
			row.scavenges.toFixed(1),
			`${milliseconds(row.scavengeMs)} (${(100 * row.scavengeMs / row.medianMs).toFixed(0)} %)`,
			milliseconds(row.fullMs),
			index > 0 ? (row.medianMs / run.rows[0].medianMs).toFixed(2) : '',
		])).map(cells => `| ${cells.join(' | ')} |`),
	];
}

function formatReport(report: ProfileReport): string {
	const { draftBytes, parts } = report.memory;
	const total = parts.reduce((sum, part) => sum + part.bytes, 0);
	const largest = report.cpu[report.cpu.length - 1];
	return [
		`Node ${report.node}, load average ${report.loadAverage.map(value => value.toFixed(2)).join(' ')}${report.quick ? ' (QUICK RUN: figures not for publication)' : ''}.`,
		'',
		'Processor time of a full analysis, self time by area of `server/src/languageService/` (pattern matching charged to the area that ran the pattern):',
		'',
		...table('Area', report.cpu, row => row.areas),
		'',
		...table('Stage (inclusive)', report.cpu, row => row.stages),
		'',
		`The functions with the most self time on ${largest.text}:`,
		'',
		'| Function | Self time |',
		'| --- | ---: |',
		...largest.functions.map(share => `| ${share.name} | ${share.percent.toFixed(1)} % |`),
		'',
		'What the garbage collector costs a full analysis, run back to back as the benchmark runs it (median analysis; pauses and scavenges per analysis):',
		'',
		...collectorTable(report.collector),
		'',
		`What the server keeps for the ${(draftBytes / MB).toFixed(2)} MB draft, part by part (heap after full collections):`,
		'',
		'| Part | Heap | × the draft | Objects |',
		'| --- | ---: | ---: | ---: |',
		// A part of a few kilobytes can measure a little below zero, by what the collector left over; it shows as 0.
		...parts.map(part => ({ ...part, bytes: Math.max(0, part.bytes) }))
			.map(part => `| ${part.part} | ${(part.bytes / MB).toFixed(2)} MB | ${(part.bytes / draftBytes).toFixed(2)} | ${part.count ?? ''} |`),
		`| **all** | ${(total / MB).toFixed(2)} MB | ${(total / draftBytes).toFixed(2)} | |`,
	].join('\n');
}

async function main(): Promise<void> {
	const quick = process.argv.includes('--quick');
	const log = (line: string) => process.stderr.write(`${line}\n`);
	const loadAverage = os.loadavg();
	const corpus = corpusText();
	if (!corpus) {
		log('A/RES/73/218 skipped: ../shared/corpus is absent');
	}
	const texts = [...(corpus ? [corpus] : []), englishFixture(), largeDraft(0.5), largeDraft(quick ? 0.5 : 5)];
	const cpu: CpuBreakdown[] = [];
	for (const text of texts) {
		log(`profiling ${text.name}`);
		cpu.push(await profileText(text, quick));
	}
	log('garbage collection');
	const sizes = (quick ? [0.1, 0.5] : [0.5, 5]).map(megabytes => String(megabytes * MB));
	const collector = [runChild<CollectorRun>('collectorChild.js', [], sizes), runChild<CollectorRun>('collectorChild.js', COPYLESS_FLAGS, sizes)];
	log('memory by part');
	const memory = runChild<MemoryParts>('memoryParts.js', MEMORY_CHILD_FLAGS, [String((quick ? 0.5 : 5) * MB)]);
	const report: ProfileReport = { date: new Date().toISOString(), node: process.version, loadAverage, quick, cpu, collector, memory };
	const folder = path.join(repoRoot, 'bench', 'results');
	fs.mkdirSync(folder, { recursive: true });
	fs.writeFileSync(path.join(folder, quick ? 'profile-quick.json' : 'profile.json'), `${JSON.stringify(report, null, '\t')}\n`);
	process.stdout.write(`${formatReport(report)}\n`);
}

main().catch(error => {
	process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
	process.exitCode = 1;
});
