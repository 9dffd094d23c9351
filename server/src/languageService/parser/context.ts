import type { DateNode, DocumentLanguage, ParseProblem, Span, TextNode, UnclassifiedBlock } from '../model/types';
import { ParsedDate } from '../citations/parsedCitation';
import type { SourceLine } from '../text/lines';
import { MarkupScanner } from '../text/markup';
import { TextView } from '../text/textView';
import { skipWhiteSpace, skipWhiteSpaceBack } from '../text/whitespace';
import { classifyLine } from './lineKinds';
import { matchOpener } from './opener';

const VIEW_SLOTS = 64;

/** What the stages of the parser share while reading one document. */
export class ParseContext {
	readonly unclassifiedBlocks: UnclassifiedBlock[] = [];
	readonly problems: ParseProblem[] = [];
	// The stages read the same few lines several times in a row (a line and the one above it, a unit's first
	// line for its number, label and pieces), so a small cache indexed by the line's start serves them. Keeping
	// the view of every line instead would hold tens of thousands of objects through the whole parse of a long
	// draft, and the garbage collector would copy them all, more than once, for nothing. The slots are plain
	// arrays: a typed array of this size gets a backing store outside the heap, which costs more to make and to
	// collect than the array, and every parse makes its own.
	private readonly viewStarts: number[] = new Array<number>(VIEW_SLOTS).fill(-1);
	private readonly views: TextView[] = new Array<TextView>(VIEW_SLOTS);
	/** What markupStarts said of the text of the line in each slot. */
	private readonly markup: number[] = new Array<number>(VIEW_SLOTS).fill(0);
	private readonly scanner: MarkupScanner;

	/** `headLines`: the lines at the top of the document that the heading may read (parser/header.ts headLines). */
	constructor(readonly text: string, readonly headLines: readonly SourceLine[], public language: DocumentLanguage) {
		this.scanner = new MarkupScanner(text);
	}

	/** The clean view of one line. */
	clean(span: Span): TextView {
		const slot = span.start % VIEW_SLOTS;
		let view = this.views[slot];
		if (this.viewStarts[slot] !== span.start || view.sourceOffset(view.text.length) !== span.end) {
			const text = this.text.slice(span.start, span.end);
			const found = this.scanner.starts(span.start, span.end);
			view = TextView.ofPiece(this.text, span, text, found);
			this.viewStarts[slot] = span.start;
			this.views[slot] = view;
			this.markup[slot] = found;
		}
		return view;
	}

	/**
	 * The clean view of the pieces of some lines: `pieces[0]` the tail of the first line from its clean offset
	 * `from` (as the body reader cuts it), the others whole lines. It is made of the views of the lines, which the
	 * parser has read already, so that their Markdown is not read a second time; it equals TextView.of(pieces).
	 */
	viewOfLines(lines: readonly SourceLine[], from: number, pieces: readonly Span[]): TextView {
		const line = lines[0].span;
		const first = this.clean(line).tail(this.text, line, from, this.markup[line.start % VIEW_SLOTS], pieces[0].start);
		if (lines.length === 1) {
			return first;
		}
		const views = [first];
		for (let index = 1; index < lines.length; index++) {
			views.push(this.clean(lines[index].span));
		}
		return TextView.joined(views, pieces);
	}

	/** The trimmed clean text of a source range, with the source span of what remains after trimming. */
	node(span: Span): TextNode {
		return nodeOf(this.clean(span));
	}

	/** Maps a date found in the clean view of `span` back to source offsets. */
	mapDate(span: Span, date: DateNode): DateNode {
		const { start, end } = this.clean(span).sourceSpan(date.span.start, date.span.end);
		return new ParsedDate(date.text, start, end, date.iso);
	}

	unclassified(node: TextNode, reason: string): void {
		this.unclassifiedBlocks.push({ ...node, reason });
		this.problems.push({ code: 'parse.unclassified', message: `Not recognized as part of a resolution: ${reason}.`, span: node.span });
	}

	/** True for a line that can only be part of the body: a numbered or lettered paragraph, or one opening with a verb. */
	looksLikeBody(line: SourceLine): boolean {
		const text = this.clean(line.span).text.trim();
		const start = classifyLine(text);
		if (start.kind === 'operative' || start.kind === 'label') {
			return true;
		}
		// The closing mark is tested before the opener is looked for: most heading lines end with none.
		return start.kind === 'text' && /[,，،;；؛]$/.test(text) && matchOpener(text, this.language)?.known === true;
	}
}

/** The trimmed text of a view and the source span it covers. */
export function nodeOf(view: TextView, from = 0): TextNode {
	const start = skipWhiteSpace(view.text, Math.min(from, view.text.length));
	const end = skipWhiteSpaceBack(view.text, view.text.length, start);
	return { text: view.text.slice(start, end), span: view.sourceSpan(start, end) };
}
