import type { Connection } from 'vscode-languageserver';
import { catalogueKey, type EntryMap } from '../languageService/catalogue/catalogue';
import { parseSymbol } from '../languageService/citations/symbols';
import { describeFailure } from '../errors';
import type { ILogger } from '../runSafe';
import { CATALOGUE_LOOKUP_REQUEST, type CatalogueLookupParams, type CatalogueLookupResult, type OnlineEntry } from './protocol';

/** A hover waits this long for the online answer; a later answer still fills the catalogue for the next hover. */
export const HOVER_WAIT_MS = 750;

/**
 * The server's side of the opt-in online look-up: it asks the client (which owns the network, the timeout and the
 * disk cache) about symbols the catalogue knows nothing of, once per symbol and session, and files the answers in
 * the online layer. A caller waits at most `waitMs`; the answer is never lost, only late.
 */
export class OnlineCatalogue {
	private readonly asked = new Map<string, Promise<void>>();

	constructor(private readonly connection: Connection, private readonly layer: EntryMap, private readonly logger: ILogger) {}

	async lookUp(symbols: readonly string[], waitMs = HOVER_WAIT_MS): Promise<void> {
		const fresh = symbols.filter(symbol => parseSymbol(symbol) !== undefined && !this.asked.has(catalogueKey(symbol)));
		if (fresh.length > 0) {
			const params: CatalogueLookupParams = { symbols: fresh };
			const answer = this.connection.sendRequest<CatalogueLookupResult>(CATALOGUE_LOOKUP_REQUEST, params)
				.then(result => this.file(result), error => this.logger.error(describeFailure('The online catalogue look-up failed', error)));
			for (const symbol of fresh) {
				this.asked.set(catalogueKey(symbol), answer);
			}
		}
		const pending = symbols.map(symbol => this.asked.get(catalogueKey(symbol))).filter(promise => promise !== undefined);
		let timer: ReturnType<typeof setTimeout> | undefined;
		const timeout = new Promise<void>(resolve => {
			timer = setTimeout(resolve, waitMs);
		});
		await Promise.race([Promise.all(pending), timeout]);
		clearTimeout(timer);
	}

	private file(result: CatalogueLookupResult | undefined): void {
		for (const entry of Array.isArray(result?.entries) ? result.entries : []) {
			const parsed = isOnlineEntry(entry) ? parseSymbol(entry.symbol.replace(/\s+/g, '')) : undefined;
			if (!parsed) {
				continue;
			}
			this.layer.add({
				symbol: parsed.canonical,
				...(entry.title ? { titles: { en: entry.title } } : {}),
				...(entry.date && /^\d{4}-\d{2}-\d{2}$/.test(entry.date) ? { date: entry.date } : {}),
				source: { kind: 'online', label: entry.source },
			});
		}
	}
}

function isOnlineEntry(value: unknown): value is OnlineEntry {
	const entry = value as OnlineEntry;
	return typeof entry === 'object' && entry !== null && typeof entry.symbol === 'string' && typeof entry.source === 'string'
		&& (entry.title === undefined || typeof entry.title === 'string') && (entry.date === undefined || typeof entry.date === 'string');
}
