import type { CitationKind, Organ } from '../model/types';
import type { NumberReading } from './citationStrings';
import type { ParsedCitation, ParsedDate } from './parsedCitation';
import type { OrganMention } from './referencePatterns';
import { makeCitation } from './referenceShared';

/**
 * The open list of numbers of a keyword ("resolutions 72/200 of 20 December 2017 and 73/218 of …"), which becomes
 * citations once the next list opens or the text ends: an organ named after a later number qualifies the numbers
 * before it as well, so none is final before the list is. Its items are kept in parallel arrays that one object
 * reuses from list to list and from text to text (the finder reads one list at a time), rather than as an object
 * per number and an array per list that die as soon as the list is emitted.
 */
export class ReferenceList {
	/** How many numbers the list has; 0 until the first list of a text opens. */
	count = 0;
	kind: CitationKind = 'resolution';
	/** The organ named before the list, if any. */
	organ: OrganMention | undefined;
	/** Where the next number of the list must start: after the last item, its date and a separator. */
	next = 0;
	private readonly starts: number[] = [];
	private readonly ends: number[] = [];
	private readonly readings: Array<NumberReading | undefined> = [];
	private readonly dates: Array<ParsedDate | undefined> = [];
	/** An organ named right after each number ("résolution 2006/46 du Conseil"). */
	private readonly organsAfter: Array<OrganMention | undefined> = [];

	/** Forgets the list of the text before: the next number that is read opens a list of its own. */
	reset(): void {
		this.count = 0;
	}

	/** Turns the open list, if any, into citations, and opens an empty one. */
	open(kind: CitationKind, organ: OrganMention | undefined, next: number, defaultOrgan: Organ | undefined, into: ParsedCitation[]): void {
		this.emit(defaultOrgan, into);
		this.kind = kind;
		this.organ = organ;
		this.next = next;
	}

	/** Adds the number from `start` to `end` with its date and the organ named after it. */
	add(start: number, end: number, reading: NumberReading, date: ParsedDate | undefined, organAfter: OrganMention | undefined): void {
		const index = this.count++;
		this.starts[index] = start;
		this.ends[index] = end;
		this.readings[index] = reading;
		this.dates[index] = date;
		this.organsAfter[index] = organAfter;
	}

	/**
	 * Turns the list, if it has numbers, into citations and empties it. The references it held are let go of, so
	 * that the object that outlives the parse keeps nothing of its text.
	 */
	emit(defaultOrgan: Organ | undefined, into: ParsedCitation[]): void {
		const count = this.count;
		// Each number takes the organ named after the first number from it on, if any (most lists name none), and
		// else the organ named before the list. `later` is the index of that number, past the list when none is.
		let later = -1;
		for (let i = 0; i < count; i++) {
			if (later < i) {
				later = i;
				while (later < count && this.organsAfter[later] === undefined) {
					later++;
				}
			}
			const organ = later < count ? this.organsAfter[later] : this.organ;
			into.push(makeCitation(this.starts[i], this.ends[i], this.readings[i]!, this.kind, organ, defaultOrgan, this.dates[i]));
			this.readings[i] = undefined;
			this.dates[i] = undefined;
		}
		this.count = 0;
	}
}
