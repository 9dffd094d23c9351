/**
 * Generated English drafts for the benchmark: a General Assembly resolution of any size, with a heading, a
 * preamble, numbered operative paragraphs with (a)/(i) sub-paragraphs, citations of resolutions and document
 * symbols, dates, superscript footnote markers with their footnote texts, a little Markdown emphasis, and the
 * closing formula. The text is built from sentence parts written for this benchmark, chosen by a seeded
 * generator, so every run measures exactly the same text.
 */

const PREAMBULAR = [
	'Recalling', 'Recalling also', 'Reaffirming', 'Recognizing', 'Noting with concern', 'Welcoming', 'Acknowledging',
	'Emphasizing', 'Stressing', 'Bearing in mind', 'Taking note', 'Expressing concern', 'Underlining', 'Considering',
];
const OPERATIVE = [
	'Welcomes', 'Reaffirms', 'Calls upon', 'Encourages', 'Requests', 'Decides', 'Invites', 'Urges', 'Emphasizes',
	'Stresses', 'Recognizes', 'Notes', 'Takes note of', 'Underlines', 'Also requests', 'Further decides',
];
const SUBJECTS = [
	'Member States', 'the Secretary-General', 'the organizations of the United Nations system', 'regional commissions',
	'the international community', 'all relevant stakeholders', 'the United Nations Development Programme',
	'development partners', 'the Economic and Social Council', 'the least developed countries',
];
const ACTIONS = [
	'to strengthen cooperation on affordable and meaningful connectivity',
	'to close the digital divide, including the gender digital divide, within and among countries',
	'to support capacity-building for the use of data in the implementation of the 2030 Agenda',
	'to mobilize financing from all sources for resilient infrastructure in developing countries',
	'to promote an open, secure, stable, accessible and peaceful information and communications technology environment',
	'to report on the progress achieved at its next session under the item entitled “Sustainable development”',
	'to integrate science, technology and innovation into national sustainable development strategies',
	'to share good practices on digital public infrastructure that respects privacy and human rights',
];
const CITATIONS = [
	'its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”',
	'its resolution 69/313 of 27 July 2015 on the Addis Ababa Action Agenda',
	'Security Council resolution 2334 (2016)',
	'the report of the Secretary-General (A/79/245)',
	'Economic and Social Council resolution 2018/28 of 24 July 2018',
	'its resolutions 72/200 of 20 December 2017 and 73/218 of 20 December 2018',
	'the outcome document of the high-level meeting (A/RES/70/125)',
	'its decision 79/555 of 19 December 2024',
];
const QUALIFIERS = [
	'in accordance with national priorities and legislation',
	'including through South-South and triangular cooperation',
	'with particular attention to small island developing States and landlocked developing countries',
	'within existing resources',
	'taking into account the *different levels of development* of countries',
	'in close cooperation with the **International Telecommunication Union**',
];
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A small linear congruential generator: the same seed gives the same draft on every machine. */
class Random {
	constructor(private state: number) {}

	pick<T>(items: readonly T[]): T {
		return items[this.next() % items.length];
	}

	chance(percent: number): boolean {
		return this.next() % 100 < percent;
	}

	private next(): number {
		this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0;
		return this.state >>> 8;
	}
}

export interface DraftOptions {
	/** Stop adding operative paragraphs once the text holds this many UTF-8 bytes. */
	targetBytes: number;
	seed?: number;
	/** Preambular paragraphs of each part. */
	preambular?: number;
}

// The parser reads paragraph numbers of up to three digits, as every real resolution has; a longer draft is a
// composite resolution whose lettered parts each number their paragraphs from 1.
const PART_BYTES = 650_000;
const PART_LETTERS = 'ABCDEFGH';

/** A whole resolution of about `targetBytes` bytes (a little more: the closing lines come after the target). */
export function generateDraft(options: DraftOptions): string {
	const random = new Random(options.seed ?? 218);
	const footnotes: string[] = [];
	const marker = () => {
		footnotes.push(`${superscript(footnotes.length + 1)} ${random.pick(['Resolution', 'See resolution'])} ${random.pick(['70/1', '69/313', '73/218', '79/1'])}, annex.`);
		return superscript(footnotes.length);
	};
	const partCount = Math.ceil(options.targetBytes / PART_BYTES);
	if (partCount > PART_LETTERS.length) {
		throw new Error(`a generated draft holds at most ${PART_LETTERS.length * PART_BYTES} bytes`);
	}
	const parts: string[] = [HEADING];
	let bytes = Buffer.byteLength(HEADING);
	const add = (paragraph: string) => {
		bytes += Buffer.byteLength(paragraph) + 2;
		parts.push(paragraph);
	};
	for (let part = 0; part < partCount; part++) {
		if (partCount > 1) {
			add(`${PART_LETTERS[part]}\n\n${random.pick(ACTIONS).replace(/^to (\w)/, (_, first: string) => first.toUpperCase())}`);
		}
		for (let i = 0; i < (options.preambular ?? 12); i++) {
			const footnote = random.chance(30) ? marker() : '';
			add(`${random.pick(PREAMBULAR)} ${random.pick(CITATIONS)}, ${random.pick(QUALIFIERS)},${footnote}`);
		}
		for (let number = 1; bytes < options.targetBytes * (part + 1) / partCount; number++) {
			if (number > 999) {
				throw new Error('a part of the generated draft ran past paragraph 999');
			}
			add(operativeParagraph(random, number, marker));
		}
	}
	// The last operative paragraph closes the resolution with a full stop.
	parts[parts.length - 1] = parts[parts.length - 1].replace(/;(\S*)$/, '.$1');
	parts.push(footnotes.join('\n'), '62nd plenary meeting\n20 December 2024');
	return `${parts.join('\n\n')}\n`;
}

function operativeParagraph(random: Random, number: number, marker: () => string): string {
	const footnote = random.chance(20) ? marker() : '';
	const opening = `${number}. ${random.pick(OPERATIVE)} ${random.pick(SUBJECTS)} ${random.pick(ACTIONS)}, ${random.pick(QUALIFIERS)}`;
	if (!random.chance(60)) {
		return `${opening}, and recalls ${random.pick(CITATIONS)};${footnote}`;
	}
	const lines = [`${opening}, by:${footnote}`];
	const count = 3 + (number % 3);
	for (let letter = 0; letter < count; letter++) {
		lines.push(`(${String.fromCharCode(97 + letter)}) ${random.pick(ACTIONS).replace(/^to /, '')}, in line with ${random.pick(CITATIONS)};`);
		if (letter === 0 && random.chance(40)) {
			lines.push(`(i) ${random.pick(QUALIFIERS)};`, `(ii) ${random.pick(QUALIFIERS)};`);
		}
	}
	return lines.join('\n\n');
}

function superscript(value: number): string {
	return String(value).replace(/\d/g, digit => SUPERSCRIPT[Number(digit)]);
}

const HEADING = [
	'Seventy-ninth session\nAgenda item 17\nInformation and communications technologies for sustainable development',
	'Resolution adopted by the General Assembly on 20 December 2024',
	'[on the report of the Second Committee (A/79/535)]',
	'79/999. Information and communications technologies for sustainable development',
	'The General Assembly,',
].join('\n\n');

/**
 * The draft as the server receives it: the text of a `textDocument/didOpen` message, read by JSON.parse into one
 * flat string. The generator's own result is a tree of joined pieces, most of them one-byte strings, which takes
 * less memory than the two-byte flat string the server holds, and would make a memory figure look better than it is.
 */
export function receivedDraft(options: DraftOptions): string {
	return JSON.parse(JSON.stringify(generateDraft(options))) as string;
}
