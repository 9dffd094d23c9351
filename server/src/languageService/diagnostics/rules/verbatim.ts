import type { ParagraphBase, SubParagraph } from '../../model/types';
import { BodyNode } from '../../parser/nodes';

/**
 * The node itself, with its body's source offsets, when the parser read its body verbatim (the source text of its
 * one piece as it stands, as most paragraphs are); undefined otherwise, and for models the parser did not build.
 * A rule then reads the body in place in the source: a node builds its pieces and body objects when asked
 * (parser/nodes.ts), and on a long draft building them, a clean view over them and reaching the body's own string
 * for every node cost more than what the rule did with the text.
 */
export function verbatimBody(node: ParagraphBase | SubParagraph): BodyNode | undefined {
	return node instanceof BodyNode && node.verbatim ? node : undefined;
}
