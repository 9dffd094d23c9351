import type { Opener } from '../../model/types';
import { DiagnosticCode } from '../codes';
import type { Finding, FixData, Rule } from '../types';
import { describeParagraph, placedParagraphsOf, type Part, type PlacedParagraph } from './paragraphs';

// Markdown emphasis as converters write it, longest first so that "**" is not read as "*".
const EMPHASIS_MARKS = ['**', '__', '*', '_'] as const;
type EmphasisMark = (typeof EMPHASIS_MARKS)[number];

/**
 * `style.verb-emphasis`: the opening phrase is set off in the same way in every paragraph of a part — italic in the
 * English, French and Spanish texts (AKN4UN; drafting-rules.md R15, R23), bold in some Chinese texts (R70). No
 * rule says which emphasis a draft must use, so only inconsistency within a part is reported, as a hint on the
 * paragraphs that differ from most of the others (the Chinese text of A/RES/73/218 bolds operative verbs 1–2,
 * 11–19 and 29–39 only). The fix gives the paragraph the emphasis of the majority.
 */
export const verbEmphasisRules: Rule = context => {
	const { resolution } = context;
	const findings: Finding[] = [];
	const byPart = new Map<Part, Array<{ placed: PlacedParagraph; opener: Opener; mark?: EmphasisMark }>>();
	for (const placed of placedParagraphsOf(context)) {
		const opener = placed.paragraph.opener;
		if (opener) {
			const list = byPart.get(placed.part) ?? [];
			list.push({ placed, opener, mark: emphasisAround(resolution.text, opener) });
			byPart.set(placed.part, list);
		}
	}
	for (const [part, list] of byPart) {
		const emphasised = list.filter(item => item.mark !== undefined);
		if (emphasised.length === 0 || emphasised.length === list.length) {
			continue;
		}
		// On a tie, emphasis wins: a drafter who emphasises some verbs meant to emphasise them all.
		const majorityEmphasised = emphasised.length * 2 >= list.length;
		const mark = commonestMark(emphasised.map(item => item.mark!));
		for (const item of list) {
			if ((item.mark !== undefined) === majorityEmphasised) {
				continue;
			}
			findings.push({
				code: DiagnosticCode.StyleVerbEmphasis,
				message: majorityEmphasised
					? `The opening verb of ${describeParagraph(item.placed)} is not emphasised, unlike ${emphasised.length} of the ${list.length} ${part} paragraphs.`
					: `The opening verb of ${describeParagraph(item.placed)} is emphasised, unlike ${list.length - emphasised.length} of the ${list.length} ${part} paragraphs.`,
				span: item.opener.span,
				fixes: majorityEmphasised ? [addEmphasis(resolution.text, item.opener, mark)] : removeEmphasis(resolution.text, item.opener, item.mark!),
			});
		}
	}
	return findings;
};

/**
 * The emphasis mark that opens right before the opener and closes inside or right after it ("**Recalling**",
 * "*Recalling* also"), if any.
 */
function emphasisAround(text: string, opener: Opener): EmphasisMark | undefined {
	// Every mark ends with a star or an underscore, and most openers have neither before them.
	const last = text.charCodeAt(opener.span.start - 1);
	if (last !== 0x2a && last !== 0x5f) {
		return undefined;
	}
	// The mark is tested in place, without slices: it ends right at the opener's start and stands again from there
	// up to two characters past the opener's end.
	const { start, end } = opener.span;
	for (const mark of EMPHASIS_MARKS) {
		if (mark.length > start || !text.startsWith(mark, start - mark.length)) {
			continue;
		}
		const again = text.indexOf(mark, start);
		if (again >= 0 && again + mark.length <= end + 2) {
			return mark;
		}
	}
	return undefined;
}

/** The mark most paragraphs use; on a tie, the one met first. */
function commonestMark(marks: readonly EmphasisMark[]): EmphasisMark {
	const counts = new Map<EmphasisMark, number>();
	for (const mark of marks) {
		counts.set(mark, (counts.get(mark) ?? 0) + 1);
	}
	// The map keeps the order in which marks were first met, and only a greater count displaces the one held.
	let commonest = marks[0];
	let most = 0;
	for (const [mark, count] of counts) {
		if (count > most) {
			commonest = mark;
			most = count;
		}
	}
	return commonest;
}

function addEmphasis(text: string, opener: Opener, mark: EmphasisMark): FixData {
	const written = text.slice(opener.span.start, opener.span.end);
	return { fix: 'replace', span: opener.span, text: `${mark}${written}${mark}`, title: `Emphasise "${written}"` };
}

// Only an emphasis that wraps the opener exactly can be removed by one replacement; otherwise no fix is offered.
function removeEmphasis(text: string, opener: Opener, mark: EmphasisMark): FixData[] {
	const written = text.slice(opener.span.start, opener.span.end);
	if (!text.startsWith(mark, opener.span.end) || written.includes(mark)) {
		return [];
	}
	const span = { start: opener.span.start - mark.length, end: opener.span.end + mark.length };
	return [{ fix: 'replace', span, text: written, title: `Remove the emphasis from "${written}"` }];
}
