import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location } from 'vscode-languageserver-types';
import { catalogueKey } from '../catalogue/catalogue';
import { fileName } from '../catalogue/catalogueFile';
import { entriesOfResolution } from '../catalogue/fromResolution';
import type { CatalogueEntry, CatalogueLayer } from '../catalogue/types';
import { headingCitations } from '../features/targets';
import type { Resolution, Span } from '../model/types';
import type { WorkspaceView } from './types';

/** What the index keeps of one file: its text (for positions), what it cites, and what it tells the catalogue. */
interface IndexedFile {
	uri: string;
	text: string;
	/** The cited symbols by catalogue key, with their spans, the heading's own symbol and number included. */
	citations: Array<{ key: string; span: Span }>;
	entries: CatalogueEntry[];
	positions?: TextDocument;
}

/**
 * The resolutions of the workspace, summarised: a catalogue layer (each file's own number, title, date and the
 * reports it cites) and the answer to "which file is resolution X" and "where is X cited". The server feeds it
 * parsed files; it keeps only the text and the citations, not the whole model, so that a large workspace stays
 * small in memory.
 */
export class WorkspaceIndex implements CatalogueLayer, WorkspaceView {
	private readonly files = new Map<string, IndexedFile>();
	/** The catalogue rows by key, rebuilt on the first look-up after a change. */
	private byKey: Map<string, CatalogueEntry> | undefined;

	/** Files or replaces the summary of one file. */
	update(uri: string, resolution: Resolution): void {
		const citations = [...headingCitations(resolution), ...resolution.citations]
			.filter(citation => citation.symbol !== undefined)
			.map(citation => ({ key: catalogueKey(citation.symbol!), span: citation.span }));
		this.files.set(uri, { uri, text: resolution.text, citations, entries: entriesOfResolution(resolution, uri, fileName(uri)) });
		this.byKey = undefined;
	}

	remove(uri: string): void {
		if (this.files.delete(uri)) {
			this.byKey = undefined;
		}
	}

	/** Removes every file under a folder URI (a workspace folder that was closed). */
	removeUnder(folder: string): void {
		const prefix = folder.endsWith('/') ? folder : `${folder}/`;
		for (const uri of [...this.files.keys()]) {
			if (uri.startsWith(prefix)) {
				this.remove(uri);
			}
		}
	}

	has(uri: string): boolean {
		return this.files.has(uri);
	}

	get size(): number {
		return this.files.size;
	}

	lookup(key: string): CatalogueEntry | undefined {
		if (!this.byKey) {
			this.byKey = new Map();
			for (const file of this.files.values()) {
				for (const entry of file.entries) {
					const entryKey = catalogueKey(entry.symbol);
					// A file that is the resolution outranks another that merely cites it as its report.
					if (!this.byKey.has(entryKey) || (this.byKey.get(entryKey)!.reportFor && !entry.reportFor)) {
						this.byKey.set(entryKey, entry);
					}
				}
			}
		}
		return this.byKey.get(key);
	}

	holders(symbol: string): Location[] {
		const key = catalogueKey(symbol);
		const locations: Location[] = [];
		for (const file of this.files.values()) {
			for (const entry of file.entries) {
				if (entry.location && catalogueKey(entry.symbol) === key) {
					locations.push(this.location(file, entry.location.span));
				}
			}
		}
		return locations;
	}

	occurrences(symbol: string, exceptUri?: string): Location[] {
		const key = catalogueKey(symbol);
		const locations: Location[] = [];
		for (const file of this.files.values()) {
			if (file.uri === exceptUri) {
				continue;
			}
			for (const citation of file.citations) {
				if (citation.key === key) {
					locations.push(this.location(file, citation.span));
				}
			}
		}
		return locations;
	}

	private location(file: IndexedFile, span: Span): Location {
		file.positions ??= TextDocument.create(file.uri, 'un-resolution', 0, file.text);
		return { uri: file.uri, range: { start: file.positions.positionAt(span.start), end: file.positions.positionAt(span.end) } };
	}
}
