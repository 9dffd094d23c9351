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
	measured: string;
	target: string;
	/** null when the figure could not be taken in this run. */
	met: boolean | null;
}

const ms = (value: number) => `${value < 1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const ratio = (value: number) => value.toFixed(2);

function timed(value: Measured): value is Exclude<Measured, { skipped: string }> {
	return !('skipped' in value);
}

/** Checks every budget of issue 8 against the figures of a run. */
export function budgets(report: Omit<BenchReport, 'budgets'>): BudgetRow[] {
	const rows: BudgetRow[] = [];
	const add = (name: string, measured: number | null, target: number, format: (value: number) => string, atMost = true, strict = false) => {
		rows.push({
			name,
			measured: measured === null ? 'not measured' : format(measured),
			target: `${atMost ? (strict ? '<' : '≤') : '≥'} ${format(target)}`,
			met: measured === null ? null : atMost ? (strict ? measured < target : measured <= target) : measured >= target,
		});
	};
	const byName = (prefix: string) => report.analysis.find(row => row.text.startsWith(prefix));
	const corpus = byName('A/RES/73/218');
	const english = byName('English');
	const large = byName('generated 5 MB');
	add('Full analysis of 73/218, median', corpus?.ours.median ?? null, 1, ms);
	add('Ours / markdown-it parse, 73/218', corpus?.oursOverMarkdownIt ?? null, 1, ratio, true, true);
	add('Ours / markdown-it parse, English fixture', english?.oursOverMarkdownIt ?? null, 1, ratio, true, true);
	add('Throughput on the 5 MB draft', large?.megabytesPerSecond ?? null, 50, value => `${value.toFixed(1)} MB/s`, false);
	add('Time at 5 MB / time at 0.5 MB', report.ratio5To05, 11, ratio);
	add('Keystroke to fresh diagnostics, 1 MB draft', report.keystroke.toDiagnostics.median, 10, ms);
	add('Hover on 73/218, median', timed(report.features.hover) ? report.features.hover.median : null, 5, ms);
	add('Activation: load + activate() call', 'blocking' in report.activation ? report.activation.blocking : null, 50, ms);
	const size = (file: string) => report.sizes.files.find(row => row.file.endsWith(file))?.bytes ?? null;
	add('Client bundle', report.sizes.production ? size('extension.js') : null, 100_000, kb);
	add('Server bundle', report.sizes.production ? size('node.js') : null, 400_000, kb);
	add('.vsix', size('.vsix'), 1_000_000, kb);
	add('Server memory for the 5 MB draft (× text size)', report.memory.ratio, 5, value => `${value.toFixed(2)}×`);
	return rows;
}

/** The short Markdown tables printed at the end of a run and copied into the README. */
export function formatTables(report: BenchReport): string {
	const lines = [
		`Node ${report.machine.node}, ${report.machine.cores} × ${report.machine.cpu}, load average ${report.machine.loadAverageBefore.map(value => value.toFixed(2)).join(' ')} before and ${report.machine.loadAverageAfter.map(value => value.toFixed(2)).join(' ')} after the run${report.quick ? ' (QUICK RUN: figures not for publication)' : ''}.`,
		'',
		'| Text | Size | Ours: parse + all rules | markdown-it: parse | markdownlint: default rules | Ours / markdown-it | Ours / markdownlint | Ours, MB/s |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...report.analysis.map(row => `| ${row.text} | ${kb(row.bytes)} | ${ms(row.ours.median)} | ${ms(row.markdownIt.median)} | ${ms(row.markdownlint.median)} | ${ratio(row.oursOverMarkdownIt)} | ${ratio(row.oursOverMarkdownlint)} | ${row.megabytesPerSecond.toFixed(1)} |`),
		'',
		'| Budget | Measured | Target | Met |',
		'| --- | ---: | ---: | :---: |',
		...report.budgets.map(row => `| ${row.name} | ${row.measured} | ${row.target} | ${row.met === null ? '–' : row.met ? 'yes' : '**no**'} |`),
		'',
		`Other figures: TextDocument update alone ${ms(report.keystroke.update.median)} at 1 MB; completion on 73/218 ${timed(report.features.completion) ? ms(report.features.completion.median) : report.features.completion.skipped}; hover ${timed(report.features.hover) ? ms(report.features.hover.median) : report.features.hover.skipped}; activation resolved (server started and initialized) ${'activateResolved' in report.activation ? ms(report.activation.activateResolved) : report.activation.skipped}; CLI bundle ${kb(report.sizes.files.find(row => row.file.includes('resolution-lint'))?.bytes ?? 0)}${report.sizes.production ? '' : ' (development build: bundle budgets not checked)'}.`,
	];
	if (report.corpus !== 'present') {
		lines.push('', `A/RES/73/218 rows skipped: ${report.corpus}.`);
	}
	return lines.join('\n');
}
