import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Footnote, Header, OperativeParagraph, ParagraphBase, Resolution, Section, Span, SubParagraph, TextNode } from '../../model/types';
import { LineIndex, splitLines, type SourceLine } from '../../text/lines';
import type { PreviewResult } from '../views/protocol';
import { escapeHtml, InlineRenderer } from './inline';

type Positions = Pick<TextDocument, 'uri' | 'version'>;

/** A block of the preview with the source offset it starts at, so that blocks can be put in the draft's order. */
interface Block {
	start: number;
	html: string;
}

/**
 * The draft as the United Nations prints it, as an HTML fragment for the preview: the heading, the organ line, the
 * preambular paragraphs with their opening phrases in italics, numbered operative paragraphs with hanging
 * indentation, sub-paragraphs indented by level, sections, the closing formula and the footnotes at the bottom of
 * the page. Every block carries `data-line`, the zero-based source line it starts on, for scroll synchronisation.
 * All text from the draft is escaped; the fragment contains no script, style or remote resource.
 */
export function renderPreview(resolution: Resolution, document: Positions): PreviewResult {
	const sourceLines = splitLines(resolution.text);
	const lines = new LineIndex(sourceLines);
	const inline = new InlineRenderer(resolution);
	const line = (span: Span) => lines.lineAt(span.start);
	const block = (tag: string, className: string, span: Span, inner: string, extra = ''): Block =>
		({ start: span.start, html: `<${tag} class="${className}" data-line="${line(span)}"${extra}>${inner}</${tag}>` });
	const text = (node: TextNode) => inline.render([node.span]);

	const subParagraphs = (list: readonly SubParagraph[]): string => list.length === 0 ? '' : `<div class="subparagraphs">${list.map(sub =>
		block('div', `subparagraph level-${sub.level}`, sub.span,
			`<span class="label">${escapeHtml(sub.label)}</span><div class="text">${inline.render(sub.pieces, undefined, sub.body)}${subParagraphs(sub.children)}</div>`).html).join('')}</div>`;
	const body = (paragraph: ParagraphBase) => inline.render(paragraph.pieces, paragraph.opener?.span, paragraph.body) + subParagraphs(paragraph.subParagraphs);
	const operative = (paragraph: OperativeParagraph): Block => block('div', 'operative', paragraph.span,
		`<span class="number">${escapeHtml(operativeNumber(paragraph))}</span><div class="text">${body(paragraph)}</div>`);
	const section = (part: Section): Block => block('h2', `section ${part.kind}`, part.span,
		escapeHtml(part.label) + (part.title ? ` <span class="section-title">${text(part.title)}</span>` : ''));
	const footnote = (note: Footnote, index: number, all: readonly Footnote[]): string => {
		const first = all.findIndex(other => other.number === note.number) === index;
		return block('p', 'footnote', note.span,
			`<span class="footnote-label">${note.number}</span> ${inline.render([note.text.span])}`, first ? ` id="fn-${note.number}"` : '').html;
	};

	const { header, closing } = resolution;
	const blocks: Block[] = [
		...headingBlocks(header, sourceLines, block, inline),
		...resolution.preamble.map(paragraph => block('p', 'preambular', paragraph.span, body(paragraph))),
		...resolution.sections.map(section),
		...resolution.operative.map(operative),
		...resolution.unclassified.map(unplaced => block('p', 'unclassified', unplaced.span, text(unplaced))),
	];
	if (closing) {
		const closingLines = resolution.text.slice(closing.span.start, closing.span.end).split(/\r\n|\r|\n/).filter(part => part.trim());
		blocks.push(block('div', 'closing', closing.span, closingLines.map(part => `<p>${escapeHtml(part.trim())}</p>`).join('')));
	}
	const footnotes = resolution.footnotes.map(footnote).join('');
	const html = blocks.sort((a, b) => a.start - b.start).map(entry => entry.html).join('\n')
		+ (footnotes ? `\n<footer class="footnotes">${footnotes}</footer>` : '');
	return {
		uri: document.uri,
		version: document.version,
		language: resolution.language,
		dir: resolution.language === 'ar' ? 'rtl' : 'ltr',
		title: previewTitle(header),
		html: `<article class="resolution" lang="${resolution.language}" dir="${resolution.language === 'ar' ? 'rtl' : 'ltr'}">\n${html}\n</article>`,
		lineCount: lines.lineAt(resolution.text.length) + 1,
	};
}

type BlockFactory = (tag: string, className: string, span: Span, inner: string) => Block;

/**
 * The heading line by line, as typed: the parser keeps only the values of some lines ("17" of "Agenda item 17"),
 * while the preview must show all of them. Each line is styled by the part of the heading it holds.
 */
function headingBlocks(header: Header, lines: readonly SourceLine[], block: BlockFactory, inline: InlineRenderer): Block[] {
	const span = header.span;
	if (!span) {
		return [];
	}
	const parts: Array<[string, string, Span | undefined]> = [
		['masthead', 'p', header.masthead?.span],
		['session', 'p', header.session?.span],
		['adoption', 'p', header.adoption?.span],
		['origin', 'p', header.origin?.span],
		['title', 'h1', header.number || header.title ? { start: (header.number ?? header.title)!.span.start, end: (header.title ?? header.number)!.span.end } : undefined],
		['organ-line', 'p', header.organLine?.span],
	];
	return lines.filter(line => !line.blank && line.span.start >= span.start && line.span.end <= span.end).map(line => {
		const [className, tag] = parts.find(([, , part]) => part && part.start < line.span.end && part.end > line.span.start) ?? ['heading-line', 'p'];
		return block(tag, className, line.span, inline.render([line.span]));
	});
}

function operativeNumber(paragraph: OperativeParagraph): string {
	if (paragraph.number === undefined) {
		return '';
	}
	return `${paragraph.number}${paragraph.suffix ? ` ${paragraph.suffix}` : ''}.`;
}

function previewTitle(header: Header): string {
	const title = [header.number?.text, header.title?.text].filter(Boolean).join(' ');
	return title || header.organLine?.text || '';
}
