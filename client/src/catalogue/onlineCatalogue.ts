import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
	CATALOGUE_LOOKUP_REQUEST, CATALOGUE_SETTINGS_SECTION, WORKSPACE_TRUSTED_NOTIFICATION, type CatalogueLookupParams,
	type CatalogueLookupResult, type NavigationInitializationOptions, type OnlineEntry,
} from '../../../server/src/navigation/protocol';
import { DIGITAL_LIBRARY, lookUpSymbol, type Fetch, type LibraryRecord } from './digitalLibrary';
import { LookupCache } from './lookupCache';

/** The server asks about one hovered symbol at a time; a longer list is cut here rather than sent to the library. */
const MAX_SYMBOLS_PER_REQUEST = 5;
/** At most one request to the library per second, however fast the hovers come. */
const REQUEST_INTERVAL_MS = 1000;
const CACHE_FILE = 'online-catalogue-cache.json';

/** What the client tells the server at start: whether the workspace is trusted, and that it answers look-ups. */
export function catalogueInitializationOptions(): NavigationInitializationOptions {
	return { workspaceTrusted: vscode.workspace.isTrusted, onlineCatalogue: true };
}

/**
 * Answers the server's online look-ups in the extension host, which owns the network: only in a trusted
 * workspace and with `unResolution.catalogue.onlineLookup` on, from the disk cache first, five seconds at most per
 * request to the library. Tells the server when the user trusts the workspace.
 */
export function registerOnlineCatalogue(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
	const lookup = new OnlineLookup(context.globalStorageUri, globalThis.fetch as unknown as Fetch);
	context.subscriptions.push(
		client.onRequest(CATALOGUE_LOOKUP_REQUEST, (params: CatalogueLookupParams) => lookup.answer(params)),
		vscode.workspace.onDidGrantWorkspaceTrust(() => void client.sendNotification(WORKSPACE_TRUSTED_NOTIFICATION)),
	);
}

class OnlineLookup {
	private cache: Promise<LookupCache> | undefined;
	private queue: Promise<unknown> = Promise.resolve();
	private lastRequest = 0;
	private saveTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(private readonly storage: vscode.Uri, private readonly fetchImpl: Fetch) {}

	async answer(params: CatalogueLookupParams): Promise<CatalogueLookupResult> {
		const enabled = vscode.workspace.getConfiguration(CATALOGUE_SETTINGS_SECTION).get<boolean>('onlineLookup') === true;
		if (!enabled || !vscode.workspace.isTrusted || !Array.isArray(params?.symbols)) {
			return { entries: [] };
		}
		const symbols = params.symbols.filter((symbol): symbol is string => typeof symbol === 'string').slice(0, MAX_SYMBOLS_PER_REQUEST);
		const entries: OnlineEntry[] = [];
		for (const symbol of symbols) {
			const record = await this.record(symbol);
			if (record?.found && (record.title || record.date)) {
				entries.push({ symbol, ...(record.title ? { title: record.title } : {}), ...(record.date ? { date: record.date } : {}), source: DIGITAL_LIBRARY });
			}
		}
		return { entries };
	}

	private async record(symbol: string): Promise<LibraryRecord | undefined> {
		const cache = await this.loadCache();
		const cached = cache.get(symbol);
		if (cached) {
			return cached;
		}
		const request = this.queue.then(async () => {
			await new Promise(resolve => setTimeout(resolve, Math.max(0, this.lastRequest + REQUEST_INTERVAL_MS - Date.now())));
			this.lastRequest = Date.now();
			return lookUpSymbol(symbol, this.fetchImpl);
		});
		this.queue = request.catch(() => undefined);
		try {
			const record = await request;
			cache.set(symbol, record);
			this.scheduleSave(cache);
			return record;
		} catch {
			// A timeout or an unreadable answer is not cached: the next hover may try again.
			return undefined;
		}
	}

	private loadCache(): Promise<LookupCache> {
		this.cache ??= Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.storage, CACHE_FILE)))
			.then(bytes => LookupCache.parse(new TextDecoder().decode(bytes)), () => new LookupCache());
		return this.cache;
	}

	private scheduleSave(cache: LookupCache): void {
		clearTimeout(this.saveTimer);
		this.saveTimer = setTimeout(() => {
			void Promise.resolve(vscode.workspace.fs.createDirectory(this.storage))
				.then(() => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.storage, CACHE_FILE), new TextEncoder().encode(cache.toJSON())))
				.then(undefined, () => undefined);
		}, 2000);
	}
}
