/**
 * Character tests by UTF-16 code, for scanners that read text one code at a time: comparing a code costs nothing,
 * where a pattern or a one-character string per test allocates or enters the pattern engine.
 */

/** True for the ASCII digits 0–9, the digits of every number the parser and the citation finder read. */
export function isAsciiDigit(code: number): boolean {
	return code >= 0x30 && code <= 0x39;
}
