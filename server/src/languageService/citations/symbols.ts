import type { Span } from '../model/types';
import { isAsciiCapital } from '../text/characters';
import { JOINT } from './symbolGrammar';
import { HAS_DIGIT, MAX_SYMBOL_LENGTH } from './symbolParts';

/**
 * United Nations document symbols ("A/73/535", "E/CN.16/2018/CRP.3", "A/73/66-E/2018/10") in running text.
 *
 * The grammar follows the Dag Hammarskjöld Library guide: an upper-case series, then slash-separated components
 * (subsidiary bodies, a session or year, a special component such as RES or L.52, a number, modifiers such as
 * Add.1), an optional reissue star, an optional lettered part and an optional parenthesised part. Two complete
 * symbols joined by a hyphen form a joint symbol for a document submitted to two organs.
 */

export { normalizeSymbol, parseSymbol, parseSymbolParts } from './symbolParts';
export type { ParsedSymbol, SymbolPart } from './symbolParts';

export interface FoundSymbol {
	text: string;
	span: Span;
}

/** A symbol at `lastIndex`. */
const SYMBOL_HERE = new RegExp(JOINT, 'y');
const FOLLOWING_WORD_CHARACTER = /[A-Za-z0-9/]/;

/**
 * Every UN document symbol in `text`, in order, with its span as offsets into `text`.
 *
 * A symbol opens with a series of one to eight capitals and a slash, and follows no letter, digit or slash (so
 * that "undocs.org/A/RES/70/1" and "XA/1" are not read in the middle). The scan therefore goes from slash to
 * slash and tries the grammar only at the run of capitals before one: most paragraphs have few slashes, and an
 * expression tried at every offset of the text costs more.
 */
export function findSymbols(text: string): FoundSymbol[] {
	const found: FoundSymbol[] = [];
	if (typeof text !== 'string') {
		return found;
	}
	let from = 0;
	// The end of the last stretch the grammar read, accepted or not: nothing before it is read again.
	let readEnd = 0;
	for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', from)) {
		from = slash + 1;
		let start = slash;
		while (start > 0 && isAsciiCapital(text.charCodeAt(start - 1))) {
			start--;
		}
		if (start === slash || slash - start > MAX_SERIES_LENGTH || start < readEnd || (start > 0 && isGlued(text.charCodeAt(start - 1)))) {
			continue;
		}
		SYMBOL_HERE.lastIndex = start;
		const match = SYMBOL_HERE.exec(text);
		if (match === null) {
			continue;
		}
		const end = start + match[0].length;
		from = end;
		readEnd = end;
		// A symbol glued to more letters or digits ("A/70/1x", "A/RES/70/1/") is something else; and a symbol
		// needs a digit, which keeps slashed words such as "ISIL/Daesh" and "HIV/AIDS" out.
		const next = text.charAt(end);
		if (!FOLLOWING_WORD_CHARACTER.test(next) && HAS_DIGIT.test(match[0]) && match[0].length <= MAX_SYMBOL_LENGTH) {
			found.push({ text: match[0], span: { start, end } });
		}
	}
	return found;
}

const MAX_SERIES_LENGTH = 8;

/** What may not stand right before a symbol: a letter (Latin, accented Latin), a digit or a slash. */
function isGlued(code: number): boolean {
	return (code >= 0x61 && code <= 0x7A) || (code >= 0x30 && code <= 0x39) || code === 0x2F || (code >= 0xC0 && code <= 0x24F);
}
