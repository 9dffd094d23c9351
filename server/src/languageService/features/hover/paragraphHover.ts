import type { Opener, OperativeParagraph, Resolution } from '../../model/types';
import { wordingLanguage } from '../../wording/language';
import { conceptOfPhrase } from '../../vocabulary/equivalents';
import { equivalentsOf } from './equivalents';
import { escapeMarkdown, shorten } from './markdown';
import { HOVER_WORDING } from './wording';
import { verbNote } from '../../wording/verbNotes';

const PREVIEW_LENGTH = 240;
// Footnote markers belong to the paragraph's text but not to a preview of what it says.
const MARKERS = /⁽?[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾?/g;

/** "Operative paragraph 5 of 39", counted within its lettered part when the numbering restarts per part. */
export function operativeNumberHover(paragraph: OperativeParagraph, resolution: Resolution): string {
	const wording = HOVER_WORDING[wordingLanguage(resolution.language)];
	const group = resolution.operative.filter(other => other.section === paragraph.section);
	const restarts = paragraph.section !== undefined && resolution.operative.some(other => other.section !== paragraph.section);
	const section = restarts ? resolution.sections[paragraph.section!]?.label : undefined;
	const count = restarts ? group.length : resolution.operative.length;
	const numbered = `${paragraph.number ?? ''}${paragraph.suffix ? ` ${paragraph.suffix}` : ''}`;
	const blocks = [`**${escapeMarkdown(wording.operativeOf(numbered, count, section))}**`];
	const position = (restarts ? group : resolution.operative).indexOf(paragraph) + 1;
	if (paragraph.suffix === undefined && paragraph.number !== position) {
		blocks.push(escapeMarkdown(wording.standsAt(position)));
	}
	return blocks.join('\n\n');
}

/** The opening verb: its form, what it signals, and its equivalents in the six languages. */
export function openerHover(opener: Opener, part: 'preambular' | 'operative', resolution: Resolution): string {
	const language = wordingLanguage(resolution.language);
	const wording = HOVER_WORDING[language];
	const form = opener.form === 'both' ? 'both' : part;
	const facts = [wording.formOf(form), ...(opener.repeated ? [wording.repeated] : [])];
	const blocks = [`**${escapeMarkdown(opener.canonical)}** · ${escapeMarkdown(facts.join(' · '))}`];
	const concept = opener.concept || conceptOfPhrase(resolution.language, opener.canonical);
	const signal = verbNote(concept, language);
	if (signal) {
		blocks.push(escapeMarkdown(signal));
	}
	const rows = concept ? equivalentsOf(concept) : [];
	if (rows.length > 0) {
		const [first, second, third] = wording.equivalentsHeader;
		const cell = (forms: readonly string[]) => forms.length > 0 ? forms.map(escapeMarkdown).join(', ') : '—';
		blocks.push([
			`| ${first} | ${second} | ${third} |`,
			'| --- | --- | --- |',
			...rows.map(row => `| ${wording.languageName(row.language)} | ${cell(row.preambular)} | ${cell(row.operative)} |`),
		].join('\n'));
	}
	return blocks.join('\n\n');
}

/** "paragraph 5 above": the paragraph it names, with the start of its text; or a note that there is none. */
export function paragraphReferenceHover(value: number, paragraph: OperativeParagraph | undefined, resolution: Resolution): string {
	const wording = HOVER_WORDING[wordingLanguage(resolution.language)];
	if (!paragraph) {
		return escapeMarkdown(wording.noParagraph(value));
	}
	return `**${escapeMarkdown(wording.paragraph(value))}**\n\n${escapeMarkdown(shorten(paragraph.body.text.replace(MARKERS, ''), PREVIEW_LENGTH))}`;
}
