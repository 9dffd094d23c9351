import { BUILT_IN_CATALOGUE } from '../../catalogue/builtIn';
import { Catalogue } from '../../catalogue/catalogue';
import { formatDate } from '../../wording/dates';
import { wordingLanguage } from '../../wording/language';
import { DiagnosticCode } from '../codes';
import type { Finding, Rule } from '../types';

/** Without a catalogue from the environment (the CLI, a test), the rule knows the built-in list. */
const BUILT_IN_LAYERS = [BUILT_IN_CATALOGUE];
const BUILT_IN_ONLY = new Catalogue(() => BUILT_IN_LAYERS);

/**
 * `citation.date-mismatch`: a resolution cited with a date ("resolution 70/1 of 25 September 2014", "2014 年 9 月
 * 25 日第 70/1 号决议") whose catalogue row gives another date of adoption. Dates found online are left out: the
 * library's date is the document's issue date, which is not the date of adoption.
 */
export const citationDateRules: Rule = ({ resolution, catalogue = BUILT_IN_ONLY }) => {
	const chinese = wordingLanguage(resolution.language) === 'zh';
	const findings: Finding[] = [];
	// A draft cites the same resolutions again and again; each symbol is looked up once in this run of the rule.
	// A symbol the catalogue has no date for is remembered as null, so that one look-up of the map answers both
	// whether the symbol was asked and what came back.
	const dates = new Map<string, ReturnType<Catalogue['dateOf']> | null>();
	for (const citation of resolution.citations) {
		if (!citation.date || !citation.symbol) {
			continue;
		}
		let known = dates.get(citation.symbol);
		if (known === undefined) {
			known = catalogue.dateOf(citation.symbol) ?? null;
			dates.set(citation.symbol, known);
		}
		if (!known || known.source.kind === 'online' || known.iso === citation.date.iso) {
			continue;
		}
		const language = chinese ? 'zh' : 'en';
		const cited = formatDate(citation.date.iso, language);
		const right = formatDate(known.iso, language);
		const number = citation.number ?? citation.text;
		const finding: Finding = {
			code: DiagnosticCode.CitationDateMismatch,
			span: citation.date.span,
			message: chinese
				? `第 ${number} 号${citation.kind === 'decision' ? '决定' : '决议'}的日期是 ${right}，而不是 ${cited}（来源：${known.source.label}）。`
				: `${citation.kind === 'decision' ? 'Decision' : 'Resolution'} ${number} is dated ${right}, not ${cited} (source: ${known.source.label}).`,
		};
		// The fix writes the date in the draft's own language, which the product can do in English and Chinese.
		const { span } = citation.date;
		const text = resolution.language === 'en' || resolution.language === 'zh'
			? formatCitedDate(resolution.text.slice(span.start, span.end), known.iso, language)
			: undefined;
		if (text !== undefined) {
			finding.fixes = [{ fix: 'replace', span, text, title: chinese ? `改为 ${right}` : `Change to ${right}` }];
		}
		findings.push(finding);
	}
	return findings;
};

/** The numbers and words of a date: "25", "September", "2015"; "2015", "年", "9", "月", "25", "日". */
const DATE_TOKEN = /\d+|\p{L}+/gu;
const LINE_BREAK = /[\r\n]/;

/**
 * The right date written the way the citation wrote its date. Each number and word of the written date is
 * replaced by its counterpart and everything between them is kept, so that a date broken across two lines stays
 * broken there (a fix never joins lines) and the spaces of Chinese PDF texts stay as they were. A date written
 * in another form is replaced whole, unless it spans a line break; then there is no fix.
 */
function formatCitedDate(written: string, iso: string, language: 'en' | 'zh'): string | undefined {
	const formatted = formatDate(iso, language);
	const wanted = formatted.match(DATE_TOKEN) ?? [];
	const tokens = [...written.matchAll(DATE_TOKEN)];
	if (tokens.length === wanted.length) {
		let result = '';
		let at = 0;
		tokens.forEach((token, index) => {
			const start = token.index ?? 0;
			result += written.slice(at, start) + wanted[index];
			at = start + token[0].length;
		});
		return result + written.slice(at);
	}
	if (LINE_BREAK.test(written)) {
		return undefined;
	}
	return language === 'zh' && !/\s/.test(written) ? formatted.replace(/\s+/g, '') : formatted;
}
