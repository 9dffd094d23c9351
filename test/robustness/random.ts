/**
 * A small seeded random source for the robustness tests. Every generated case is reproducible from its seed, which
 * the tests print on failure; fast-check is not needed for that, and our inputs are texts rather than values that
 * shrink well.
 */
export class Random {
	#state: number;

	constructor(readonly seed: number) {
		// A zero state would stay zero in xorshift, so the seed is mixed with a constant first.
		this.#state = (seed ^ 0x9e3779b9) >>> 0 || 1;
	}

	/** A float in [0, 1), from xorshift32: fast, and good enough to pick edits and characters. */
	next(): number {
		let x = this.#state;
		x ^= x << 13;
		x ^= x >>> 17;
		x ^= x << 5;
		this.#state = x >>> 0;
		return this.#state / 0x100000000;
	}

	/** An integer in [0, n). */
	int(n: number): number {
		return Math.floor(this.next() * n);
	}

	/** An integer in [min, max]. */
	between(min: number, max: number): number {
		return min + this.int(max - min + 1);
	}

	chance(probability: number): boolean {
		return this.next() < probability;
	}

	pick<T>(items: readonly T[]): T {
		return items[this.int(items.length)];
	}
}

/**
 * Characters that matter to a resolution parser, by family: the scripts of the six languages, the punctuation
 * and numbering marks they use, the line terminators the protocol knows and those it does not, and the code
 * points that break naive string handling (NUL, a byte-order mark, lone surrogates, astral characters).
 */
const ALPHABETS: readonly string[] = [
	'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789     ',
	'.,;:!?()[]{}/\\-*_#^`\'"«»“”‘’…—–',
	'¹²³⁴⁵⁶⁷⁸⁹⁰⁽⁾',
	'\n\n\n\r\n\r\u2028\u2029\u0085\t\f\v',
	'大会回顾注意到欢迎决定请秘书长第号决议届会议，。；：、（）《》',
	'الجمعيةالعامةإذتشيرتقرر،؛٠١٢٣(أ)(ب)',
	'ГенеральнаяАссамблеяпостановляет',
	'éèàçÉôœÀ\u00a0\u202f',
	'\u0000\u0001\u001b\ufeff\u200b\u200e\u200f\u0301\ufffd',
	'㈠㈡㈢ⅰⅱⅲ①②',
];

const ASTRAL = ['😀', '𠀀', '𝒜', '👍🏽', '🇺🇳'];
const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff'];

/** One random character (or astral pair, or lone surrogate) from the families above. */
export function randomCharacter(random: Random): string {
	const roll = random.next();
	if (roll < 0.04) {
		return random.pick(ASTRAL);
	}
	if (roll < 0.06) {
		return random.pick(LONE_SURROGATES);
	}
	if (roll < 0.08) {
		// Anywhere in the Basic Multilingual Plane outside the surrogate block, to meet scripts nobody listed.
		const code = random.int(0xd800);
		return String.fromCharCode(code);
	}
	const alphabet = random.pick(ALPHABETS);
	return alphabet[random.int(alphabet.length)];
}

export function randomText(random: Random, length: number): string {
	let text = '';
	for (let i = 0; i < length; i++) {
		text += randomCharacter(random);
	}
	return text;
}

/** The seed of a run: `--seed N` or FUZZ_SEED, else one from the clock, so that each run explores new cases. */
export function chooseSeed(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): number {
	const flag = argv.indexOf('--seed');
	const given = flag >= 0 ? argv[flag + 1] : env.FUZZ_SEED;
	return given !== undefined && /^\d+$/.test(given) ? Number(given) : Date.now() % 0x7fffffff;
}
