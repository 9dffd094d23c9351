import type { Resolution } from '../../model/types';
import { forEachBodyNode } from '../../parser/walk';
import type { TextView } from '../../text/textView';
import { viewOfNode } from '../../text/views';
import { DiagnosticCode } from '../codes';
import type { Finding, Rule } from '../types';
import { SourceCharacters } from './sourceCharacters';

/**
 * `draft.leftover`: "alternative versions of a paragraph under negotiation go in square brackets, numbered bis,
 * ter …; brackets are removed on agreement" (Editorial Manual, "Paragraphs and subparagraphs"; drafting-rules.md
 * R31). Brackets, "[…]" and inserted paragraphs left in a text are reported as information, since a draft under
 * negotiation has them by design. The clean text is read, so Markdown links "[70/299](#)" and footnote references
 * "[^1]" are not brackets here.
 */
export const draftLeftoverRules: Rule = ({ resolution }) => {
	const { text } = resolution;
	const findings = insertedParagraphs(resolution);
	// Only the clean views of paragraphs whose source holds a bracket are read; most paragraphs hold none, and
	// most drafts hold none after the heading (whose origin line is bracketed), where every paragraph lies: one
	// search of that stretch then spares the walk of every node, which on a long draft costs as much as a search.
	const brackets = new SourceCharacters(text, ['[', ']']);
	if (!brackets.inSpan(resolution.header.span?.end ?? 0, text.length)) {
		return findings;
	}
	forEachBodyNode(resolution, node => {
		if (brackets.inPieces(node.pieces)) {
			findings.push(...bracketFindings(text, viewOfNode(text, node)));
		}
	});
	return findings;
};

function insertedParagraphs(resolution: Resolution): Finding[] {
	return resolution.operative.filter(paragraph => paragraph.suffix && paragraph.numberSpan).map(paragraph => ({
		code: DiagnosticCode.DraftLeftover,
		message: `Paragraph ${paragraph.number} ${paragraph.suffix} was inserted during negotiations; number it in sequence once the text is agreed.`,
		span: paragraph.numberSpan!,
	}));
}

const ELLIPSIS = /^(?:…|\.{3})$/;
// Alternatives stand side by side ("[shall][should]") or are separated by a slash inside one pair ("[shall/should]").
const ALTERNATIVES = /^[^\s/]+(?:\s[^\s/]+)?\/[^\s/]+(?:\s[^\s/]+)?$/;

/** One finding per outermost bracket pair, and one for each bracket left without its partner. */
function bracketFindings(source: string, view: TextView): Finding[] {
	const findings: Finding[] = [];
	const text = view.text;
	const open: number[] = [];
	// By character code: the loop reads every character of each paragraph that holds a bracket or a link.
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === 0x5B) {
			open.push(index);
		} else if (code === 0x5D) {
			const start = open.pop();
			if (start === undefined) {
				findings.push(loneBracket(view, index, 'closing'));
			} else if (open.length === 0) {
				findings.push(bracketPair(source, view, start, index));
			}
		}
	}
	if (open.length > 0) {
		findings.push(loneBracket(view, open[0], 'opening'));
	}
	return findings;
}

function bracketPair(source: string, view: TextView, start: number, end: number): Finding {
	const inner = view.text.slice(start + 1, end).trim();
	const span = view.sourceSpan(start, end + 1);
	if (ELLIPSIS.test(inner)) {
		return { code: DiagnosticCode.DraftLeftover, message: 'A "[…]" marks text still to be drafted.', span };
	}
	const sideBySide = view.text[end + 1] === '[' || view.text[start - 1] === ']';
	if (sideBySide || ALTERNATIVES.test(inner)) {
		return { code: DiagnosticCode.DraftLeftover, message: `Bracketed alternatives "[${inner}]" are still open; keep the agreed wording only.`, span };
	}
	// Everything between the two brackets in the source is kept, line breaks and Markdown included: the clean offset
	// after "[" maps past a line break that follows it, which would join two lines.
	const kept = source.slice(span.start + 1, span.end - 1);
	return {
		code: DiagnosticCode.DraftLeftover,
		message: `"[${inner}]" is in negotiation brackets; remove the brackets once the wording is agreed.`,
		span,
		fixes: [{ fix: 'replace', span, text: kept, title: 'Keep the text and remove the brackets' }],
	};
}

function loneBracket(view: TextView, index: number, which: 'opening' | 'closing'): Finding {
	return {
		code: DiagnosticCode.DraftLeftover,
		message: `${which === 'opening' ? 'An opening' : 'A closing'} negotiation bracket has no partner in this paragraph.`,
		span: view.sourceSpan(index, index + 1),
	};
}
