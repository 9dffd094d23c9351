import type { LabelStyle, Opener, OperativeParagraph, ParagraphBase, Span, SubParagraph, TextNode } from '../model/types';
import type { Relocation } from '../incremental/relocate';
import { isVerbatim, relocateView } from '../text/views';

// The paragraphs and sub-paragraphs the parser builds. They are what the model's interfaces describe, but they hold
// their offsets as numbers and build the span, body and pieces objects when asked: a span object costs 40 bytes
// (24 of them the engine's object header), a node had four to six of them besides its body object and its pieces
// list, and a 5 MB draft keeps about 28,000 nodes for as long as it is open. Features read nodes through the
// interfaces and see no difference; what the getters return is a fresh object that belongs to the caller.
//
// A node keeps its pieces list only when its body is not simply the source text of its one piece (Markdown removed,
// text trimmed, or a paragraph continued after a page break): that list is the object the clean view of the body is
// remembered on (text/views.ts). A verbatim body is the clean text, its one piece is the body's span.

/** What paragraphs and sub-paragraphs share: the unit's span, the clean body and the source pieces. */
export abstract class BodyNode {
	start: number;
	end: number;
	bodyText = '';
	bodyStart = 0;
	bodyEnd = 0;
	/**
	 * The pieces, unless the body is verbatim and its span is the one piece. TypeScript-private, not `#`, so that a
	 * copy made by Object.assign (alone) keeps it.
	 */
	private pieceList: Span[] | undefined = undefined;

	constructor(span: Span, pieces: Span[], body: TextNode) {
		this.start = span.start;
		this.end = span.end;
		this.setBody(pieces, body);
	}

	get span(): Span {
		return { start: this.start, end: this.end };
	}

	get body(): TextNode {
		return { text: this.bodyText, span: { start: this.bodyStart, end: this.bodyEnd } };
	}

	get pieces(): Span[] {
		return this.pieceList ?? [{ start: this.bodyStart, end: this.bodyEnd }];
	}

	/**
	 * True when the node keeps no pieces list: its body is the source text of its one piece as it stands, and the
	 * citation finder, text/views.ts viewOfNode and the rules read the source between bodyStart and bodyEnd in
	 * place, without the pieces, body and view objects the getters would build.
	 */
	get verbatim(): boolean {
		return this.pieceList === undefined;
	}

	/** Takes a body read from `pieces`; the list is kept (the caller may remember a view on it) unless the body is verbatim. */
	setBody(pieces: Span[], body: TextNode): void {
		this.bodyText = body.text;
		this.bodyStart = body.span.start;
		this.bodyEnd = body.span.end;
		this.pieceList = isVerbatim(pieces, body) ? undefined : pieces;
	}

	/** Moves every offset of the node that lies after an edit, as `relocation` says, with its remembered view. */
	relocate(relocation: Relocation): void {
		const start = this.start;
		this.start = relocation.start(start);
		this.end = relocation.end(start, this.end);
		const bodyStart = this.bodyStart;
		this.bodyStart = relocation.start(bodyStart);
		this.bodyEnd = relocation.end(bodyStart, this.bodyEnd);
		const pieces = this.pieceList;
		if (pieces) {
			const moves = pieces[0].start >= relocation.from;
			pieces.forEach(piece => relocation.span(piece));
			if (moves) {
				relocateView(pieces, relocation.delta);
			}
		}
	}

	/** The node as a paragraph of its own, without sub-paragraphs, for the rules that judge one paragraph alone. */
	alone(): ParagraphBase {
		return Object.assign(Object.create(Object.getPrototypeOf(this) as object) as object, this, { subParagraphs: [] }) as ParagraphBase;
	}

	protected bodyJson(): { span: Span; body: TextNode } {
		return { span: this.span, body: this.body };
	}
}

/** A paragraph or sub-paragraph as the parser builds it. */
export type ParsedNode = ParagraphNode | SubParagraphNode;

/**
 * The node itself when the parser built it and read its body verbatim (the source text of its one piece as it
 * stands, as most paragraphs are); undefined otherwise, and for models the parser did not build. The caller then
 * reads the body in place in the source, between bodyStart and bodyEnd, without the pieces, body and view objects
 * that the getters and a clean view would build for every node of a long draft.
 */
export function verbatimNode(node: object): BodyNode | undefined {
	return node instanceof BodyNode && node.verbatim ? node : undefined;
}

/** A preambular paragraph, or the unnumbered paragraph of a single-paragraph operative part. */
export class ParagraphNode extends BodyNode implements ParagraphBase {
	opener: Opener | undefined;
	section: number | undefined;
	subParagraphs: SubParagraph[] = [];

	constructor(span: Span, pieces: Span[], body: TextNode, opener: Opener | undefined, section: number | undefined) {
		super(span, pieces, body);
		this.opener = opener;
		this.section = section;
	}

	override relocate(relocation: Relocation): void {
		super.relocate(relocation);
		relocation.optional(this.opener?.span);
	}

	/** The plain model of types.ts, field for field in its order. */
	toJSON(): object {
		return { ...this.bodyJson(), opener: this.opener, pieces: this.pieces, section: this.section, subParagraphs: this.subParagraphs };
	}
}

/** A numbered operative paragraph. */
export class OperativeNode extends ParagraphNode implements OperativeParagraph {
	number: number;
	numberStart: number;
	numberEnd: number;
	suffix: string | undefined;

	constructor(span: Span, pieces: Span[], body: TextNode, opener: Opener | undefined, section: number | undefined, number: number, numberSpan: Span, suffix: string | undefined) {
		super(span, pieces, body, opener, section);
		this.number = number;
		this.numberStart = numberSpan.start;
		this.numberEnd = numberSpan.end;
		this.suffix = suffix;
	}

	get numberSpan(): Span {
		return { start: this.numberStart, end: this.numberEnd };
	}

	override relocate(relocation: Relocation): void {
		super.relocate(relocation);
		const start = this.numberStart;
		this.numberStart = relocation.start(start);
		this.numberEnd = relocation.end(start, this.numberEnd);
	}

	override toJSON(): object {
		return { ...super.toJSON(), number: this.number, numberSpan: this.numberSpan, suffix: this.suffix };
	}
}

/** A sub-paragraph "(a) …" with its own sub-paragraphs. */
export class SubParagraphNode extends BodyNode implements SubParagraph {
	label: string;
	labelStart: number;
	labelEnd: number;
	level: number;
	ordinal: number;
	style: LabelStyle;
	children: SubParagraph[] = [];

	constructor(label: string, labelSpan: Span, style: LabelStyle, level: number, ordinal: number, span: Span, pieces: Span[], body: TextNode) {
		super(span, pieces, body);
		this.label = label;
		this.labelStart = labelSpan.start;
		this.labelEnd = labelSpan.end;
		this.level = level;
		this.ordinal = ordinal;
		this.style = style;
	}

	get labelSpan(): Span {
		return { start: this.labelStart, end: this.labelEnd };
	}

	override relocate(relocation: Relocation): void {
		super.relocate(relocation);
		const start = this.labelStart;
		this.labelStart = relocation.start(start);
		this.labelEnd = relocation.end(start, this.labelEnd);
	}

	/** The plain model of types.ts, field for field in its order. */
	toJSON(): object {
		const { span, body } = this.bodyJson();
		return {
			label: this.label, labelSpan: this.labelSpan, level: this.level, ordinal: this.ordinal, style: this.style,
			span, body, pieces: this.pieces, children: this.children,
		};
	}
}
