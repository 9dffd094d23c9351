import type { ParagraphBase, Resolution, SubParagraph } from '../model/types';

/** Calls `visit` for every preambular and operative paragraph and every sub-paragraph, depth first. */
export function forEachBodyNode(resolution: Resolution, visit: (node: ParagraphBase | SubParagraph) => void): void {
	// Indexed loops and a module-level helper: a closure made per call, loops over iterators and an array of both
	// parts made the walk itself cost about four times what it does now on a draft with sub-paragraphs.
	visitParagraphs(resolution.preamble, visit);
	visitParagraphs(resolution.operative, visit);
}

function visitParagraphs(paragraphs: readonly ParagraphBase[], visit: (node: ParagraphBase | SubParagraph) => void): void {
	for (let index = 0; index < paragraphs.length; index++) {
		const paragraph = paragraphs[index];
		visit(paragraph);
		visitSubParagraphs(paragraph.subParagraphs, visit);
	}
}

function visitSubParagraphs(subParagraphs: readonly SubParagraph[], visit: (node: ParagraphBase | SubParagraph) => void): void {
	for (let index = 0; index < subParagraphs.length; index++) {
		const sub = subParagraphs[index];
		visit(sub);
		if (sub.children.length > 0) {
			visitSubParagraphs(sub.children, visit);
		}
	}
}
