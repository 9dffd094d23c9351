/**
 * The opt-in online look-up of a document's title and date in the UN Digital Library: one MARCXML search per symbol
 * (drafting-rules.md §2.5: 191 $a symbol, 245 $a/$b title, 269 $a date). No vscode API here, so that the
 * request and the reading of the answer are tested without an editor and without the network.
 *
 * The library's terms allow non-commercial use with acknowledgement and ask that automated downloads be approved;
 * that is why the look-up is off unless the user turns it on, asks one symbol at a time, and is cached on disk.
 */

export const DIGITAL_LIBRARY = 'UN Digital Library';
/** The longest a single look-up may take before it is given up. */
export const LOOKUP_TIMEOUT_MS = 5000;

export interface LibraryRecord {
	/** False when the library has no record of the symbol. */
	found: boolean;
	title?: string;
	date?: string;
}

export type Fetch = (url: string, init: { signal: AbortSignal; headers: Record<string, string> }) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export function searchUrl(symbol: string): string {
	return `https://digitallibrary.un.org/search?ln=en&of=xm&rg=1&p=${encodeURIComponent(`191__a:"${symbol}"`)}`;
}

/**
 * Looks one symbol up. Resolves with `found: false` when the library answers without a matching record; rejects
 * on a timeout, a network failure or an answer that is not MARCXML (a challenge page), which are not cached.
 */
export async function lookUpSymbol(symbol: string, fetchImpl: Fetch, timeoutMs = LOOKUP_TIMEOUT_MS): Promise<LibraryRecord> {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), timeoutMs);
	try {
		const response = await fetchImpl(searchUrl(symbol), { signal: controller.signal, headers: { Accept: 'application/xml' } });
		if (!response.ok) {
			throw new Error(`the ${DIGITAL_LIBRARY} answered ${response.status}`);
		}
		const xml = await response.text();
		if (!/<collection[\s>]/.test(xml)) {
			throw new Error(`the ${DIGITAL_LIBRARY} did not answer with MARCXML`);
		}
		return readRecord(xml, symbol);
	} finally {
		clearTimeout(timer);
	}
}

const RECORD = /<record[\s>][\s\S]*?<\/record>/g;

/** The record whose 191 $a is the symbol (compared without spaces, case-insensitively), read for title and date. */
export function readRecord(xml: string, symbol: string): LibraryRecord {
	const wanted = compact(symbol);
	for (const record of xml.match(RECORD) ?? []) {
		if (!subfields(record, '191', 'a').some(value => compact(value) === wanted)) {
			continue;
		}
		const title = [...subfields(record, '245', 'a'), ...subfields(record, '245', 'b')]
			.map(part => part.replace(/\s*[:/;,]\s*$/, '').trim())
			.filter(Boolean)
			.join(': ');
		const date = subfields(record, '269', 'a').find(value => /^\d{4}-\d{2}-\d{2}$/.test(value));
		return { found: true, ...(title ? { title } : {}), ...(date ? { date } : {}) };
	}
	return { found: false };
}

function subfields(record: string, tag: string, code: string): string[] {
	const values: string[] = [];
	const field = new RegExp(`<datafield[^>]*\\btag="${tag}"[^>]*>([\\s\\S]*?)</datafield>`, 'g');
	for (const match of record.matchAll(field)) {
		const sub = new RegExp(`<subfield[^>]*\\bcode="${code}"[^>]*>([\\s\\S]*?)</subfield>`, 'g');
		for (const value of match[1].matchAll(sub)) {
			values.push(decodeEntities(value[1]).trim());
		}
	}
	return values;
}

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
		switch (entity.toLowerCase()) {
			case 'amp': return '&';
			case 'lt': return '<';
			case 'gt': return '>';
			case 'quot': return '"';
			case 'apos': return '\'';
			default: return String.fromCodePoint(entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
		}
	});
}

function compact(symbol: string): string {
	return symbol.replace(/[\s*]+/g, '').toUpperCase();
}
