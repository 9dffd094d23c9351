import { isWhiteSpace } from './whitespace';

/**
 * Character tests by UTF-16 code, for scanners that read text one code at a time: comparing a code costs nothing,
 * where a pattern or a one-character string per test allocates or enters the pattern engine.
 */

/** True for the ASCII digits 0–9, the digits of every number the parser and the citation finder read. */
export function isAsciiDigit(code: number): boolean {
	return code >= 0x30 && code <= 0x39;
}

/** True for the ASCII capitals A–Z, which open document symbols and lettered parts of resolution numbers. */
export function isAsciiCapital(code: number): boolean {
	return code >= 0x41 && code <= 0x5a;
}

/** The end of the run of ASCII digits that starts at `offset` (`offset` itself when none does). */
export function asciiDigitsEnd(text: string, offset: number): number {
	let end = offset;
	while (isAsciiDigit(text.charCodeAt(end))) {
		end++;
	}
	return end;
}

/** True for the superscript digits ⁰ to ⁹, the footnote markers of texts extracted from print. */
export function isSuperscriptDigit(code: number): boolean {
	return code === 0xb9 || code === 0xb2 || code === 0xb3 || code === 0x2070 || (code >= 0x2074 && code <= 0x2079);
}

/**
 * True for what may stand after the punctuation that ends a paragraph ("issue,¹ "): white space (as `\s` counts
 * it), the emphasis marks "*" and "_", superscript digits and the parentheses "⁽" and "⁾" of footnote markers.
 */
export function isTrailingMark(code: number): boolean {
	return isWhiteSpace(code) || code === 42 || code === 95 || isSuperscriptDigit(code) || code === 0x207d || code === 0x207e;
}
