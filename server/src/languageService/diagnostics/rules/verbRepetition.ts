import type { DocumentLanguage, Opener, Resolution } from '../../model/types';
import { normalizeForMatching } from '../../vocabulary';
import { DiagnosticCode } from '../codes';
import type { Finding, FixData, Rule } from '../types';
import { areNeighbours, describeParagraph, placedParagraphsOf, type PlacedParagraph } from './paragraphs';
import { markerInsertion, repetitionKey, repetitionMarker } from './verbForms';

/**
 * `verb.repeated`: when consecutive paragraphs of one part open with the same verb, the second takes "also" and a
 * third "further" — post-posed in the English preamble ("Recalling also"), pre-posed in the operative part ("Also
 * requests"), 又 and 还 in Chinese, également, también, также and أيضا elsewhere (drafting-rules.md R32–R36, from
 * official texts; the Editorial Manual's section on wording was not checked). Official texts show where the
 * convention stops, and the rule stops there too:
 * - the Security Council repeats preambular verbs without a marker (S/RES/2732 (2024), "Supporting … Supporting",
 *   in all six languages), so its texts are not checked;
 * - once a paragraph of a run carries a marker, the drafters' own counting is trusted for the rest of the run: after
 *   "Recalling further" a plain "Recalling" opens a new round (E/RES/2025/3), and the French text of that
 *   resolution omits "en outre" after "Rappelant également";
 * - openers with a qualifier of manner ("Noting with grave concern") are phrases of their own;
 * - a verb that addresses someone ("Calls upon", "Requests") is repeated without "also" when it addresses someone
 *   else (A/RES/79/75: "1. Calls upon all States … 2. Calls upon all High Contracting Parties …").
 */
export const verbRepetitionRules: Rule = context => {
	const { resolution } = context;
	if (resolution.organ === 'SC') {
		return [];
	}
	const findings: Finding[] = [];
	const readings = new Readings(resolution.language);
	let run: PlacedParagraph[] = [];
	// The key of the run's verb: every paragraph of a run has it, and each paragraph's key is read once.
	let runKey: string | undefined;
	for (const placed of placedParagraphsOf(context)) {
		const key = readings.keyOf(placed.paragraph.opener);
		const previous = run[run.length - 1];
		if (areNeighbours(previous, placed) && repeatsVerb(resolution.language, readings, previous, placed, runKey, key)) {
			run.push(placed);
			continue;
		}
		reportRun(findings, resolution, run);
		run = key !== undefined ? [placed] : [];
		runKey = key;
	}
	reportRun(findings, resolution, run);
	return findings;
};

/**
 * What the rule reads from openers and paragraphs, each read once in one run of the rule: every paragraph is
 * compared with both its neighbours, and the openers of a draft share a handful of phrases.
 */
class Readings {
	private readonly keys = new Map<string, string | undefined>();
	private readonly addressees = new Map<PlacedParagraph, string>();

	constructor(private readonly language: DocumentLanguage) {}

	/**
	 * The repetition key of an opener that can repeat a verb at all (known, without a qualifier of manner), and
	 * undefined for the others. Both depend on the opener's canonical phrase only.
	 */
	keyOf(opener: Opener | undefined): string | undefined {
		if (opener === undefined || !opener.known) {
			return undefined;
		}
		let key = this.keys.get(opener.canonical);
		if (key === undefined && !this.keys.has(opener.canonical)) {
			key = repetitionKey(opener, this.language);
			this.keys.set(opener.canonical, key);
		}
		return key;
	}

	/** The first two words after a paragraph's verb, which name whom it addresses. */
	addresseeOf(placed: PlacedParagraph): string {
		let words = this.addressees.get(placed);
		if (words === undefined) {
			words = leadingWords(textAfterOpener(placed));
			this.addressees.set(placed, words);
		}
		return words;
	}
}

/** Whether `current` repeats the verb of `previous`, given the repetition keys of both (see Readings.keyOf). */
function repeatsVerb(
	language: DocumentLanguage, readings: Readings, previous: PlacedParagraph, current: PlacedParagraph,
	previousKey: string | undefined, key: string | undefined,
): boolean {
	const before = previous.paragraph.opener;
	const after = current.paragraph.opener;
	if (previousKey === undefined || key === undefined) {
		return false;
	}
	if ((before!.concept ?? '') !== (after!.concept ?? '') || previousKey !== key) {
		return false;
	}
	return !ADDRESSING_CONCEPTS.has(after!.concept ?? '') || sameAddressee(readings, previous, current, language);
}

/** Adds the findings of a run that has ended; most runs are a single paragraph, which repeats nothing. */
function reportRun(findings: Finding[], resolution: Resolution, run: readonly PlacedParagraph[]): void {
	if (run.length > 1) {
		findings.push(...unmarkedRepeats(resolution, run));
	}
}

