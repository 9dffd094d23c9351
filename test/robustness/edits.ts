import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import type { Random } from './random';

/** One incremental change as an editor sends it in `textDocument/didChange`. */
export interface RangeChange {
	range: Range;
	text: string;
}

/** What a drafter types or pastes: words, CJK, astral characters, line breaks of each kind, numbering, markers. */
const TYPED = [
	'a', 'e', ' ', ',', ';', '.', 'Recalling ', 'Decides', ' the ', 'resolution 70/1', 'A/73/535', '1. ', '(a) ', '(ii) ',
	'\n', '\n\n', '\r\n', '\r\n\r\n', '¹', '²³', '[^4]', '大会，', '回顾', '决定', '；', '。', '𠀀', '😀', '👍🏽', 'é', '\u0301',
	'Постановляет', 'إن الجمعية العامة،', '\t', '«', '»', '**', '[', ']', '\ufeff',
];

/**
 * Offsets an editor can address: never between the halves of a surrogate pair, nor between the CR and the LF of a
 * CRLF, since the protocol has no positions there. The offset is moved back to the nearest such boundary.
 */
function boundary(text: string, offset: number): number {
	const code = text.charCodeAt(offset);
	const previous = text.charCodeAt(offset - 1);
	const insidePair = code >= 0xdc00 && code <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff;
	const insideCrlf = code === 0x0a && previous === 0x0d;
	return insidePair || insideCrlf ? offset - 1 : offset;
}

/**
 * A random edit of the document: an insertion of typed or pasted text, a deletion, or a replacement, each
 * sometimes spanning several lines. `paste` is text to copy from (the seed draft), for whole paragraphs.
 */
export function randomChange(random: Random, document: TextDocument, paste: string): RangeChange {
	const text = document.getText();
	const start = boundary(text, random.int(text.length + 1));
	const roll = random.next();
	// Short edits mostly, as typing is; now and then a long one, as selecting and cutting a few lines is.
	const length = roll < 0.35 ? 0 : random.chance(0.85) ? random.between(1, 8) : random.between(9, 400);
	const end = boundary(text, Math.min(text.length, start + length));
	let inserted = '';
	if (roll < 0.35 || (roll > 0.7 && roll < 0.95)) {
		inserted = random.chance(0.9) ? random.pick(TYPED) : pasteFrom(random, paste);
	}
	return { range: { start: document.positionAt(start), end: document.positionAt(Math.max(start, end)) }, text: inserted };
}

function pasteFrom(random: Random, paste: string): string {
	const start = random.int(paste.length);
	return paste.slice(start, start + random.between(1, 300)).replace(/^[\udc00-\udfff]|[\ud800-\udbff]$/g, '');
}
