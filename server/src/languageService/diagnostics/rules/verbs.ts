import type { DocumentLanguage, ParagraphBase, Span } from '../../model/types';
import { viewOfNode } from '../../text/views';
import { DiagnosticCode } from '../codes';
import type { Finding, Rule } from '../types';
import { describeParagraph, placedParagraphsOf } from './paragraphs';
import { swappedVerbForm } from './verbSwap';

const FORM_DESCRIPTIONS = {
	preambular: 'a preambular form (a participle or an adjective)',
	operative: 'an operative form (a verb in the present tense)',
};

/**
 * `verb.wrong-part`: "each preambular paragraph begins with a present, past or perfect participle or participial
 * phrase or an adjective" and "each operative paragraph begins with an operative verb … in the present indicative
 * tense" (Editorial Manual, "Resolutions and other formal decisions", §II.C; drafting-rules.md R14 and R20). Only
 * openers the vocabulary knows, with a form that marks the part, are judged: Chinese writes one form in both parts
 * (R69) and a guessed opener is no evidence. The fix swaps the form through the concept pairs of §3.4 where the
 * pair table gives exactly one form.
 */
export const verbWrongPartRules: Rule = context => {
	const { resolution } = context;
	const findings: Finding[] = [];
	for (const placed of placedParagraphsOf(context)) {
		const opener = placed.paragraph.opener;
		if (!opener?.known || (opener.form !== 'preambular' && opener.form !== 'operative') || opener.form === placed.part) {
			continue;
		}
		const swap = swappedVerbForm(opener, resolution.language, placed.part);
		findings.push({
			code: DiagnosticCode.VerbWrongPart,
			message: `"${opener.canonical}" is ${FORM_DESCRIPTIONS[opener.form]}, but it opens ${describeParagraph(placed)}.`
				+ (swap ? ` Write "${swap}".` : ''),
			span: opener.span,
			fixes: swap ? [{ fix: 'replace', span: opener.span, text: swap, title: `Change to "${swap}"` }] : undefined,
		});
	}
	return findings;
};

// The languages whose vocabulary covers the openers of official texts well enough that a paragraph it does not
// know is worth a hint; elsewhere the vocabulary is the corpus's phrases only, and silence beats guessing.
const COMPLETE_VOCABULARY: ReadonlySet<DocumentLanguage> = new Set(['en', 'zh']);

/**
 * `verb.unknown`: every paragraph of a resolution opens with a participle or adjective (preamble) or an operative
 * verb (Editorial Manual §II.C; drafting-rules.md R14, R20), so a paragraph whose first words are no known opener
 * may have lost its verb or use one the house style avoids. A hint, in English and Chinese only, and only below an
 * organ line, without which the text may be no resolution at all. A paragraph that opens with a negotiation bracket
 * is left to `draft.leftover`.
 */
export const verbUnknownRules: Rule = context => {
	const { resolution } = context;
	if (!COMPLETE_VOCABULARY.has(resolution.language) || !resolution.header.organLine) {
		return [];
	}
	const findings: Finding[] = [];
	for (const placed of placedParagraphsOf(context)) {
		const { paragraph } = placed;
		if (paragraph.opener?.known || paragraph.body.text.startsWith('[')) {
			continue;
		}
		const opener = paragraph.opener;
		const span = opener?.span ?? firstWordSpan(resolution.text, paragraph);
		if (!span) {
			continue;
		}
		findings.push({
			code: DiagnosticCode.VerbUnknown,
			message: opener
				? `"${opener.canonical}" is not an opening phrase the vocabulary knows; ${describeParagraph(placed)} usually opens with ${FORM_DESCRIPTIONS[placed.part]}.`
				: `${capitalize(describeParagraph(placed))} does not open with a verb.`,
			span,
		});
	}
	return findings;
};

const FIRST_WORD_LIMIT = 12;

// The first word of a paragraph, or its first few characters in Chinese, where a missing opener would stand.
function firstWordSpan(text: string, paragraph: ParagraphBase): Span | undefined {
	const view = viewOfNode(text, paragraph);
	const word = /[^\s，,；;。.]+/u.exec(view.text);
	return word ? view.sourceSpan(word.index, word.index + Math.min(word[0].length, FIRST_WORD_LIMIT)) : undefined;
}

function capitalize(text: string): string {
	return text[0].toUpperCase() + text.slice(1);
}
