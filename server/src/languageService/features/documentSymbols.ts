import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentSymbol, SymbolKind, type Range } from 'vscode-languageserver-types';
import type { Header, OperativeParagraph, ParagraphBase, Resolution, Span, SubParagraph, TextNode } from '../model/types';
import { clampInside, extentOf } from './structure';
import { excerpt } from './views/excerpt';

// Names in the outline stay short: a paragraph is named by its opening verb, or by its first words when the
// verb is not known.
const NAME_LENGTH = 40;

/**
 * The document symbols of a resolution, for the Outline view and breadcrumbs: the heading, the preamble (each
 * paragraph named by its verb), the operative part ("1. Welcomes", sections as containers) with its
 * sub-paragraphs, the footnotes and the closing formula.
 */
export function getDocumentSymbols(resolution: Resolution, document: TextDocument): DocumentSymbol[] {
	const range = (span: Span): Range => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) });
	const symbol = (name: string, detail: string | undefined, kind: SymbolKind, span: Span, selection: Span = span, children?: DocumentSymbol[]) =>
		DocumentSymbol.create(name || '…', detail, kind, range(span), range(clampInside(selection, span)), children);
	const container = (name: string, kind: SymbolKind, children: DocumentSymbol[]) => {
		const first = children[0].range.start;
		const last = children[children.length - 1].range.end;
		return DocumentSymbol.create(name, `${children.length}`, kind, { start: first, end: last }, { start: first, end: first }, children);
	};

	const subParagraphSymbols = (list: readonly SubParagraph[]): DocumentSymbol[] => list.map(sub =>
		symbol(sub.label, shorten(sub.body.text), SymbolKind.EnumMember, extentOf(sub), sub.labelSpan, subParagraphSymbols(sub.children)));
	const paragraphSymbol = (paragraph: ParagraphBase, name: string, kind: SymbolKind, selection: Span) =>
		symbol(name, shorten(paragraph.body.text), kind, extentOf(paragraph), selection, subParagraphSymbols(paragraph.subParagraphs));

	const result: DocumentSymbol[] = [];
	const heading = headingSymbols(resolution.header, symbol);
	if (heading.length > 0) {
		result.push(container('Heading', SymbolKind.Module, heading));
	}
	const preamble = resolution.preamble.map(paragraph =>
		paragraphSymbol(paragraph, paragraphName(paragraph), SymbolKind.Property, paragraph.opener?.span ?? paragraph.span));
	if (preamble.length > 0) {
		result.push(container('Preamble', SymbolKind.Namespace, preamble));
	}
	const operative = operativeSymbols(resolution, paragraph =>
		paragraphSymbol(paragraph, operativeName(paragraph), SymbolKind.Method, paragraph.numberSpan ?? paragraph.opener?.span ?? paragraph.span),
	symbol);
	if (operative.length > 0) {
		result.push(container('Operative part', SymbolKind.Namespace, operative));
	}
	const footnotes = resolution.footnotes.map(footnote =>
		symbol(`Footnote ${footnote.number}`, shorten(footnote.text.text), SymbolKind.Field, footnote.span, footnote.labelSpan));
	if (footnotes.length > 0) {
		result.push(container('Footnotes', SymbolKind.Namespace, footnotes));
	}
	const closing = resolution.closing;
	if (closing) {
		const detail = [closing.meeting?.text, closing.date?.text].filter(Boolean).join(' · ');
		result.push(symbol('Closing', detail, SymbolKind.Event, closing.span));
	}
	return result;
}

type SymbolFactory = (name: string, detail: string | undefined, kind: SymbolKind, span: Span, selection?: Span, children?: DocumentSymbol[]) => DocumentSymbol;

function headingSymbols(header: Header, symbol: SymbolFactory): DocumentSymbol[] {
	const items: Array<[string, TextNode | undefined, SymbolKind]> = [
		['Symbol', header.masthead?.symbol, SymbolKind.Key],
		['Session', header.session, SymbolKind.Constant],
		['Agenda item', header.agendaItems[0], SymbolKind.Constant],
		['Adoption', header.adoption, SymbolKind.Event],
		['Origin', header.origin, SymbolKind.Object],
		['Title', header.number && header.title ? { text: `${header.number.text} ${header.title.text}`, span: { start: header.number.span.start, end: header.title.span.end } } : header.number, SymbolKind.String],
		['Organ', header.organLine, SymbolKind.Constructor],
	];
	return items.filter((item): item is [string, TextNode, SymbolKind] => item[1] !== undefined)
		.map(([name, node, kind]) => symbol(name, shorten(node.text), kind, node.span));
}

// Paragraphs of a lettered part or a section sit inside the section's symbol, others at the top.
function operativeSymbols(resolution: Resolution, toSymbol: (paragraph: OperativeParagraph) => DocumentSymbol, symbol: SymbolFactory): DocumentSymbol[] {
	const top: DocumentSymbol[] = [];
	const sections = resolution.sections.map(section => ({ section, children: [] as DocumentSymbol[] }));
	for (const paragraph of resolution.operative) {
		const target = paragraph.section !== undefined ? sections[paragraph.section].children : top;
		target.push(toSymbol(paragraph));
	}
	for (const { section, children } of sections) {
		const name = `${section.label}${section.title ? ` ${section.title.text}` : ''}`;
		const end = children.length > 0 ? Math.max(section.span.end, ...resolution.operative
			.filter(paragraph => paragraph.section === resolution.sections.indexOf(section))
			.map(paragraph => extentOf(paragraph).end)) : section.span.end;
		top.push(symbol(shorten(name), undefined, SymbolKind.Module, { start: section.span.start, end }, section.span, children));
	}
	return top.sort((a, b) => a.range.start.line - b.range.start.line);
}

function paragraphName(paragraph: ParagraphBase): string {
	return paragraph.opener?.canonical ?? shorten(paragraph.body.text, 24);
}

function operativeName(paragraph: OperativeParagraph): string {
	return `${paragraph.number !== undefined ? `${paragraph.number}. ` : ''}${paragraphName(paragraph)}`;
}

function shorten(text: string, length = NAME_LENGTH): string {
	return excerpt(text, length);
}
