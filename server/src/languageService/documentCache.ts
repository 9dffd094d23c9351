/**
 * A per-document cache of the value computed from a document's text, keyed by URI and version.
 *
 * Every version's value is kept until the next version arrives or the document is closed: every request against
 * the same version shares one model, and no feature ever parses on its own. The computation receives the value of
 * the previous version too, which it may reuse (incremental re-analysis) and which the cache then forgets.
 */

/** The few members of a text document the cache needs; `TextDocument` from vscode-languageserver-textdocument fits. */
export interface VersionedText {
	readonly uri: string;
	readonly version: number;
	getText(): string;
}

interface Entry<T> {
	version: number;
	value: T;
}

export class DocumentCache<T> {
	readonly #compute: (text: string, uri: string, previous?: T) => T;
	readonly #entries = new Map<string, Entry<T>>();

	/**
	 * `compute` receives the URI too, for what depends on the document's settings (a forced language), and the
	 * value of the document's previous version, if any, which it may consume.
	 */
	constructor(compute: (text: string, uri: string, previous?: T) => T) {
		this.#compute = compute;
	}

	/** Returns the value for the document's current version, computing it only when the version changed. */
	get(document: VersionedText): T {
		const entry = this.#entries.get(document.uri);
		if (entry && entry.version === document.version) {
			return entry.value;
		}
		const value = this.#compute(document.getText(), document.uri, entry?.value);
		this.#entries.set(document.uri, { version: document.version, value });
		return value;
	}

	/** Forgets a document, typically when the editor closes it, so that closed drafts do not hold memory. */
	delete(uri: string): void {
		this.#entries.delete(uri);
	}

	clear(): void {
		this.#entries.clear();
	}

	get size(): number {
		return this.#entries.size;
	}
}
