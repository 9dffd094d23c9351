// Roman numerals appear in three places of a resolution: second-level labels "(iv)", old General Assembly
// sessions "217 A (III)" and "(S-VII)", and section numbers "II". One reading and one writing serve them all.
const VALUES: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
const DIGITS: ReadonlyArray<[number, string]> = [
	[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

/** The value of a Roman numeral in either case ("iv" and "IV" are 4), or 0 when it is not one. */
export function romanValue(text: string): number {
	const lower = text.toLowerCase();
	let total = 0;
	for (let i = 0; i < lower.length; i++) {
		const value = VALUES[lower[i]];
		if (!value) {
			return 0;
		}
		const next = VALUES[lower[i + 1]] ?? 0;
		total += value < next ? -value : value;
	}
	return total;
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
