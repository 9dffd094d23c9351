import type {
	Closing, Footnote, OperativeParagraph, Opener, PreambularParagraph, Section, Span, SubParagraph, TextNode,
} from '../model/types';
import type { LineReader, SourceLine } from '../text/lines';
import { TextView } from '../text/textView';
import { rememberView, viewOfNode } from '../text/views';
import { matchOrganLine } from '../vocabulary/organs';
import { OperativeNode, ParagraphNode, SubParagraphNode } from './nodes';
import { nodeOf, type ParseContext } from './context';
import { ClosingDates } from './closingDates';
import { wholeDate } from './header';
import { paragraphBody, paragraphContent } from './content';
import { chooseStyle, fittedLists, levelOf, ordinalOf, placeSubParagraph } from './subparagraphs';
import { endsParagraph, looksLikeParagraphStart, UnitBuilder, type Unit } from './units';

/** The body as read: everything below the organ line. */
export interface Body {
	preamble: PreambularParagraph[];
	operative: OperativeParagraph[];
	sections: Section[];
	footnotes: Footnote[];
	closing?: Closing;
}

type BodyNode = ParagraphNode | SubParagraphNode;

/**
 * Reads the body lines from line `from` on, grouped into units, into paragraphs, sub-paragraphs, sections,
 * footnotes and the closing. Each unit is read as soon as the units around it are complete (a meeting line looks
 * at its neighbours for its date), rather than after the whole body is grouped: the units and the clean views of
 * their lines then die young, which on a long draft spares the garbage collector copying them all.
 */
export function readBody(context: ParseContext, from: number, rest: Pick<LineReader, 'next'>, phase: ReadingPhase = 'preamble'): Body {
	const reader = new BodyReader(context, phase);
	const builder = new UnitBuilder(context);
	const { units } = builder;
	const closing = new ClosingDates(context, units);
	let read = 0;
	// Units before `complete` will not change. Unit i is read once the meetings up to i + 1 are paired.
	const readUpTo = (complete: number, last: boolean) => {
		closing.pairBefore(last ? complete : complete - 1);
		for (const end = last ? complete : closing.paired - 1; read < end; read++) {
			reader.read(units[read] as Unit, closing.take(read));
			units[read] = undefined;
		}
	};
	const add = (line: SourceLine) => {
		builder.add(line);
		// A blank line completes no unit (the builder only notes it), so there is nothing new to read after it.
		if (!line.blank) {
			readUpTo(units.length - 1, false);
		}
	};
	// The body starts among the lines the heading read, and goes on with those the reader has not yet read.
	context.headLines.slice(from).forEach(add);
	for (let line = rest.next(); line !== undefined; line = rest.next()) {
		add(line);
	}
	readUpTo(units.length, true);
	reader.finish();
	return reader.body;
}

/**
 * Where the reader stands: among preambular paragraphs, among operative ones, or after the closing formula. A body
 * is read from the preamble on; incremental re-analysis reads one new block in the part it stands in.
 */
export type ReadingPhase = 'preamble' | 'operative' | 'closed';

class BodyReader {
	readonly body: Body = { preamble: [], operative: [], sections: [], footnotes: [] };
	/** The last paragraph-level node, which a text block may continue when it was cut by a page break. */
	private continuable?: BodyNode;
	private paragraph?: ParagraphNode;
	/** The open items of the paragraph's lists (see placeSubParagraph). */
	private open: SubParagraph[] = [];
	private section?: number;
	/** True after a section heading, until its first numbered paragraph: plain paragraphs there are preambular. */
	private sectionPreamble = false;
	private untitledSection?: Section;
	/**
	 * One string per distinct label ("(a)", "(ii)") of this document: the line reader cuts a new string for every
	 * label, and thousands of sub-paragraphs repeat a few dozen labels for as long as the model lives.
	 */
	private readonly labels = new Map<string, string>();

	constructor(private readonly context: ParseContext, private phase: ReadingPhase) {}

