import type { Footnote, ParagraphBase, Resolution, SubParagraph } from '../model/types';
import { LineIndex, splitLines } from '../text/lines';
import { ORGAN_NAMES } from '../vocabulary/organs';
import { subParagraphDepth } from './structure';

/** A sub-paragraph in the outline: its label, its 1-based line, its own sub-paragraphs. */
export interface OutlineSubParagraph {
	label: string;
	line: number;
	children: OutlineSubParagraph[];
}

/**
 * The structure of one resolution as plain data, with 1-based line numbers: what `resolution-lint --outline`
 * prints, and what the corpus tests compare with the hand counts.
 */
export interface Outline {
	file: string;
	language: string;
	header: {
		session: number | null;
		agendaItems: string[];
		adoptionDate: string | null;
		origin: string | null;
		reportSymbols: string[];
		number: string | null;
		title: string | null;
		organ: string | null;
	};
	preamble: Array<{ line: number; verb: string | null }>;
	operative: Array<{ number: number | null; line: number; verb: string | null; section?: string; children: OutlineSubParagraph[] }>;
	sections: Array<{ label: string; title: string | null; line: number }>;
	footnotes: Array<{ number: number; line: number; references: number[] }>;
	citations: Array<{ kind: string; text: string; line: number; symbol?: string; date?: string }>;
	closing: { meeting: number | null; date: string | null } | null;
	artefacts: Array<{ line: number; text: string }>;
	unclassified: Array<{ line: number; text: string; reason: string }>;
	counts: { preamble: number; operative: number; depth: number; footnotes: number; markers: number };
}

/** Turns a parsed resolution into its {@link Outline}. */
export function buildOutline(resolution: Resolution, file: string): Outline {
	const lines = new LineIndex(splitLines(resolution.text));
	const lineOf = (offset: number) => lines.lineAt(offset) + 1;
	const { header } = resolution;
	const verb = (paragraph: ParagraphBase) => paragraph.opener?.canonical ?? null;
	const subParagraphs = (list: readonly SubParagraph[]): OutlineSubParagraph[] =>
		list.map(sub => ({ label: sub.label, line: lineOf(sub.span.start), children: subParagraphs(sub.children) }));
	return {
		file,
		language: resolution.language,
		header: {
			session: header.session?.number ?? null,
			agendaItems: header.agendaItems.map(item => item.text),
			adoptionDate: header.adoption?.date?.iso ?? null,
			origin: header.origin?.text ?? null,
			reportSymbols: header.origin?.reportSymbols.map(symbol => symbol.text) ?? [],
			number: header.number?.text ?? null,
			title: header.title?.text ?? null,
			organ: resolution.organ === 'unknown' ? null : ORGAN_NAMES[resolution.organ],
		},
		preamble: resolution.preamble.map(paragraph => ({ line: lineOf(paragraph.span.start), verb: verb(paragraph) })),
		operative: resolution.operative.map(paragraph => ({
			number: paragraph.number ?? null,
			line: lineOf(paragraph.span.start),
			verb: verb(paragraph),
			...(paragraph.section !== undefined ? { section: resolution.sections[paragraph.section].label } : {}),
			children: subParagraphs(paragraph.subParagraphs),
		})),
		sections: resolution.sections.map(section => ({ label: section.label, title: section.title?.text ?? null, line: lineOf(section.span.start) })),
		footnotes: resolution.footnotes.map((footnote: Footnote) => ({
			number: footnote.number,
			line: lineOf(footnote.span.start),
			references: footnote.references.map(marker => lineOf(marker.span.start)),
		})),
		citations: resolution.citations.map(citation => ({
			kind: citation.kind,
			text: citation.text,
			line: lineOf(citation.span.start),
			...(citation.symbol ? { symbol: citation.symbol } : {}),
			...(citation.date ? { date: citation.date.iso } : {}),
		})),
		closing: resolution.closing
			? { meeting: resolution.closing.meeting?.number ?? null, date: resolution.closing.date?.iso ?? null }
			: null,
		artefacts: resolution.artefacts.map(artefact => ({ line: lineOf(artefact.span.start), text: artefact.text })),
		unclassified: resolution.unclassified.map(block => ({ line: lineOf(block.span.start), text: block.text, reason: block.reason })),
		counts: {
			preamble: resolution.preamble.length,
			operative: resolution.operative.length,
			depth: subParagraphDepth(resolution),
			footnotes: resolution.footnotes.length,
			markers: resolution.markers.length,
		},
	};
}

/** A human-readable rendering of an outline, for the terminal. */
export function formatOutlineText(outline: Outline): string {
	const out: string[] = [];
	const { header, counts } = outline;
	out.push(`${outline.file} — ${[header.organ, outline.language].filter(Boolean).join(', ')}`);
	const heading = [
		header.number && `${header.number}${header.title ? ` ${header.title}` : ''}`,
		header.session !== null && `session ${header.session}`,
		header.agendaItems.length > 0 && `agenda item ${header.agendaItems.join(', ')}`,
		header.adoptionDate && `adopted ${header.adoptionDate}`,
		header.reportSymbols.length > 0 && `report ${header.reportSymbols.join(', ')}`,
	].filter(Boolean);
	if (heading.length > 0) {
		out.push(`  Heading: ${heading.join(' · ')}`);
	}
	out.push(`  Preamble: ${counts.preamble} paragraphs`);
	for (const paragraph of outline.preamble) {
		out.push(`    ${pad(paragraph.line)}  ${paragraph.verb ?? '(no opening verb)'}`);
	}
	out.push(`  Operative part: ${counts.operative} paragraphs, sub-paragraph depth ${counts.depth}`);
	const sections = [...outline.sections];
	for (const paragraph of outline.operative) {
		while (sections.length > 0 && sections[0].line < paragraph.line) {
			const section = sections.shift()!;
			out.push(`    ${pad(section.line)}  ${section.label}${section.title ? ` ${section.title}` : ''}`);
		}
		out.push(`    ${pad(paragraph.line)}  ${paragraph.number ?? '—'}. ${paragraph.verb ?? '(no opening verb)'}`);
		pushSubParagraphs(out, paragraph.children, 1);
	}
	out.push(`  Footnotes: ${counts.footnotes} texts, ${counts.markers} markers`);
	for (const footnote of outline.footnotes) {
		const cited = footnote.references.length > 0 ? `cited on line ${footnote.references.join(', ')}` : 'never cited';
		out.push(`    ${pad(footnote.line)}  ${footnote.number}: ${cited}`);
	}
	out.push(`  Citations: ${outline.citations.length}`);
	if (outline.closing) {
		out.push(`  Closing: meeting ${outline.closing.meeting ?? '?'}, ${outline.closing.date ?? 'no date'}`);
	}
	for (const artefact of outline.artefacts) {
		out.push(`  Word field error on line ${artefact.line}: ${artefact.text}`);
	}
	for (const block of outline.unclassified) {
		out.push(`  Unclassified on line ${block.line}: ${block.reason}`);
	}
	return out.join('\n') + '\n';
}

function pushSubParagraphs(out: string[], children: readonly OutlineSubParagraph[], depth: number): void {
	for (const child of children) {
		out.push(`    ${pad(child.line)}  ${'  '.repeat(depth)}${child.label}`);
		pushSubParagraphs(out, child.children, depth + 1);
	}
}

function pad(line: number): string {
	return String(line).padStart(5);
}
