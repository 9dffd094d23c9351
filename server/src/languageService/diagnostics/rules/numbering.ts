import type { DocumentLanguage, OperativeParagraph, ParagraphBase, SubParagraph } from '../../model/types';
import { formatLabel } from '../../parser/subparagraphs';
import { languageLabelStyles } from '../../vocabulary/labelStyles';
import { DiagnosticCode } from '../codes';
import type { Finding, FixData, Rule } from '../types';

/**
 * `numbering.operative`: operative paragraphs are numbered 1, 2, 3 … with Arabic numerals, restarting in each
 * lettered part of a composite resolution, and a single operative paragraph is not numbered (AKN4UN, R21).
 * One finding per break: after a break the count continues from the number written, so a missing 5 does not
 * make 6, 7 and 8 wrong too.
 */
export const operativeNumberingRules: Rule = ({ resolution }) => {
	const findings: Finding[] = [];
	const paragraphs = resolution.operative;
	const fixes = [{ fix: 'renumber-operative' as const }];
	if (paragraphs.length === 1 && paragraphs[0].number !== undefined && paragraphs[0].numberSpan && !paragraphs[0].suffix) {
		findings.push({
			code: DiagnosticCode.NumberingOperative,
			message: 'A resolution with a single operative paragraph leaves it unnumbered.',
			span: paragraphs[0].numberSpan,
			fixes: [{ fix: 'replace', span: numberWithSeparator(paragraphs[0]), text: '', title: 'Remove the paragraph number' }],
		});
		return findings;
	}
	let previous: OperativeParagraph | undefined;
	for (const paragraph of paragraphs) {
		if (paragraph.number === undefined || !paragraph.numberSpan || paragraph.suffix) {
			continue;
		}
		const number = paragraph.number;
		const expected = previous?.number !== undefined ? previous.number + 1 : 1;
		const restartsPart = previous !== undefined && paragraph.section !== previous.section && number === 1
			&& paragraph.section !== undefined && resolution.sections[paragraph.section].kind === 'lettered';
		if (number !== expected && !restartsPart) {
			findings.push({
				code: DiagnosticCode.NumberingOperative,
				message: operativeMessage(number, expected, previous?.number),
				span: paragraph.numberSpan,
				related: previous?.numberSpan ? [{ span: previous.numberSpan, message: `The paragraph before is numbered ${previous.number}.` }] : undefined,
				fixes,
			});
		}
		previous = paragraph;
	}
	return findings;
};

function operativeMessage(number: number, expected: number, previous: number | undefined): string {
	if (previous === undefined) {
		return `Operative paragraphs are numbered from 1, but the first one is numbered ${number}.`;
	}
	if (number === previous) {
		return `Operative paragraph number ${number} is used twice.`;
	}
	if (number > expected) {
		const missing = number - expected === 1 ? `${expected} is` : `${expected} to ${number - 1} are`;
		return `Operative paragraph ${number} follows ${previous}: number ${missing} missing.`;
	}
	return `Operative paragraph ${number} comes after ${previous}: the numbers must rise by one.`;
}

// The number, its full stop or hyphen and the space after it, so that removing them leaves the paragraph's text.
function numberWithSeparator(paragraph: OperativeParagraph): { start: number; end: number } {
	const start = paragraph.numberSpan!.start;
	const end = paragraph.opener?.span.start ?? paragraph.body.span.start;
	return { start, end: Math.max(end, paragraph.numberSpan!.end) };
}

const LANGUAGE_NAMES: Record<DocumentLanguage, string> = {
	en: 'English', zh: 'Chinese', fr: 'French', es: 'Spanish', ru: 'Russian', ar: 'Arabic',
};
const LEVEL_NAMES = ['', 'first-level', 'second-level', 'third-level', 'fourth-level'];

/**
 * `numbering.subparagraph`: each list of sub-paragraphs runs (a), (b), (c) … or (i), (ii), (iii) … from the
 * first, in one style, the style the language uses at that level (French and Spanish "a)", Arabic "(أ)").
 */
export const subParagraphNumberingRules: Rule = ({ resolution }) => {
	const findings: Finding[] = [];
	for (const paragraph of resolution.preamble) {
		checkList(findings, resolution.language, paragraph, paragraph.subParagraphs);
	}
	for (const paragraph of resolution.operative) {
		checkList(findings, resolution.language, paragraph, paragraph.subParagraphs);
	}
	return findings;
};

/**
 * Checks one list of sub-paragraphs and the lists below it. The fix that renumbers the paragraph's lists is made at
 * the list's first finding and shared by the others: most lists have none, and the paragraph's span is built when
 * read (parser/nodes.ts).
 */
function checkList(findings: Finding[], language: DocumentLanguage, paragraph: ParagraphBase, list: readonly SubParagraph[]): void {
	if (list.length === 0) {
		return;
	}
	const first = list[0];
	let fixes: FixData[] | undefined;
	const renumbering = () => (fixes ??= [{ fix: 'renumber-subparagraphs', paragraphStart: paragraph.span.start }]);
	const expectedStyles = languageLabelStyles(language, first.level);
	if (!expectedStyles.includes(first.style)) {
		const example = formatLabel(expectedStyles[0], 1);
		findings.push({
			code: DiagnosticCode.NumberingSubparagraph,
			message: `In ${LANGUAGE_NAMES[language]} texts, ${LEVEL_NAMES[first.level]} sub-paragraphs are labelled ${example}, ${formatLabel(expectedStyles[0], 2)} …, not ${first.label}.`,
			span: first.labelSpan,
			fixes: renumbering(),
		});
	}
	for (let index = 0; index < list.length; index++) {
		const sub = list[index];
		const expectedOrdinal = index === 0 ? 1 : list[index - 1].ordinal + 1;
		if (sub.style !== first.style) {
			findings.push({
				code: DiagnosticCode.NumberingSubparagraph,
				message: `Sub-paragraph ${sub.label} is labelled in another style than ${first.label} above it.`,
				span: sub.labelSpan,
				fixes: renumbering(),
			});
		} else if (sub.ordinal !== expectedOrdinal) {
			const expected = formatLabel(sub.style, expectedOrdinal);
			findings.push({
				code: DiagnosticCode.NumberingSubparagraph,
				message: index === 0
					? `The list starts at ${sub.label}; it should start at ${expected}.`
					: `Sub-paragraph ${sub.label} follows ${list[index - 1].label}; expected ${expected}.`,
				span: sub.labelSpan,
				fixes: renumbering(),
			});
		}
		checkList(findings, language, paragraph, sub.children);
	}
}
