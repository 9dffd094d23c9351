/** The digit systems numbers are written in: ASCII, the Arabic-Indic digits of some Arabic drafts, superscripts. */
const SYSTEMS: readonly string[] = ['0123456789', '٠١٢٣٤٥٦٧٨٩', '⁰¹²³⁴⁵⁶⁷⁸⁹'];

/** A run of digits of any one system inside a written number, marker or label ("12", "¹³", "[^4]:" → "4"). */
const DIGIT_RUN = /[0-9]+|[٠-٩]+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+/;

/**
 * Writes `value` in the digit system of `written`, so that a renumbered paragraph, marker or footnote keeps the
 * look the drafter gave it: "12" stays ASCII, "¹²" superscript, "١٢" Arabic-Indic. Everything around the digits
 * ("⁽¹⁾", "[^1]:") is kept as written.
 */
export function rewriteNumber(written: string, value: number): string {
	const run = DIGIT_RUN.exec(written);
	if (!run) {
		return written;
	}
	const system = SYSTEMS.find(digits => digits.includes(run[0][0])) ?? SYSTEMS[0];
	const digits = [...String(value)].map(digit => system[Number(digit)]).join('');
	return written.slice(0, run.index) + digits + written.slice(run.index + run[0].length);
}
