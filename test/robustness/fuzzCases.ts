import { corpusFiles, readCorpusFile } from '../support/corpus';
import { CLEAN_CHINESE, CLEAN_ENGLISH, DEFECTIVE_DRAFTS } from '../support/defectiveDrafts';
import { fixtureDrafts } from '../support/fixtureFiles';
import { mutate } from './mutations';
import { randomText, type Random } from './random';

/** A text to fuzz with, named so that a failure says where it came from. */
export interface Seed {
	name: string;
	text: string;
}

/** The corpus text the issue names: A/RES/73/218 in Chinese as extracted from print, with every kind of damage. */
export const TEXT_73_218 = 'zh-a-res-73-218.txt';

/** The drafts written for this repository: the examples, the fixtures and the short clean and defective drafts. */
export function fixtureSeeds(): Seed[] {
	return [
		...fixtureDrafts(),
		{ name: 'clean English draft', text: CLEAN_ENGLISH },
		{ name: 'clean Chinese draft', text: CLEAN_CHINESE },
		...DEFECTIVE_DRAFTS.map(draft => ({ name: draft.name, text: draft.text })),
	];
}

/** The drafts kept as files (examples and fixtures) and the two clean drafts: the ones worth typing out in full. */
export function typingSeeds(): Seed[] {
	return fixtureSeeds().filter(seed => !DEFECTIVE_DRAFTS.some(draft => draft.name === seed.name));
}

/** The real texts of ../shared/corpus, 73/218 first; none where the corpus is absent. */
export function corpusSeeds(): Seed[] {
	const names = corpusFiles().sort((a, b) => Number(b === TEXT_73_218) - Number(a === TEXT_73_218));
	return names.map(name => ({ name, text: readCorpusFile(name) }));
}

/** One generated input and how it was made, for the failure message. */
export interface FuzzCase {
	kind: 'unicode' | 'mutated' | 'large';
	text: string;
	description: string;
}

/** The size of the inputs whose analysis is timed: a long resolution, as the issue puts it, 30 KB. */
export const LARGE_CASE_LENGTH = 30_000;

/**
 * The case for one seed: every tenth is a 30 KB text made of mutated real texts (timed), the others alternate
 * between random Unicode and a fixture or corpus text with one to eight mutations.
 */
export function makeCase(random: Random, seeds: readonly Seed[], index: number): FuzzCase {
	if (index % 10 === 9) {
		let text = '';
		const names: string[] = [];
		while (text.length < LARGE_CASE_LENGTH) {
			const seed = random.pick(seeds);
			names.push(seed.name);
			text += mutate(seed.text, random, random.between(1, 4)).text + '\n\n';
		}
		const distinct = [...new Set(names)];
		const from = distinct.length > 3 ? `${distinct.slice(0, 3).join(', ')} and ${distinct.length - 3} more` : distinct.join(', ');
		return { kind: 'large', text: text.slice(0, LARGE_CASE_LENGTH), description: `30 KB of mutated ${from}` };
	}
	if (index % 2 === 0) {
		return { kind: 'unicode', text: randomText(random, random.int(2000)), description: 'random Unicode' };
	}
	const seed = random.pick(seeds);
	const { text, applied } = mutate(seed.text, random, random.between(1, 8));
	return { kind: 'mutated', text, description: `${seed.name} after ${applied.join(', ')}` };
}
