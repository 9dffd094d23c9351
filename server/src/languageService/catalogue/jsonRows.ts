/**
 * The rows of a JSON catalogue file with the line each starts on, so that a malformed row is reported where it
 * stands. The file is either an array of rows or an object whose "entries" member is that array; JSON.parse reads
 * the values, and a small scanner over the same text finds where each element of the rows array begins.
 */

export interface JsonRows {
	rows: Array<{ value: unknown; line: number }>;
	/** Set when the file is not JSON, or not in either accepted shape. */
	error?: { line: number; message: string };
}

export function readJsonRows(text: string): JsonRows {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		// The engine's message says where only in some Node versions, so the error is located by a scan of our own.
		const offset = firstSyntaxError(text);
		return { rows: [], error: { line: lineAt(text, offset), message: `not valid JSON (line ${lineAt(text, offset)}, near "${text.slice(offset, offset + 12).trim()}")` } };
	}
	const values = Array.isArray(parsed) ? parsed
		: isObject(parsed) && Array.isArray(parsed.entries) ? parsed.entries
			: undefined;
	if (values === undefined) {
		return { rows: [], error: { line: 1, message: 'expected an array of rows, or an object with an "entries" array' } };
	}
	const starts = elementStarts(text, Array.isArray(parsed));
	const lineOf = lineCounter(text);
	return { rows: values.map((value, index) => ({ value, line: lineOf(starts[index] ?? 0) })) };
}

/**
 * Lines of increasing offsets, counted in one pass over the text: counting from the top for each row made a
 * catalogue of a few thousand rows take seconds. An offset behind the previous one starts the count again.
 */
function lineCounter(text: string): (offset: number) => number {
	let line = 1;
	let scanned = 0;
	return offset => {
		const end = Math.min(offset, text.length);
		if (end < scanned) {
			line = 1;
			scanned = 0;
		}
		for (; scanned < end; scanned++) {
			if (text.charCodeAt(scanned) === 10) {
				line++;
			}
		}
		return line;
	};
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
	let line = 1;
	const end = Math.min(offset, text.length);
	for (let i = 0; i < end; i++) {
		if (text.charCodeAt(i) === 10) {
			line++;
		}
	}
	return line;
}

/**
 * The offsets where the elements of the rows array start: the root array's elements, or those of the array that
 * is the value of the root object's "entries" key. The text is known to be valid JSON here.
 */
function elementStarts(text: string, rootIsArray: boolean): number[] {
	const starts: number[] = [];
	const stack: string[] = [];
	// The depth of the rows array while the scan is inside it, -1 elsewhere.
	let rowsDepth = -1;
	let expectElement = false;
	let lastRootKey: string | undefined;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (char === ' ' || char === '\t' || char === '\n' || char === '\r') {
			continue;
		}
		if (expectElement && char !== ']') {
			starts.push(i);
		}
		expectElement = false;
		if (char === '"') {
			const end = stringEnd(text, i);
			if (stack.length === 1 && stack[0] === '{' && text.slice(end + 1).trimStart().startsWith(':')) {
				lastRootKey = JSON.parse(text.slice(i, end + 1)) as string;
			}
			i = end;
		} else if (char === '[' || char === '{') {
			stack.push(char);
			const opensRows = char === '[' && (rootIsArray ? stack.length === 1 : stack.length === 2 && lastRootKey === 'entries');
			if (opensRows) {
				rowsDepth = stack.length;
				expectElement = true;
			}
		} else if (char === ']' || char === '}') {
			if (stack.length === rowsDepth) {
				rowsDepth = -1;
			}
			stack.pop();
		} else if (char === ',' && stack.length === rowsDepth) {
			expectElement = true;
		}
	}
	return starts;
}

/** The offset of the closing quote of the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
	for (let i = start + 1; i < text.length; i++) {
		if (text[i] === '\\') {
			i++;
		} else if (text[i] === '"') {
			return i;
		}
	}
	return text.length - 1;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close';

/**
 * The offset of the first character that breaks the JSON grammar. A loop with an explicit stack rather than a
 * recursive descent, so that a file of ten thousand "[" cannot exhaust the call stack.
 */
function firstSyntaxError(text: string): number {
	const stack: string[] = [];
	let expect: Expect = 'value';
	let i = 0;
	while (i < text.length) {
		const char = text[i];
		if (char === ' ' || char === '\t' || char === '\n' || char === '\r') {
			i++;
			continue;
		}
		if (stack.length === 0 && expect === 'comma-or-close') {
			return i;
		}
		const atKey: boolean = expect === 'key' || expect === 'key-or-close';
		if (expect === 'colon') {
			if (char !== ':') {
				return i;
			}
			expect = 'value';
			i++;
		} else if (expect === 'comma-or-close') {
			const top = stack[stack.length - 1];
			if (char === ',') {
				expect = top === '{' ? 'key' : 'value';
			} else if ((char === ']' && top === '[') || (char === '}' && top === '{')) {
				stack.pop();
			} else {
				return i;
			}
			i++;
		} else if (char === '"') {
			const end = closingQuote(text, i);
			if (end < 0) {
				return i;
			}
			expect = atKey ? 'colon' : 'comma-or-close';
			i = end + 1;
		} else if (atKey) {
			if (char !== '}' || expect === 'key') {
				return i;
			}
			stack.pop();
			expect = 'comma-or-close';
			i++;
		} else if (char === '[' || char === '{') {
			stack.push(char);
			expect = char === '[' ? 'value-or-close' : 'key-or-close';
			i++;
		} else if (char === ']' && expect === 'value-or-close') {
			stack.pop();
			expect = 'comma-or-close';
			i++;
		} else {
			const end = matchAt(NUMBER, text, i) ?? matchAt(LITERAL, text, i);
			if (end === undefined) {
				return i;
			}
			expect = 'comma-or-close';
			i = end;
		}
	}
	return text.length;
}

function matchAt(regex: RegExp, text: string, offset: number): number | undefined {
	regex.lastIndex = offset;
	return regex.test(text) ? regex.lastIndex : undefined;
}

/** The closing quote of a JSON string, or -1 when a control character or the end of the text comes first. */
function closingQuote(text: string, start: number): number {
	for (let i = start + 1; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x20) {
			return -1;
		}
		if (text[i] === '\\') {
			i++;
		} else if (text[i] === '"') {
			return i;
		}
	}
	return -1;
}
