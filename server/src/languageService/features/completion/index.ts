import type { Position, TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, CompletionList, Range } from 'vscode-languageserver-types';
import type { Resolution, Span } from '../../model/types';
import { draftCitationSource, resolutionItems, symbolItems, type CitationSource } from './citations';
import { classifyCompletion, type CompletionTrigger, type ParagraphStart } from './context';
import { footnoteMarkerItems, missingFootnoteTextItems } from './footnotes';
import { labelItems } from './labels';
import { openerItems } from './openers';

export type { CitableDocument, CitationSource } from './citations';
export { TRIGGER_CHARACTERS, type CompletionTrigger } from './context';

export interface CompletionOptions {
	trigger?: CompletionTrigger;
	/** A catalogue of resolutions and symbols to offer beside those the draft cites (issue 4). */
	citationSource?: CitationSource;
}

/**
 * Completion at a position: opening phrases at the start of a paragraph, the next paragraph number, the next
 * sub-paragraph label, resolution numbers and document symbols, and footnote markers. Every item carries
 * documentation; nothing is offered over running text unless the drafter asks.
 */
export function getCompletions(resolution: Resolution, document: TextDocument, position: Position, options: CompletionOptions = {}): CompletionList {
	const offset = document.offsetAt(position);
	const situation = classifyCompletion(resolution, offset, options.trigger ?? { invoked: true });
	const range = (span: Span): Range => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) });
	const sources = [draftCitationSource(resolution), ...(options.citationSource ? [options.citationSource] : [])];
	let items: CompletionItem[];
	switch (situation.kind) {
		case 'paragraph-start':
			items = paragraphStartItems(resolution, situation, range(situation.replace));
			break;
		case 'resolution-number': {
			const typed = resolution.text.slice(situation.replace.start, situation.replace.end);
			items = resolutionItems(sources.flatMap(source => source.resolutions(typed, resolution.organ)), range(situation.replace), situation.chineseSpacing);
			break;
		}
		case 'symbol':
			items = symbolItems(sources.flatMap(source => source.symbols(situation.typed)), range(situation.replace));
			break;
		case 'footnote-marker':
			items = footnoteMarkerItems(resolution, range(situation.replace), situation.markdown);
			break;
		default:
			items = [];
	}
	return { isIncomplete: false, items };
}

function paragraphStartItems(resolution: Resolution, situation: ParagraphStart, replace: Range): CompletionItem[] {
	const items = labelItems(resolution, situation.previousNode, replace);
	const previous = situation.previousOpener?.canonical;
	if (situation.part !== 'operative') {
		items.push(...openerItems({ resolution, part: 'preambular', replace, previousOpener: previous, group: 1 }));
	}
	if (situation.part !== 'preambular') {
		const group = situation.part === 'either' ? 2 : 1;
		const previousOperative = situation.part === 'operative' ? previous : undefined;
		items.push(...openerItems({ resolution, part: 'operative', replace, insertNumber: situation.insertNumber, previousOpener: previousOperative, group }));
	}
	if (situation.afterOperativePart) {
		items.push(...missingFootnoteTextItems(resolution, replace, 3));
	}
	return items;
}
