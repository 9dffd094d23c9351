import type { LibraryRecord } from './digitalLibrary';

/** Found records stay fresh for three months, "not found" for a week: new documents appear in the library. */
const FOUND_TTL_MS = 90 * 24 * 60 * 60 * 1000;
const MISSING_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** The cache keeps the most recent look-ups only; older ones are simply asked again. */
const MAX_ENTRIES = 5000;

interface CachedRecord extends LibraryRecord {
	fetched: number;
}

/**
 * The disk cache of online look-ups, as a plain object the caller reads from and writes to a file. Keys are
 * symbols without spaces, upper-cased. A corrupt file is an empty cache, never an error.
 */
export class LookupCache {
	private readonly records = new Map<string, CachedRecord>();

	constructor(private readonly now: () => number = Date.now) {}

	static parse(json: string | undefined, now: () => number = Date.now): LookupCache {
		const cache = new LookupCache(now);
		try {
			const data = json ? JSON.parse(json) as Record<string, CachedRecord> : {};
			for (const [key, record] of Object.entries(data)) {
				if (record && typeof record.fetched === 'number' && typeof record.found === 'boolean') {
					cache.records.set(key, record);
				}
			}
		} catch {
			// A cache that cannot be read is rebuilt from new look-ups.
		}
		return cache;
	}

	/** The cached record if it is still fresh. */
	get(symbol: string): LibraryRecord | undefined {
		const record = this.records.get(key(symbol));
		if (!record || this.now() - record.fetched > (record.found ? FOUND_TTL_MS : MISSING_TTL_MS)) {
			return undefined;
		}
		const { fetched: _fetched, ...rest } = record;
		return rest;
	}

	set(symbol: string, record: LibraryRecord): void {
		this.records.delete(key(symbol));
		this.records.set(key(symbol), { ...record, fetched: this.now() });
		while (this.records.size > MAX_ENTRIES) {
			this.records.delete(this.records.keys().next().value!);
		}
	}

	toJSON(): string {
		return JSON.stringify(Object.fromEntries(this.records));
	}
}

function key(symbol: string): string {
	return symbol.replace(/[\s*]+/g, '').toUpperCase();
}