	read(unit: Unit, closingDate: Unit | 'skip' | undefined): void {
		if (closingDate === 'skip') {
			return;
		}
		if (unit.start.kind !== 'footnote') {
			const continued = this.continuable;
			this.continuable = undefined;
			if (unit.start.kind === 'text' && continued && this.continues(unit, continued)) {
				// The view of the pieces so far is extended with the new ones rather than read again from the source.
				const added = this.spans(unit, 0);
				const pieces = continued.pieces;
				const views = [viewOfNode(this.context.text, continued), this.context.viewOfLines(unit.lines, 0, added)];
				const view = TextView.joined(views, [pieces[0], added[0]]);
				pieces.push(...added);
				continued.setBody(pieces, nodeOf(view));
				rememberView(pieces, view);
				this.continuable = continued;
				return;
			}
		}
		switch (unit.start.kind) {
			case 'footnote': return this.footnote(unit, unit.start.number, unit.start.bodyStart, unit.start.labelEnd);
			case 'meeting': return this.meeting(unit, unit.start.number, closingDate);
			case 'section': return this.sectionHeading(unit, unit.start.sectionKind, unit.start.label, unit.start.titleStart);
			case 'operative': return this.operative(unit, unit.start.number, unit.start.numberEnd, unit.start.bodyStart, unit.start.suffix);
			case 'label': return this.label(unit, unit.start.label, unit.start.value, unit.start.styles, unit.start.bodyStart);
			default: return this.text(unit);
		}
	}

	finish(): void {
		// A resolution with a single operative paragraph leaves it unnumbered (R21); it shows as the last
		// paragraph of the "preamble" with an operative verb, or in Chinese with the closing full stop.
		const { preamble, operative } = this.body;
		for (const paragraphs of [preamble, operative]) {
			for (const paragraph of paragraphs) {
				paragraph.subParagraphs = fittedLists(paragraph.subParagraphs);
			}
		}
		const last = preamble[preamble.length - 1];
		if (operative.length === 0 && last && preamble.length > 0) {
			const form = last.opener?.form;
			const endsWithFullStop = /[.。]$/.test(last.body.text.replace(/[\s⁰¹²³⁴⁵⁶⁷⁸⁹]+$/u, ''));
			if (form === 'operative' || ((form === 'both' || form === undefined) && endsWithFullStop)) {
				preamble.pop();
				operative.push(last);
			}
		}
	}

	private continues(unit: Unit, previous: BodyNode): boolean {
		if (!unit.firstInBlock || endsParagraph(previous.body.text)) {
			return false;
		}
		const text = this.context.clean(unit.lines[0].span).text.trim();
		return !looksLikeParagraphStart(text, this.context.language) && matchOrganLine(text) === undefined;
	}

	private footnote(unit: Unit, number: number, bodyStart: number, labelEnd: number): void {
		const first = this.context.clean(unit.lines[0].span);
		// The footnote keeps its clean text, not its pieces, so their view is not remembered.
		const from = unit.lead + bodyStart;
		const view = this.context.viewOfLines(unit.lines, from, this.spans(unit, from));
		this.body.footnotes.push({
			number,
			span: spanOf(unit),
			labelSpan: first.sourceSpan(unit.lead, unit.lead + labelEnd),
			text: nodeOf(view),
			references: [],
		});
	}

	private meeting(unit: Unit, number: number, date: Unit | undefined): void {
		const closing: Closing = this.body.closing ?? { span: spanOf(unit) };
		// Written out rather than spread from the node: a spread in a literal takes the engine's slow path.
		const { text, span } = this.context.node(unit.lines[0].span);
		closing.meeting = { text, span, number };
		if (date) {
			closing.date = wholeDate(this.context, date.lines[0].span);
			closing.span = { start: Math.min(spanOf(unit).start, spanOf(date).start), end: Math.max(spanOf(unit).end, spanOf(date).end) };
		}
		this.body.closing = closing;
		this.phase = 'closed';
		this.paragraph = undefined;
	}

	private sectionHeading(unit: Unit, kind: Section['kind'], label: string, titleStart: number): void {
		const view = this.context.clean(unit.lines[0].span);
		const title = nodeOf(view, unit.lead + titleStart);
		const section: Section = { kind, label, span: spanOf(unit), title: title.text ? title : undefined };
		this.body.sections.push(section);
		this.section = this.body.sections.length - 1;
		this.untitledSection = section.title ? undefined : section;
		this.sectionPreamble = true;
		this.paragraph = undefined;
	}

