// White space exactly as String.prototype.trim and the pattern class \s count it. The parser trims many lines
// and paragraphs; finding the bounds by character codes and slicing once allocates one string instead of the
// two or three that trimStart, trimEnd and slice would.

/** True for a UTF-16 code unit that `trim` removes. */
export function isWhiteSpace(code: number): boolean {
	if (code < 0x80) {
		return code === 32 || (code >= 9 && code <= 13);
	}
	return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
		|| code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The index of the first character at or after `from` that is not white space (`end` when there is none). */
export function skipWhiteSpace(text: string, from = 0, end = text.length): number {
	let i = from;
	while (i < end && isWhiteSpace(text.charCodeAt(i))) {
		i++;
	}
	return i;
}

/** The index just after the last character before `end` that is not white space (`from` when there is none). */
export function skipWhiteSpaceBack(text: string, end = text.length, from = 0): number {
	let i = end;
	while (i > from && isWhiteSpace(text.charCodeAt(i - 1))) {
		i--;
	}
	return i;
}
