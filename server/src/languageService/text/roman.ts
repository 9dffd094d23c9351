// Roman numerals appear in three places of a resolution: second-level labels "(iv)", old General Assembly
// sessions "217 A (III)" and "(S-VII)", and section numbers "II". One reading and one writing serve them all.
const VALUES: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
const DIGITS: ReadonlyArray<[number, string]> = [
	[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

/** The value of a Roman numeral in either case ("iv" and "IV" are 4), or 0 when it is not one. */
export function romanValue(text: string): number {
	// Read by code, without a lower-cased copy and a look-up by one-character string per digit: every Roman label of
	// a draft asks, and so does every lettered label that may also read as a numeral ("(c)", "(i)").
	let total = 0;
	for (let i = 0; i < text.length; i++) {
		const value = digitValueAt(text, i);
		if (!value) {
			return 0;
		}
		const next = digitValueAt(text, i + 1);
		total += value < next ? -value : value;
	}
	return total;
}

/** The value of the Roman digit at `index` in either case, as VALUES has it; 0 for anything else or past the end. */
function digitValueAt(text: string, index: number): number {
	// ORing 0x20 lower-cases an ASCII capital; no other code becomes the code of a Roman digit by it.
	switch (text.charCodeAt(index) | 0x20) {
		case 105: return VALUES.i;
		case 118: return VALUES.v;
		case 120: return VALUES.x;
		case 108: return VALUES.l;
		case 99: return VALUES.c;
		case 100: return VALUES.d;
		case 109: return VALUES.m;
		default: return 0;
	}
}

/** Writes a Roman numeral in lower case ("iv"); upper-case the result for sessions ("XXVI"). */
export function toRoman(value: number): string {
	let rest = value;
	let out = '';
	for (const [amount, digits] of DIGITS) {
		while (rest >= amount) {
			out += digits;
			rest -= amount;
		}
	}
	return out;
}
