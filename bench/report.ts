import type { AnalysisRow } from './analysis';
import type { FeatureRows, KeystrokeRow, Measured } from './editing';
import type { ActivationRow, MemoryRow, SizeRow } from './startup';

/** Everything one run of `npm run bench` measured, as written to bench/results/latest.json. */
export interface BenchReport {
	date: string;
	machine: { node: string; cpu: string; cores: number; loadAverageBefore: number[]; loadAverageAfter: number[] };
	quick: boolean;
	corpus: string;
	analysis: AnalysisRow[];
	/** Median time at 5 MB over median time at 0.5 MB: 10 means linear. */
	ratio5To05: number | null;
	keystroke: KeystrokeRow;
	features: FeatureRows;
	activation: ActivationRow | { skipped: string };
	sizes: { production: boolean; files: SizeRow[] };
	memory: MemoryRow;
	budgets: BudgetRow[];
}

export interface BudgetRow {
	name: string;
	/** The figure the budget is judged on: a wall-clock median, a ratio of medians, a size. */
	measured: string;
	/** The same figure from processor time per call, where it is a timing: less moved by other programs' load. */
	onCpu: string;
	target: string;
	/** The same figure for markdown-it's parse of the same text, where it has one: what the budget asks of a parser. */
	markdownIt: string;
	/** Whether the measured figure meets the budget; null when it could not be taken in this run. */
	met: boolean | null;
	metOnCpu: boolean | null;
}

