import { parseResolution } from '../server/src/languageService';
import { computeDiagnostics, type LintConfig } from '../server/src/languageService/diagnostics';
import { FAST, measure, measureInTurns, scaled, SLOW, VERY_SLOW, type Budget, type Timing } from './harness';
import { MB, type BenchText } from './texts';

/** One text measured three ways: our full analysis, markdown-it's parse alone and markdownlint's default rules. */
export interface AnalysisRow {
	text: string;
	bytes: number;
	ours: Timing;
	markdownIt: Timing;
	markdownlint: Timing;
	/** Our median over theirs: below 1 means we are faster. */
	oursOverMarkdownIt: number;
	oursOverMarkdownlint: number;
	/** Our throughput from the median, in MB/s. */
	megabytesPerSecond: number;
	diagnostics: number;
	/** Blocks the parser could not place: 0 for every text here, or the figures measure the wrong thing. */
	unclassified: number;
}

/**
 * Every rule with its default severity, with no size limit: the 5 MB draft sits at the default limit above which
 * only the numbering rules run, and the budgets are for the whole check.
 */
export const FULL_CHECK: LintConfig = { rules: {}, maxFullAnalysisSize: Number.POSITIVE_INFINITY };

/** What the editor runs on every version of a draft: parse, then every rule. */
export function fullAnalysis(text: string): number {
	const resolution = parseResolution(text);
	return computeDiagnostics(resolution, FULL_CHECK).length + resolution.operative.length + 1;
}

interface Competitors {
	markdownIt(text: string): number;
	markdownlint(text: string): number;
}

// Both packages are the versions pinned in package.json; markdownlint is an ES module only, hence the import().
async function loadCompetitors(): Promise<Competitors> {
	const { default: MarkdownIt } = await import('markdown-it');
	const { lint } = await import('markdownlint/sync');
	const parser = new MarkdownIt();
	return {
		markdownIt: text => parser.parse(text, {}).length,
		// No configuration: markdownlint's default rules, as the vscode-markdownlint extension runs them.
		markdownlint: text => Object.keys(lint({ strings: { text } })).length,
	};
}

function budgetFor(bytes: number, slowest: boolean): Budget {
	if (bytes < MB / 10) {
		return FAST;
	}
	return slowest ? VERY_SLOW : SLOW;
}

/**
 * Measures every text with all three tools in the same process; ours and markdown-it's parse, whose ratio is a
 * budget, in turns (see measureInTurns), so the ratios are fair.
 */
export async function analysisRows(texts: readonly BenchText[], quick: boolean, log: (line: string) => void): Promise<AnalysisRow[]> {
	const competitors = await loadCompetitors();
	const rows: AnalysisRow[] = [];
	for (const { name, text, bytes } of texts) {
		log(`analysis: ${name} (${bytes} bytes)`);
		const budget = scaled(budgetFor(bytes, false), quick);
		const [ours, markdownIt] = await measureInTurns([() => fullAnalysis(text), () => competitors.markdownIt(text)], budget, bytes >= MB / 10);
		const markdownlint = await measure(() => competitors.markdownlint(text), scaled(budgetFor(bytes, true), quick));
		const resolution = parseResolution(text);
		rows.push({
			text: name,
			bytes,
			ours,
			markdownIt,
			markdownlint,
			oursOverMarkdownIt: ours.median / markdownIt.median,
			oursOverMarkdownlint: ours.median / markdownlint.median,
			megabytesPerSecond: bytes / MB / (ours.median / 1000),
			diagnostics: computeDiagnostics(resolution, FULL_CHECK).length,
			unclassified: resolution.unclassified.length,
		});
	}
	return rows;
}
