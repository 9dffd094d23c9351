import { CompletionItemKind, MarkupKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import type { Resolution } from '../../model/types';
import { rewriteNumber } from '../renumbering/digits';

/** How the draft writes its markers ("¹", "⁽¹⁾", "[^1]"), from its first marker or its language. */
function markerModel(resolution: Resolution, markdown: boolean): string {
	if (markdown) {
		return '[^1]';
	}
	const first = resolution.markers[0];
	if (first) {
		return resolution.text.slice(first.span.start, first.span.end);
	}
	return resolution.language === 'ar' ? '⁽¹⁾' : '¹';
}

/** Footnote markers at the cursor: a new footnote with the next free number, then every existing one. */
export function footnoteMarkerItems(resolution: Resolution, replace: Range, markdown: boolean): CompletionItem[] {
	const model = markerModel(resolution, markdown);
	const used = [...resolution.markers.map(marker => marker.number), ...resolution.footnotes.map(footnote => footnote.number)];
	const next = Math.max(0, ...used) + 1;
	const newMarker: CompletionItem = {
		label: rewriteNumber(model, next),
		kind: CompletionItemKind.Reference,
		detail: `new footnote ${next}`,
		documentation: {
			kind: MarkupKind.Markdown,
			value: `A new footnote, number ${next}: the next free number. Write its text after the last footnote, starting with the same marker.`,
		},
		sortText: '0',
		textEdit: { range: replace, newText: rewriteNumber(model, next) },
	};
	const seen = new Set<number>();
	const existing = resolution.footnotes.filter(footnote => !seen.has(footnote.number) && seen.add(footnote.number)).map(footnote => {
		const marker = rewriteNumber(model, footnote.number);
		const cited = footnote.references.length;
		return {
			label: marker,
			kind: CompletionItemKind.Reference,
			detail: `footnote ${footnote.number}${cited > 0 ? `, cited ${cited === 1 ? 'once' : `${cited} times`}` : ', not cited yet'}`,
			documentation: { kind: MarkupKind.PlainText, value: footnote.text.text },
			sortText: `1${String(footnote.number).padStart(4, '0')}`,
			textEdit: { range: replace, newText: marker },
		};
	});
	return [newMarker, ...existing];
}

/** At the start of a line after the operative part: the texts still missing for markers that have none. */
export function missingFootnoteTextItems(resolution: Resolution, replace: Range, group: number): CompletionItem[] {
	const defined = new Set(resolution.footnotes.map(footnote => footnote.number));
	const model = resolution.footnotes[0]
		? resolution.text.slice(resolution.footnotes[0].labelSpan.start, resolution.footnotes[0].labelSpan.end)
		: markerModel(resolution, false);
	const missing = [...new Set(resolution.markers.map(marker => marker.number))].filter(number => !defined.has(number));
	return missing.map(number => ({
		label: rewriteNumber(model, number),
		kind: CompletionItemKind.Reference,
		detail: `text of footnote ${number}`,
		documentation: { kind: MarkupKind.Markdown, value: `Footnote ${number} is cited in the text but has no footnote text yet.` },
		sortText: `${group}${String(number).padStart(4, '0')}`,
		textEdit: { range: replace, newText: `${rewriteNumber(model, number)} ` },
	}));
}
