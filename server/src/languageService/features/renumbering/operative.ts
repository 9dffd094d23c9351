import type { OperativeParagraph, Resolution } from '../../model/types';
import type { OffsetEdit } from '../sourceEdits';
import { rewriteNumber } from './digits';

/** The operative paragraphs that share one numbering sequence, with the number each one should carry. */
export interface NumberingGroup {
	/** The section the group belongs to when numbering restarts per part; undefined for one running sequence. */
	section?: number;
	paragraphs: OperativeParagraph[];
	/** The number each paragraph of {@link paragraphs} should carry, in the same order. */
	expected: number[];
}

/**
 * Splits the numbered operative paragraphs into the sequences they should form. Composite resolutions restart at
 * 1 in each lettered part (drafting-rules.md R21), but not every drafter does, and Roman-numbered sections run
 * straight through; so numbering restarts at each lettered part when most lettered parts after the first open with
 * paragraph 1, and runs through otherwise. Paragraphs inserted during negotiations ("5 bis") keep their number and
 * stand outside the sequence, as the numbering diagnostics treat them.
 */
export function numberingGroups(resolution: Resolution): NumberingGroup[] {
	const numbered = resolution.operative.filter(paragraph => paragraph.number !== undefined && !paragraph.suffix);
	const isLettered = (section: number | undefined) => section !== undefined && resolution.sections[section]?.kind === 'lettered';
	const opensPart = (index: number) => index > 0 && numbered[index].section !== numbered[index - 1].section
		&& isLettered(numbered[index].section);
	const partStarts = numbered.filter((_, index) => opensPart(index));
	const restarting = partStarts.filter(paragraph => paragraph.number === 1).length;
	const restart = partStarts.length > 0 && restarting * 2 > partStarts.length;
	const groups: NumberingGroup[] = [];
	numbered.forEach((paragraph, index) => {
		if (groups.length === 0 || (restart && opensPart(index))) {
			groups.push({ section: restart ? paragraph.section : undefined, paragraphs: [], expected: [] });
		}
		const group = groups[groups.length - 1];
		group.paragraphs.push(paragraph);
		group.expected.push(group.paragraphs.length);
	});
	return groups;
}

/** The edits that give every operative paragraph its expected number, in the digits it was written in. */
export function operativeNumberEdits(resolution: Resolution, groups: readonly NumberingGroup[]): OffsetEdit[] {
	const edits: OffsetEdit[] = [];
	for (const group of groups) {
		group.paragraphs.forEach((paragraph, index) => {
			const span = paragraph.numberSpan;
			if (span && paragraph.number !== group.expected[index]) {
				edits.push({ span, newText: rewriteNumber(resolution.text.slice(span.start, span.end), group.expected[index]) });
			}
		});
	}
	return edits;
}

/**
 * How the numbers of one group move: old number → new number, for the numbers that name one paragraph only. A
 * number written on two paragraphs (an inserted paragraph that copied its neighbour's number) cannot tell which
 * one a reference means, so references to it are left for the drafter.
 */
export function numberMoves(group: NumberingGroup): Map<number, number> {
	const counts = new Map<number, number>();
	for (const paragraph of group.paragraphs) {
		counts.set(paragraph.number!, (counts.get(paragraph.number!) ?? 0) + 1);
	}
	const moves = new Map<number, number>();
	group.paragraphs.forEach((paragraph, index) => {
		if (counts.get(paragraph.number!) === 1) {
			moves.set(paragraph.number!, group.expected[index]);
		}
	});
	return moves;
}

/** The moves that apply to references inside a paragraph: those of its own part, or of the one running sequence. */
export function movesForParagraphs(groups: readonly NumberingGroup[]): (paragraph: { section?: number }) => Map<number, number> | undefined {
	const moves = groups.map(group => ({ section: group.section, moves: numberMoves(group) }));
	if (moves.length === 1 && moves[0].section === undefined) {
		return () => moves[0].moves;
	}
	return paragraph => moves.find(entry => entry.section === paragraph.section)?.moves;
}