	private operative(unit: Unit, number: number, numberEnd: number, bodyStart: number, suffix?: string): void {
		const view = this.context.clean(unit.lines[0].span);
		const { pieces, body, opener } = this.content(unit, unit.lead + bodyStart);
		const numberSpan = view.sourceSpan(unit.lead, unit.lead + numberEnd);
		const paragraph = new OperativeNode(spanOf(unit), pieces, body, opener, this.section, number, numberSpan, suffix || undefined);
		this.body.operative.push(paragraph);
		this.phase = 'operative';
		this.sectionPreamble = false;
		this.startParagraph(paragraph);
	}

	private label(unit: Unit, label: string, value: string, styles: readonly SubParagraph['style'][], bodyStart: number): void {
		if (!this.paragraph) {
			this.context.unclassified(this.context.node(unit.lines[0].span), 'a lettered sub-paragraph outside any paragraph');
			return;
		}
		const view = this.context.clean(unit.lines[0].span);
		const style = chooseStyle(value, styles, this.open);
		// A sub-paragraph has no opener: its body is read without matching one.
		const { pieces, view: bodyView } = this.pieces(unit, unit.lead + bodyStart);
		let shared = this.labels.get(label);
		if (shared === undefined) {
			shared = label;
			this.labels.set(label, label);
		}
		const labelSpan = view.sourceSpan(unit.lead, unit.lead + label.length);
		const body = paragraphBody(this.context.text, pieces, bodyView);
		const sub = new SubParagraphNode(shared, labelSpan, style, levelOf(style), ordinalOf(value, style), spanOf(unit), pieces, body);
		placeSubParagraph(sub, this.open, this.paragraph.subParagraphs);
		this.continuable = sub;
	}

	private text(unit: Unit): void {
		const node = this.context.node(unit.lines[0].span);
		if (this.untitledSection && !endsParagraph(node.text)) {
			this.untitledSection.title = node;
			this.untitledSection = undefined;
			return;
		}
		this.untitledSection = undefined;
		if (matchOrganLine(node.text)) {
			// The organ line of a lettered part of a composite resolution: each part has its own preamble.
			this.sectionPreamble = true;
			return;
		}
		if (this.phase === 'closed' || (this.phase === 'operative' && !this.sectionPreamble)) {
			const reason = this.phase === 'closed' ? 'text after the closing formula' : 'an unnumbered paragraph among the operative paragraphs';
			this.context.unclassified(node, reason);
			return;
		}
		const { pieces, body, opener } = this.content(unit, unit.lead);
		const paragraph = new ParagraphNode(spanOf(unit), pieces, body, opener, this.section);
		this.body.preamble.push(paragraph);
		this.startParagraph(paragraph);
	}

	private startParagraph(paragraph: ParagraphNode): void {
		this.paragraph = paragraph;
		this.open = [];
		this.continuable = paragraph;
		this.untitledSection = undefined;
	}

	/** The pieces of a paragraph whose body starts at `bodyStart`, with its body and opener. */
	private content(unit: Unit, bodyStart: number): { pieces: Span[]; body: TextNode; opener?: Opener } {
		const { pieces, view } = this.pieces(unit, bodyStart);
		// Not spread into the literal, which the engine copies by a slow path, once for every paragraph.
		const { body, opener } = paragraphContent(this.context.text, pieces, this.context.language, view);
		return { pieces, body, opener };
	}

	/**
	 * The source spans of a unit's lines, the first one starting at clean offset `from` of its line, with their
	 * clean view, made of the views of the lines: the node that keeps them reads its body from it, and remembers it
	 * for the citation finder and the rules unless the body stands for it (parser/content.ts).
	 */
	private pieces(unit: Unit, from: number): { pieces: Span[]; view: TextView } {
		const pieces = this.spans(unit, from);
		return { pieces, view: this.context.viewOfLines(unit.lines, from, pieces) };
	}

	/**
	 * The source spans of a unit's lines, the first one starting at clean offset `from` of its line (see
	 * TextView.tailStart), in a plain loop: a callback would be a closure per unit.
	 */
	private spans(unit: Unit, from: number): Span[] {
		const { lines } = unit;
		const first = lines[0].span;
		const spans = [{ start: this.context.clean(first).tailStart(first, from), end: first.end }];
		for (let index = 1; index < lines.length; index++) {
			spans.push({ start: lines[index].span.start, end: lines[index].span.end });
		}
		return spans;
	}
}

function spanOf(unit: Unit): Span {
	return { start: unit.lines[0].span.start, end: unit.lines[unit.lines.length - 1].span.end };
}