// Within a run, the paragraphs before the first marked one are reported; from the first marker on, the drafters'
// own counting is trusted.
function unmarkedRepeats(resolution: Resolution, run: readonly PlacedParagraph[]): Finding[] {
	const counted = run.findIndex(placed => placed.paragraph.opener!.repeated);
	const unmarked = run.slice(1, counted < 0 ? run.length : counted);
	const first = run[0];
	return unmarked.map((placed, index) => {
		const opener = placed.paragraph.opener!;
		const marker = repetitionMarker(resolution.language, index + 1);
		const fix = markerInsertion(resolution.text, opener, resolution.language, placed.part, marker);
		return {
			code: DiagnosticCode.VerbRepeated,
			message: `"${opener.canonical}" repeats the opening verb of ${describeParagraph(run[index])} without a marker;`
				+ ` a repeated verb reads "${preview(resolution.text, opener, fix)}".`,
			span: opener.span,
			related: [{ span: first.paragraph.opener!.span, message: `The verb is first used in ${describeParagraph(first)}.` }],
			fixes: [fix],
		};
	});
}

// The opener as it reads once the fix is applied, for the message.
function preview(source: string, opener: Opener, fix: FixData): string {
	const { start, end } = opener.span;
	const written = source.slice(start, end);
	if (fix.fix === 'insert') {
		return written.slice(0, fix.offset - start) + fix.text + written.slice(fix.offset - start);
	}
	if (fix.fix === 'replace') {
		return fix.text + written.slice(fix.span.end - start);
	}
	return written;
}

// Verbs that address an actor, by the concept keys the vocabularies of all six languages share.
const ADDRESSING_CONCEPTS: ReadonlySet<string> = new Set([
	'call-upon', 'call-on', 'urge', 'invite', 'encourage', 'request', 'appeal', 'demand', 'authorize', 'remind',
]);

// Who a Chinese verb addresses stands right after it when it is a common addressee (请秘书长, 促请各国); a longer
// description ("所有尚未加入…的国家") puts the head noun last, where it cannot be compared.
const CHINESE_ADDRESSEES = [
	'秘书长', '各会员国', '会员国', '各国政府', '所有国家', '各国', '国际社会', '委员会', '缔约国', '缔约方', '理事会',
	'联合国系统', '各方', '捐助方',
];

/** Whether two paragraphs with an addressing verb address the same party, judged by the words after the verb. */
function sameAddressee(readings: Readings, previous: PlacedParagraph, current: PlacedParagraph, language: DocumentLanguage): boolean {
	if (language === 'zh') {
		const before = textAfterOpener(previous);
		const addressee = CHINESE_ADDRESSEES.find(noun => before.startsWith(noun));
		return addressee !== undefined && textAfterOpener(current).startsWith(addressee);
	}
	const addressee = readings.addresseeOf(previous);
	return addressee.length > 0 && addressee === readings.addresseeOf(current);
}

// The first two words after a verb name whom it addresses ("the Secretary-General", "all States", "à tous").
function leadingWords(text: string): string {
	// Normalizing reads one character at a time, and a space ends a word, so the words before a space are those
	// the whole paragraph starts with: a long paragraph is cut at a space after its first few words.
	const cut = text.length > LEADING_STRETCH ? text.lastIndexOf(' ', LEADING_STRETCH) : -1;
	const words = firstTwoWords(cut > 0 ? text.slice(0, cut) : text);
	return words.length >= 2 || cut <= 0 ? words.join(' ') : firstTwoWords(text).join(' ');
}

/**
 * Enough characters for the first two words of most paragraphs ("the Secretary-General", "all Member States");
 * a paragraph whose first two words are longer is read whole, with the same result.
 */
const LEADING_STRETCH = 40;

/**
 * A word: a run of letters, marks, digits and hyphens; everything else, white space included, separates words.
 * Matching the first two costs less than blanking every other character of the text and splitting all of it.
 */
const WORD = /[\p{L}\p{M}\p{N}-]+/gu;

/** The first two words of the normalized text, or fewer when it has fewer. */
function firstTwoWords(text: string): string[] {
	const normalized = normalizeForMatching(text);
	const words: string[] = [];
	WORD.lastIndex = 0;
	while (words.length < 2) {
		const match = WORD.exec(normalized);
		if (match === null) {
			break;
		}
		words.push(match[0]);
	}
	return words;
}

function textAfterOpener(placed: PlacedParagraph): string {
	const { body, opener } = placed.paragraph;
	const at = opener ? body.text.indexOf(opener.text) : -1;
	return at < 0 ? '' : body.text.slice(at + opener!.text.length).trimStart();
}
