import { Random, randomCharacter, randomText } from './random';

/**
 * Mutations of real and fixture drafts: the damage that copying, pasting and hurried editing do to a resolution.
 * Each takes a text and returns the damaged text; a mutation that finds nothing to damage returns the text as is.
 */
export interface Mutation {
	name: string;
	apply(text: string, random: Random): string;
}

function lines(text: string): string[] {
	return text.split('\n');
}

/** Replaces one random match of a pattern, chosen among all its matches, by what `replace` makes of it. */
function atRandomMatch(text: string, random: Random, pattern: RegExp, replace: (match: string) => string): string {
	const matches = [...text.matchAll(pattern)];
	if (matches.length === 0) {
		return text;
	}
	const match = random.pick(matches);
	const start = match.index ?? 0;
	return text.slice(0, start) + replace(match[0]) + text.slice(start + match[0].length);
}

function insertAt(text: string, random: Random, insertion: string): string {
	const at = random.int(text.length + 1);
	return text.slice(0, at) + insertion + text.slice(at);
}

const PUNCTUATION = /[.,;:，。；：、،؛!?]/gu;
const SUPERSCRIPTS = ['¹', '²', '³', '¹⁰', '⁽¹⁾', '[^1]', '[^12]', '<sup>3</sup>', '¹²³⁴'];
// Document symbols and resolution numbers, and what a slip of the keyboard makes of them.
const SYMBOL = /\b[A-Z]{1,2}\/(?:[A-Z]+\/)?\d+(?:\/[A-Za-z.0-9]+)*|\b\d{2,4}\/\d{1,4}\b/g;
const BROKEN_SYMBOLS = [
	(s: string) => s.replace('/', '//'), (s: string) => s.replace(/\d+$/, ''), (s: string) => s + '/',
	(s: string) => s.replace(/\//g, ' / '), (s: string) => s.replace(/\d/, 'O'), (s: string) => s + '/Add.1/Corr.2/Rev.3',
	(s: string) => s.replace('/', '\u2215'), (s: string) => `[${s}](#)`, (s: string) => `**${s}`,
];
const STRUCTURE = ['\n\n1. ', '\n(a) ', '\n(iv) ', '\nA\n', '\n¹ ', '[^1]: ', '\n第70次全体会议\n', '\n\n\n\n', '\r\n', '\r', '\ufeff'];

export const MUTATIONS: readonly Mutation[] = [
	{ name: 'delete a line', apply: (text, random) => {
		const all = lines(text);
		all.splice(random.int(all.length), 1);
		return all.join('\n');
	} },
	{ name: 'duplicate a line', apply: (text, random) => {
		const all = lines(text);
		const at = random.int(all.length);
		all.splice(at, 0, all[at]);
		return all.join('\n');
	} },
	{ name: 'swap two lines', apply: (text, random) => {
		const all = lines(text);
		const [a, b] = [random.int(all.length), random.int(all.length)];
		[all[a], all[b]] = [all[b], all[a]];
		return all.join('\n');
	} },
	{ name: 'strip punctuation', apply: (text, random) => atRandomMatch(text, random, PUNCTUATION, () => '') },
	{ name: 'change punctuation', apply: (text, random) => atRandomMatch(text, random, PUNCTUATION, () => random.pick([',', ';', '.', '，', '；', '。', ':', ' ;'])) },
	{ name: 'add punctuation', apply: (text, random) => insertAt(text, random, random.pick([',', ';', '.', '，', '；', '。', '،', '..', ',;'])) },
	{ name: 'insert a superscript', apply: (text, random) => insertAt(text, random, random.pick(SUPERSCRIPTS)) },
	{ name: 'break a symbol', apply: (text, random) => atRandomMatch(text, random, SYMBOL, symbol => random.pick(BROKEN_SYMBOLS)(symbol)) },
	{ name: 'insert structure', apply: (text, random) => insertAt(text, random, random.pick(STRUCTURE)) },
	{ name: 'insert random characters', apply: (text, random) => insertAt(text, random, randomText(random, random.between(1, 12))) },
	{ name: 'replace a character', apply: (text, random) => {
		const at = random.int(text.length);
		return text.slice(0, at) + randomCharacter(random) + text.slice(at + 1);
	} },
	{ name: 'cut a span', apply: (text, random) => {
		const start = random.int(text.length + 1);
		return text.slice(0, start) + text.slice(start + random.int(200));
	} },
	{ name: 'split a surrogate pair or a CRLF', apply: (text, random) => atRandomMatch(text, random, /[\ud800-\udbff][\udc00-\udfff]|\r\n/g, pair => pair[0] + random.pick(['\n', ' ', ''])) },
	{ name: 'convert line endings', apply: (text, random) => text.replace(/\r?\n/g, () => random.pick(['\n', '\r\n', '\r'])) },
];

/** Applies `count` random mutations in turn, and says which, so that a failure names what damaged the text. */
export function mutate(text: string, random: Random, count: number): { text: string; applied: string[] } {
	const applied: string[] = [];
	for (let i = 0; i < count; i++) {
		const mutation = random.pick(MUTATIONS);
		text = mutation.apply(text, random);
		applied.push(mutation.name);
	}
	return { text, applied };
}
