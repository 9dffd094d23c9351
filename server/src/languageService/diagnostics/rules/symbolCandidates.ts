/**
 * Stretches of running text that look like document symbols: a word of Latin letters, digits and full stops that
 * starts with a letter and follows no letter, digit, slash, full stop or hyphen, then slashes and what stands
 * between them ("A/73//535", "a/73/535", "QZ/73/5/"). They are what the expression
 * /(?<![A-Za-z0-9/.\-])[A-Za-z][A-Za-z0-9.]*(?:\/+[A-Za-z0-9.*\-]*)+/g matches, found from the slashes instead:
 * most of a paragraph holds none, and an expression tried at every letter costs more than a walk from each slash.
 */

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

/**
 * The candidates of `text[from, to)`, read as a text of its own, in order and without overlaps, one at a time:
 * after each call of next() that returns true, `start` and `end` are the candidate's offsets into `text`. The rule
 * reads a paragraph in place in the source this way, without a copy, and one reader serves all its candidates.
 */
export class SymbolCandidates {
	start = 0;
	end = 0;
	/** Where the search for the next slash resumes. */
	private resume = 0;

	constructor(private readonly text: string, private readonly from = 0, private readonly to = text.length) {
		this.resume = from;
	}

	next(): boolean {
		const { text, from, to } = this;
		for (let slash = text.indexOf('/', this.resume); slash >= 0 && slash < to; slash = text.indexOf('/', this.resume)) {
			this.resume = slash + 1;
			// A candidate's first slash ends its word, so the word is the run before this slash. The run cannot start
			// inside the candidate before it, which ends on a character that belongs to no run.
			let start = slash;
			while (start > from && isWordCharacter(text.charCodeAt(start - 1))) {
				start--;
			}
			const before = start > from ? text.charCodeAt(start - 1) : -1;
			if (start === slash || !isLetter(text.charCodeAt(start)) || before === SLASH || before === HYPHEN) {
				continue;
			}
			let end = slash + 1;
			while (end < to && isTailCharacter(text.charCodeAt(end))) {
				end++;
			}
			this.start = start;
			this.end = end;
			this.resume = end;
			return true;
		}
		this.resume = to;
		return false;
	}
}
