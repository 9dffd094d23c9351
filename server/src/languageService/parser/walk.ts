import type { ParagraphBase, Resolution, SubParagraph } from '../model/types';

/** Calls `visit` for every preambular and operative paragraph and every sub-paragraph, depth first. */
export function forEachBodyNode(resolution: Resolution, visit: (node: ParagraphBase | SubParagraph) => void): void {
	const visitSubParagraphs = (subParagraphs: readonly SubParagraph[]) => {
		for (const sub of subParagraphs) {
			visit(sub);
			visitSubParagraphs(sub.children);
		}
	};
	for (const paragraphs of [resolution.preamble, resolution.operative]) {
		for (const paragraph of paragraphs) {
			visit(paragraph);
			visitSubParagraphs(paragraph.subParagraphs);
		}
	}
}
