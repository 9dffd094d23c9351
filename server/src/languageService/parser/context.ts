import type { DateNode, DocumentLanguage, ParseProblem, Span, TextNode, UnclassifiedBlock } from '../model/types';
import type { SourceLine } from '../text/lines';
import { TextView } from '../text/textView';
import { skipWhiteSpace, skipWhiteSpaceBack } from '../text/whitespace';
import { classifyLine } from './lineKinds';
import { matchOpener } from './opener';

/** What the stages of the parser share while reading one document. */
export class ParseContext {
	readonly unclassifiedBlocks: UnclassifiedBlock[] = [];
	readonly problems: ParseProblem[] = [];
	private readonly views = new Map<number, TextView>();

	constructor(readonly text: string, readonly lines: readonly SourceLine[], public language: DocumentLanguage) {}

	/** The clean view of one line (cached: stages read the same lines more than once). */
	clean(span: Span): TextView {
		let view = this.views.get(span.start);
		if (!view || view.sourceOffset(view.text.length) !== span.end) {
			view = TextView.of(this.text, [span]);
			this.views.set(span.start, view);
		}
		return view;
	}

	/** The trimmed clean text of a source range, with the source span of what remains after trimming. */
	node(span: Span): TextNode {
		return nodeOf(this.clean(span));
	}

	/** Maps a date found in the clean view of `span` back to source offsets. */
	mapDate(span: Span, date: DateNode): DateNode {
		return { ...date, span: this.clean(span).sourceSpan(date.span.start, date.span.end) };
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
		return start.kind === 'text' && matchOpener(text, this.language)?.known === true && /[,，،;；؛]$/.test(text);
	}
}

/** The trimmed text of a view and the source span it covers. */
export function nodeOf(view: TextView, from = 0): TextNode {
	const start = skipWhiteSpace(view.text, Math.min(from, view.text.length));
	const end = skipWhiteSpaceBack(view.text, view.text.length, start);
	return { text: view.text.slice(start, end), span: view.sourceSpan(start, end) };
}
