import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import type { Header, OperativeParagraph, ParagraphBase, Resolution, Span, SubParagraph, TextNode } from '../../model/types';
import { clampInside, extentOf } from '../structure';
import { excerpt } from './excerpt';
import type { StructureKind, StructureNode, StructureResult } from './protocol';

type Positions = Pick<TextDocument, 'uri' | 'version' | 'positionAt'>;

/**
 * The Resolution Structure view's tree: the heading's parts, the preamble with each paragraph named by its opening
 * phrase, the operative part (sections as containers) with sub-paragraphs, the footnotes, the closing formula and
 * whatever the parser could not place. Groups carry no label: the client names them in the UI language, while
 * everything taken from the draft stays in the draft's language.
 */
export function buildStructure(resolution: Resolution, document: Positions): StructureResult {
	const range = (span: Span): Range => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) });
	const node = (kind: StructureKind, label: string, span: Span, selection = span, children: StructureNode[] = [], detail?: string): StructureNode =>
		({ kind, label, ...(detail ? { detail } : {}), range: range(span), selectionRange: range(clampInside(selection, span)), children });
	const group = (kind: StructureKind, children: StructureNode[]): StructureNode[] => children.length === 0 ? [] : [{
		kind, label: '', detail: String(children.length),
		range: { start: children[0].range.start, end: children[children.length - 1].range.end },
		selectionRange: { start: children[0].range.start, end: children[0].range.start }, children,
	}];

	const subParagraphs = (list: readonly SubParagraph[]): StructureNode[] => list.map(sub =>
		node('subParagraph', sub.label, extentOf(sub), sub.labelSpan, subParagraphs(sub.children), excerpt(sub.body.text)));
	const paragraph = (kind: StructureKind, item: ParagraphBase, label: string, selection: Span): StructureNode =>
		node(kind, label, extentOf(item), selection, subParagraphs(item.subParagraphs), excerpt(item.body.text));
	const operative = (item: OperativeParagraph): StructureNode => ({
		...paragraph('operative', item, operativeLabel(item), item.numberSpan ?? item.opener?.span ?? item.span),
		...(item.number !== undefined ? { number: item.number } : {}),
	});

	const nodes: StructureNode[] = [
		...group('heading', headingNodes(resolution.header).map(([kind, text]) => node(kind, excerpt(text.text), text.span))),
		...group('preamble', resolution.preamble.map(item => paragraph('preambular', item, openerLabel(item), item.opener?.span ?? item.span))),
		...group('operativePart', withSections(resolution, operative, (label, span, children) => node('section', label, span, span, children))),
		...group('footnotes', resolution.footnotes.map(footnote =>
			node('footnote', String(footnote.number), footnote.span, footnote.labelSpan, [], excerpt(footnote.text.text)))),
	];
	const { closing } = resolution;
	if (closing) {
		nodes.push(node('closing', '', closing.span, closing.span, [], [closing.meeting?.text, closing.date?.text].filter(Boolean).join(' · ')));
	}
	nodes.push(...resolution.unclassified.map(block => node('unclassified', excerpt(block.text), block.span, block.span, [], block.reason)));
	return {
		uri: document.uri,
		version: document.version,
		language: resolution.language,
		organ: resolution.organ,
		counts: { preamble: resolution.preamble.length, operative: resolution.operative.length, footnotes: resolution.footnotes.length },
		nodes: nodes.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character),
	};
}

function headingNodes(header: Header): Array<[StructureKind, TextNode]> {
	const title: TextNode | undefined = header.number && header.title
		? { text: `${header.number.text} ${header.title.text}`, span: { start: header.number.span.start, end: header.title.span.end } }
		: header.number ?? header.title;
	const items: Array<[StructureKind, TextNode | undefined]> = [
		['symbol', header.masthead?.symbol],
		['session', header.session],
		['agendaItem', header.agendaItems[0]],
		['adoption', header.adoption],
		['origin', header.origin],
		['title', title],
		['organLine', header.organLine],
	];
	return items.filter((item): item is [StructureKind, TextNode] => item[1] !== undefined);
}

type SectionFactory = (label: string, span: Span, children: StructureNode[]) => StructureNode;

// Paragraphs of a lettered part or a section sit inside that section's node; the others stand at the top.
function withSections(resolution: Resolution, toNode: (item: OperativeParagraph) => StructureNode, section: SectionFactory): StructureNode[] {
	const members = resolution.sections.map(() => [] as OperativeParagraph[]);
	const top: Array<{ start: number; node: StructureNode }> = [];
	for (const item of resolution.operative) {
		if (item.section !== undefined && members[item.section]) {
			members[item.section].push(item);
		} else {
			top.push({ start: item.span.start, node: toNode(item) });
		}
	}
	resolution.sections.forEach((part, index) => {
		const end = Math.max(part.span.end, ...members[index].map(item => extentOf(item).end));
		const label = excerpt(`${part.label}${part.title ? ` ${part.title.text}` : ''}`);
		top.push({ start: part.span.start, node: section(label, { start: part.span.start, end }, members[index].map(toNode)) });
	});
	return top.sort((a, b) => a.start - b.start).map(entry => entry.node);
}

function openerLabel(item: ParagraphBase): string {
	return item.opener?.canonical ?? excerpt(item.body.text, 24);
}

function operativeLabel(item: OperativeParagraph): string {
	const number = item.number !== undefined ? `${item.number}${item.suffix ? ` ${item.suffix}` : ''}. ` : '';
	return `${number}${openerLabel(item)}`;
}
