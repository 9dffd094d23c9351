/**
 * Stretches of running text that look like document symbols: a word of Latin letters, digits and full stops that
 * starts with a letter and follows no letter, digit, slash, full stop or hyphen, then slashes and what stands
 * between them ("A/73//535", "a/73/535", "QZ/73/5/"). They are what the expression
 * /(?<![A-Za-z0-9/.\-])[A-Za-z][A-Za-z0-9.]*(?:\/+[A-Za-z0-9.*\-]*)+/g matches, found from the slashes instead:
 * most of a paragraph holds none, and an expression tried at every letter costs more than a walk from each slash.
 */

/** A candidate as offsets into the text searched: the rule reads most candidates in place, without a copy. */
export interface SymbolCandidate {
	start: number;
	end: number;
}

const SLASH = 0x2F;
const HYPHEN = 0x2D;
const FULL_STOP = 0x2E;
const STAR = 0x2A;

function isLetter(code: number): boolean {
	return (code >= 0x41 && code <= 0x5A) || (code >= 0x61 && code <= 0x7A);
}

/** A character of the word before the first slash: a Latin letter, a digit or a full stop. */
function isWordCharacter(code: number): boolean {
	return isLetter(code) || (code >= 0x30 && code <= 0x39) || code === FULL_STOP;
}

/** A character after the first slash: those of the word, slashes, stars and hyphens. */
function isTailCharacter(code: number): boolean {
	return isWordCharacter(code) || code === SLASH || code === STAR || code === HYPHEN;
}

/** Every candidate in `text`, in order and without overlaps. */
export function symbolCandidates(text: string): SymbolCandidate[] {
	const candidates: SymbolCandidate[] = [];
	let from = 0;
	for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', from)) {
		from = slash + 1;
		// A candidate's first slash ends its word, so the word is the run before this slash. The run cannot start
		// inside the candidate before it, which ends on a character that belongs to no run.
		let start = slash;
		while (start > 0 && isWordCharacter(text.charCodeAt(start - 1))) {
			start--;
		}
		const before = start > 0 ? text.charCodeAt(start - 1) : -1;
		if (start === slash || !isLetter(text.charCodeAt(start)) || before === SLASH || before === HYPHEN) {
			continue;
		}
		let end = slash + 1;
		while (end < text.length && isTailCharacter(text.charCodeAt(end))) {
			end++;
		}
		candidates.push({ start, end });
		from = end;
	}
	return candidates;
}
