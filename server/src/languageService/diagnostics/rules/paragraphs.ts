import type { OperativeParagraph, ParagraphBase, Resolution } from '../../model/types';
import type { RuleContext } from '../types';

/** Which part of the resolution a paragraph stands in, by its place (not by its verb). */
export type Part = 'preambular' | 'operative';

/** A body paragraph with its part and its position in that part, in source order. */
export interface PlacedParagraph {
	paragraph: ParagraphBase | OperativeParagraph;
	part: Part;
	/** 1-based position among the paragraphs of its part, for messages about unnumbered paragraphs. */
	position: number;
}

/**
 * Every preambular and operative paragraph in source order. Roman-numbered sections each have preambular-style
 * paragraphs of their own (drafting-rules.md R4), so the two lists interleave and rules that look at neighbours
 * need them merged.
 */
export function placedParagraphs(resolution: Resolution): PlacedParagraph[] {
	const preamble = resolution.preamble.map((paragraph, index) => ({ paragraph, part: 'preambular' as const, position: index + 1 }));
	const operative = resolution.operative.map((paragraph, index) => ({ paragraph, part: 'operative' as const, position: index + 1 }));
	// The parser lists each part in source order, so one merge orders them as a stable sort of both lists would.
	if (!inSourceOrder(preamble) || !inSourceOrder(operative)) {
		return [...preamble, ...operative].sort((a, b) => startOf(a) - startOf(b));
	}
	const placed: PlacedParagraph[] = [];
	let next = 0;
	for (const paragraph of operative) {
		while (next < preamble.length && startOf(preamble[next]) <= startOf(paragraph)) {
			placed.push(preamble[next++]);
		}
		placed.push(paragraph);
	}
	while (next < preamble.length) {
		placed.push(preamble[next++]);
	}
	return placed;
}

/**
 * The placed paragraphs of the context's resolution (see placedParagraphs), listed once per check for the four
 * rule families that read them. They are kept on the context, which lives for one check, with the resolution they
 * were listed from: a context copied for another resolution (diagnostics/incremental.ts) lists that one afresh. A
 * WeakMap by context cost more at each new key than the listing it saved.
 */
export function placedParagraphsOf(context: RuleContext): readonly PlacedParagraph[] {
	const { resolution } = context;
	let shared = context.placed;
	if (shared === undefined || shared.resolution !== resolution) {
		shared = { resolution, paragraphs: placedParagraphs(resolution) };
		context.placed = shared;
	}
	return shared.paragraphs;
}

function startOf(placed: PlacedParagraph): number {
	return placed.paragraph.span.start;
}

function inSourceOrder(list: readonly PlacedParagraph[]): boolean {
	for (let index = 1; index < list.length; index++) {
		if (startOf(list[index - 1]) > startOf(list[index])) {
			return false;
		}
	}
	return true;
}

/** True when two placed paragraphs follow each other in the same part of the same section. */
export function areNeighbours(previous: PlacedParagraph | undefined, current: PlacedParagraph): previous is PlacedParagraph {
	return previous !== undefined && previous.part === current.part && previous.paragraph.section === current.paragraph.section;
}

/** "operative paragraph 5", "operative paragraph 5 bis" or "preambular paragraph 3", for messages. */
export function describeParagraph(placed: PlacedParagraph): string {
	const { paragraph, part, position } = placed;
	const number = 'number' in paragraph && paragraph.number !== undefined
		? `${paragraph.number}${'suffix' in paragraph && paragraph.suffix ? ` ${paragraph.suffix}` : ''}`
		: String(position);
	return `${part} paragraph ${number}`;
}
