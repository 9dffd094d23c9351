import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import { parseResolution, type Resolution } from '../../server/src/languageService';
import { fixture, type Fixture } from './fixture';

/** A fixture parsed and wrapped in a document, with the cursor as an LSP position, for navigation features. */
export interface NavigationFixture extends Fixture {
	resolution: Resolution;
	document: TextDocument;
	position: Position;
}

export function navigationFixture(source: string, uri = 'file:///workspace/draft.txt'): NavigationFixture {
	const parsed = fixture(source);
	const document = TextDocument.create(uri, 'un-resolution', 1, parsed.text);
	return {
		...parsed,
		resolution: parseResolution(parsed.text),
		document,
		position: document.positionAt(parsed.cursor ?? 0),
	};
}

export interface CursorOptions {
	/** Which match of the needle, from 0. */
	occurrence?: number;
	/** How many characters after the start of the match the cursor stands. */
	shift?: number;
	uri?: string;
}

/** A real text (from the corpus or the examples) with the cursor placed on a match of `needle`. */
export function textWithCursor(text: string, needle: string, options: CursorOptions = {}): NavigationFixture {
	let offset = -1;
	for (let i = 0; i <= (options.occurrence ?? 0); i++) {
		offset = text.indexOf(needle, offset + 1);
		if (offset < 0) {
			throw new Error(`textWithCursor: "${needle}" occurs fewer than ${(options.occurrence ?? 0) + 1} times`);
		}
	}
	const cursor = offset + (options.shift ?? 0);
	const document = TextDocument.create(options.uri ?? 'file:///workspace/text.txt', 'un-resolution', 1, text);
	return { text, ranges: [], cursor, resolution: parseResolution(text), document, position: document.positionAt(cursor) };
}

/** The text a range of the document covers. */
export function rangeText(document: TextDocument, range: { start: Position; end: Position }): string {
	return document.getText(range);
}
