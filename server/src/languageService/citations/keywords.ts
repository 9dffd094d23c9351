import type { CitationKind } from '../model/types';
import { KEYWORD_ORGAN_GROUP, KEYWORD_PREFIX_WINDOW, isLetterBefore, organOfMatch, type OrganMention, type ReferencePatterns } from './referencePatterns';

/**
 * The keywords of one text ("resolution", "its decisions", "Security Council resolution"), as the scan for
 * resolution numbers reads them: where each starts, where the number after it would start, its kind and the organ
 * it names. They are kept in parallel arrays that one object reuses from text to text, since the finder reads one
 * text at a time: an object per keyword and an array per text were most of the garbage the finder left.
 */
export class Keywords {
	/** How many keywords the last text has; the arrays may hold stale entries after them. */
	count = 0;
	readonly starts: number[] = [];
	/** Where the number after each keyword (and after any organ name it carries) would start. */
	readonly ends: number[] = [];
	readonly kinds: CitationKind[] = [];
	readonly organs: Array<OrganMention | undefined> = [];

	/** Reads every keyword of `text`, in order of position, and returns how many there are. */
	find(text: string, patterns: ReferencePatterns): number {
		this.count = 0;
		const regex = patterns.keyword;
		if (regex === undefined) {
			return 0;
		}
		regex.lastIndex = 0;
		let match: RegExpExecArray | null;
		while ((match = regex.exec(text)) !== null) {
			if (match[0].length === 0 || !isKeywordStart(text, match.index, patterns)) {
				regex.lastIndex = match.index + 1;
				continue;
			}
			// Writing at the count either overwrites an entry of an earlier text or appends, so the arrays stay packed.
			const index = this.count++;
			this.starts[index] = match.index;
			this.ends[index] = regex.lastIndex;
			this.kinds[index] = match[1] !== undefined ? 'decision' : 'resolution';
			this.organs[index] = organOfMatch(match, KEYWORD_ORGAN_GROUP);
		}
		return this.count;
	}

	/**
	 * The start of the last keyword that starts before `offset`, or -1. Keywords before `next` end before
	 * `offset`; the one at `next` may start before it too, as the number after it does not start a list.
	 */
	startBefore(next: number, offset: number): number {
		for (let i = Math.min(next, this.count - 1); i >= 0; i--) {
			if (this.starts[i] < offset) {
				return this.starts[i];
			}
		}
		return -1;
	}
}

/** Whether a keyword match at `offset` starts a word (after the prefixes the language attaches to it). */
function isKeywordStart(text: string, offset: number, patterns: ReferencePatterns): boolean {
	if (patterns.keywordPrefix === undefined) {
		return !isLetterBefore(text, offset);
	}
	return patterns.keywordPrefix.test(text.slice(Math.max(0, offset - KEYWORD_PREFIX_WINDOW), offset));
}
