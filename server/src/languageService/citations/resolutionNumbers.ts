import type { CitationKind, Organ } from '../model/types';
import { romanValue } from '../text/roman';
import { SPECIAL_ROMAN, YEAR, type ResolutionNumber } from './numberTokens';

/**
 * The organ a resolution or decision number belongs to, judged from its shape and the words around it, and the
 * canonical document symbol the organ gives it ("A/RES/70/1", "S/RES/2334 (2016)", "E/RES/2006/46").
 */

/** The last General Assembly session numbered with Roman numerals; later Roman sessions belong to ECOSOC. */
const LAST_ROMAN_ASSEMBLY_SESSION = 30;
/** Human Rights Council sessions stay well below this; a larger session number can only be the Assembly's. */
const HUMAN_RIGHTS_COUNCIL_MAX_SESSION = 80;
const ASSEMBLY_MAX_SESSION = 120;

/**
 * The organ of a number, from its shape first and then from `hint` (the organ named near the citation, or the
 * document's own organ): only the shape "NN/N" is shared by the Assembly and the Human Rights Council, "S-N/N" by
 * both as well, and a low Roman session by the Assembly and the old Economic and Social Council.
 */
export function organOfNumber(number: ResolutionNumber, hint: Organ | undefined): Organ {
	const { first, second, paren } = number;
	if (second !== undefined) {
		if (first.startsWith('ES-')) {
			return 'GA';
		}
		if (first.startsWith('S-')) {
			return hint === 'HRC' ? 'HRC' : 'GA';
		}
		const value = Number(first);
		if (value >= 1978 && value <= 2100) {
			return 'ECOSOC';
		}
		if (value >= 1 && value <= HUMAN_RIGHTS_COUNCIL_MAX_SESSION && hint === 'HRC') {
			return 'HRC';
		}
		return value >= 1 && value <= ASSEMBLY_MAX_SESSION ? 'GA' : 'unknown';
	}
	if (paren === undefined) {
		return 'unknown';
	}
	if (YEAR.test(paren)) {
		return 'SC';
	}
	if (SPECIAL_ROMAN.test(paren)) {
		return 'GA';
	}
	if (romanValue(paren) > LAST_ROMAN_ASSEMBLY_SESSION) {
		return 'ECOSOC';
	}
	return hint === 'ECOSOC' ? 'ECOSOC' : 'GA';
}

/** The canonical document symbol of a resolution or decision, when the organ issues one. */
export function symbolOfNumber(number: ResolutionNumber, organ: Organ, kind: CitationKind): string | undefined {
	const tail = tailOfSymbol(number);
	if (kind === 'decision') {
		// Assembly and Council decisions are not issued as separate documents; the Human Rights Council's are.
		return organ === 'HRC' && number.second !== undefined ? `A/HRC/DEC/${tail}` : undefined;
	}
	switch (organ) {
		case 'GA': return `A/RES/${tail}`;
		case 'SC': return `S/RES/${tail}`;
		case 'ECOSOC': return `E/RES/${tail}`;
		case 'HRC': return `A/HRC/RES/${tail}`;
		default: return undefined;
	}
}

/** What follows the series and "RES/" in the symbol of a number: "70/1", "49/222 A", "2334 (2016)". */
function tailOfSymbol(number: ResolutionNumber): string {
	// A number with a slash and nothing after it is spelled as its symbol spells it.
	if (number.second !== undefined && number.parts === undefined && number.paren === undefined) {
		return number.canonical;
	}
	const letter = number.letter ? ` ${number.letter}` : '';
	return number.second !== undefined ? `${number.first}/${number.second}${letter}` : `${number.first}${letter} (${number.paren ?? ''})`;
}

// The first Security Council resolution of some years, to tell "2367 (2017)" from a number and a year that merely
// look alike ("2030 (2015)") when no keyword stands right before them. Approximate values are enough: the check
// allows a wide margin on both sides.
const SECURITY_COUNCIL_FIRST_OF_YEAR: ReadonlyArray<[number, number]> = [
	[1946, 1], [1965, 200], [1975, 365], [1985, 560], [1990, 646], [1995, 977], [2000, 1284], [2005, 1580],
	[2010, 1903], [2015, 2196], [2020, 2505], [2025, 2766],
];
const SECURITY_COUNCIL_MARGIN = 80;

function estimatedFirstOfYear(year: number): number {
	const table = SECURITY_COUNCIL_FIRST_OF_YEAR;
	const last = table[table.length - 1];
	if (year >= last[0]) {
		return last[1] + (year - last[0]) * 55;
	}
	for (let i = table.length - 2; i >= 0; i--) {
		const [fromYear, fromNumber] = table[i];
		const [toYear, toNumber] = table[i + 1];
		if (year >= fromYear) {
			return fromNumber + ((year - fromYear) * (toNumber - fromNumber)) / (toYear - fromYear);
		}
	}
	return 0;
}

/** Whether "number (year)" can be a Security Council resolution of that year. */
export function isPlausibleSecurityCouncilNumber(number: ResolutionNumber): boolean {
	if (number.second !== undefined || number.paren === undefined || !YEAR.test(number.paren)) {
		return true;
	}
	const year = Number(number.paren);
	const value = Number(number.first);
	if (year < 1946) {
		return false;
	}
	return value >= estimatedFirstOfYear(year) - SECURITY_COUNCIL_MARGIN
		&& value <= estimatedFirstOfYear(year + 1) + SECURITY_COUNCIL_MARGIN;
}
