import type { ParseContext } from './context';
import { wholeDate } from './header';
import type { Unit } from './units';

// The closing formula is a meeting line and a date line in either order ("62nd plenary meeting / 20 December
// 2018"; "2018年12月20日 / 第62次全体会议"), on adjacent lines or in adjacent blocks. Meetings are paired in order:
// each with the unit after it when that is a lone date line not paired yet, or else with the unit before it.
export class ClosingDates {
	/** How many units have been looked at as meetings; a unit may be looked at once its neighbours are complete. */
	paired = 0;
	private readonly pairs = new Map<number, Unit | 'skip'>();

	constructor(private readonly context: ParseContext, private readonly units: ReadonlyArray<Unit | undefined>) {}

	pairBefore(end: number): void {
		for (; this.paired < end; this.paired++) {
			this.pair(this.paired);
		}
	}

	/** The date line paired with unit `index` if it is a meeting, 'skip' if it is a paired date line. */
	take(index: number): Unit | 'skip' | undefined {
		if (this.pairs.size === 0) {
			return undefined;
		}
		const pair = this.pairs.get(index);
		this.pairs.delete(index);
		return pair;
	}

	private pair(index: number): void {
		if (this.units[index]?.start.kind !== 'meeting') {
			return;
		}
		for (const neighbour of [index + 1, index - 1]) {
			const candidate = this.units[neighbour];
			if (candidate?.start.kind === 'text' && candidate.lines.length === 1 && !this.pairs.has(neighbour)
				&& wholeDate(this.context, candidate.lines[0].span)) {
				this.pairs.set(index, candidate);
				this.pairs.set(neighbour, 'skip');
				return;
			}
		}
	}
}