const ms = (value: number) => `${value < 1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const ratio = (value: number) => value.toFixed(2);
const speed = (value: number) => `${value.toFixed(1)} MB/s`;

function timed(value: Measured): value is Exclude<Measured, { skipped: string }> {
	return !('skipped' in value);
}

interface Budget {
	name: string;
	/** The figure from wall-clock medians, and the same from processor time (undefined for sizes). */
	measured: number | null | undefined;
	onCpu?: number | null;
	markdownIt?: number | null;
	target: number;
	format: (value: number) => string;
	compare: '<=' | '<' | '>=';
}

function check(value: number | null | undefined, budget: Budget): boolean | null {
	if (value === null || value === undefined) {
		return null;
	}
	return budget.compare === '<=' ? value <= budget.target : budget.compare === '<' ? value < budget.target : value >= budget.target;
}

/** Checks every budget of issue 8 against the figures of a run. */
export function budgets(report: Omit<BenchReport, 'budgets'>): BudgetRow[] {
	const byName = (prefix: string) => report.analysis.find(row => row.text.startsWith(prefix));
	const corpus = byName('A/RES/73/218');
	const english = byName('English');
	const half = byName('generated 0.5 MB');
	const large = byName('generated 5 MB');
	const cpuRatio = (row: AnalysisRow | undefined) => row && row.ours.cpu / row.markdownIt.cpu;
	const cpuSpeed = (row: AnalysisRow | undefined) => row && row.bytes / 1_000_000 / (row.ours.cpu / 1000);
	const markdownItSpeed = (row: AnalysisRow | undefined) => row && row.bytes / 1_000_000 / (row.markdownIt.median / 1000);
	const size = (file: string) => report.sizes.files.find(row => row.file.endsWith(file))?.bytes ?? null;
	const { hover } = report.features;
	const list: Budget[] = [
		{ name: 'Full analysis of 73/218, median', measured: corpus?.ours.median, onCpu: corpus?.ours.cpu, target: 1, format: ms, compare: '<=' },
		{ name: 'Ours / markdown-it parse, 73/218', measured: corpus?.oursOverMarkdownIt, onCpu: cpuRatio(corpus), target: 1, format: ratio, compare: '<' },
		{ name: 'Ours / markdown-it parse, English fixture', measured: english?.oursOverMarkdownIt, onCpu: cpuRatio(english), target: 1, format: ratio, compare: '<' },
		{ name: 'Throughput on the 5 MB draft', measured: large?.megabytesPerSecond, onCpu: cpuSpeed(large), markdownIt: markdownItSpeed(large), target: 50, format: speed, compare: '>=' },
		{ name: 'Time at 5 MB / time at 0.5 MB', measured: report.ratio5To05, onCpu: large && half && large.ours.cpu / half.ours.cpu, markdownIt: large && half && large.markdownIt.median / half.markdownIt.median, target: 11, format: ratio, compare: '<=' },
		{ name: 'Keystroke to fresh diagnostics, 1 MB draft', measured: report.keystroke.toDiagnostics.median, onCpu: report.keystroke.toDiagnostics.cpu, target: 10, format: ms, compare: '<=' },
		{ name: 'Hover on 73/218, median', measured: timed(hover) ? hover.median : null, onCpu: timed(hover) ? hover.cpu : null, target: 5, format: ms, compare: '<=' },
		{ name: 'Activation: load + activate() call (language client loaded after)', measured: 'blocking' in report.activation ? report.activation.blocking : null, target: 50, format: ms, compare: '<=' },
		{ name: 'Client bundle (entry; the language client bundle apart)', measured: report.sizes.production ? size('extension.js') : null, target: 100_000, format: kb, compare: '<=' },
		{ name: 'Server bundle (the verb notes of French, Spanish, Russian and Arabic drafts apart)', measured: report.sizes.production ? size('node.js') : null, target: 400_000, format: kb, compare: '<=' },
		{ name: '.vsix', measured: size('.vsix'), target: 1_000_000, format: kb, compare: '<=' },
		{ name: 'Server memory for the 5 MB draft (× text size)', measured: report.memory.ratio, markdownIt: report.memory.markdownIt.ratio, target: 5, format: value => `${value.toFixed(2)}×`, compare: '<=' },
	];
	return list.map(budget => ({
		name: budget.name,
		measured: budget.measured === null || budget.measured === undefined ? 'not measured' : budget.format(budget.measured),
		onCpu: budget.onCpu === null || budget.onCpu === undefined ? '' : budget.format(budget.onCpu),
		markdownIt: budget.markdownIt === null || budget.markdownIt === undefined ? '' : budget.format(budget.markdownIt),
		target: `${budget.compare.replace('<=', '≤').replace('>=', '≥')} ${budget.format(budget.target)}`,
		met: check(budget.measured, budget),
		metOnCpu: check(budget.onCpu, budget),
	}));
}

function yesNo(met: boolean | null): string {
	return met === null ? '–' : met ? 'yes' : '**no**';
}

/** The short Markdown tables printed at the end of a run and copied into the README. */
export function formatTables(report: BenchReport): string {
	const lines = [
		`Node ${report.machine.node}, ${report.machine.cores} × ${report.machine.cpu}, load average ${report.machine.loadAverageBefore.map(value => value.toFixed(2)).join(' ')} before and ${report.machine.loadAverageAfter.map(value => value.toFixed(2)).join(' ')} after the run${report.quick ? ' (QUICK RUN: figures not for publication)' : ''}.`,
		'',
		'Medians of wall-clock time, and in brackets processor time per call (all threads, garbage collection included; it moves less than wall-clock time when other programs share the cores):',
		'',
		'| Text | Size | Ours: parse + all rules | markdown-it: parse | markdownlint: default rules | Ours / markdown-it | Ours / markdownlint | Ours, MB/s |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...report.analysis.map(row => `| ${row.text} | ${kb(row.bytes)} | ${ms(row.ours.median)} (${ms(row.ours.cpu)}) | ${ms(row.markdownIt.median)} (${ms(row.markdownIt.cpu)}) | ${ms(row.markdownlint.median)} (${ms(row.markdownlint.cpu)}) | ${ratio(row.oursOverMarkdownIt)} (${ratio(row.ours.cpu / row.markdownIt.cpu)}) | ${ratio(row.oursOverMarkdownlint)} (${ratio(row.ours.cpu / row.markdownlint.cpu)}) | ${row.megabytesPerSecond.toFixed(1)} |`),
		'',
		'| Budget | Measured | On processor time | markdown-it, same text | Target | Met |',
		'| --- | ---: | ---: | ---: | ---: | :---: |',
		...report.budgets.map(row => `| ${row.name} | ${row.measured} | ${row.onCpu} | ${row.markdownIt} | ${row.target} | ${yesNo(row.met)}${row.metOnCpu !== null && row.metOnCpu !== row.met ? ` (${yesNo(row.metOnCpu)} on processor time)` : ''} |`),
		'',
		`Other figures: TextDocument update alone ${ms(report.keystroke.update.median)} at 1 MB; in the 1 MB draft, a blank line added after a paragraph (the Enter before a new one) ${ms(report.keystroke.blankLine.median)} to fresh diagnostics, a line break typed inside a paragraph's line and deleted again ${ms(report.keystroke.lineBreak.median)}, and the first character of a new paragraph typed on an empty line between two and deleted again ${ms(report.keystroke.newParagraph.median)}; completion on 73/218 ${timed(report.features.completion) ? ms(report.features.completion.median) : report.features.completion.skipped}; hover ${timed(report.features.hover) ? ms(report.features.hover.median) : report.features.hover.skipped}; activation resolved (server started and initialized) ${'activateResolved' in report.activation ? ms(report.activation.activateResolved) : report.activation.skipped}; language client bundle, loaded after activate() returned, ${kb(report.sizes.files.find(row => row.file.endsWith('languageClient.js'))?.bytes ?? 0)} in ${'deferredLoad' in report.activation ? ms(report.activation.deferredLoad) : '–'}; those verb notes, loaded by the server when such a draft first asks, ${kb(report.sizes.files.find(row => row.file.endsWith('verbNotes.js'))?.bytes ?? 0)}; CLI bundle ${kb(report.sizes.files.find(row => row.file.includes('resolution-lint'))?.bytes ?? 0)}${report.sizes.production ? '' : ' (development build: bundle budgets not checked)'}.`,
	];
	if (report.corpus !== 'present') {
		lines.push('', `A/RES/73/218 rows skipped: ${report.corpus}.`);
	}
	return lines.join('\n');
}
