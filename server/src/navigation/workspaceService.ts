import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { looksLikeResolution, parseResolution, type Resolution } from '../languageService';
import type { DocumentCache } from '../languageService/documentCache';
import type { WorkspaceFileSystem, WorkspaceView } from '../languageService/workspace/types';
import { WorkspaceIndex } from '../languageService/workspace/workspaceIndex';
import { describeFailure } from '../errors';
import type { ILogger } from '../runSafe';

/** A file whose name says it is a draft is indexed even when its first lines do not look like one yet. */
const NAMED_DRAFT = /\.resolution(?:\.(?:txt|md))?$/i;

export interface WorkspaceServiceOptions {
	files: WorkspaceFileSystem | undefined;
	documents: TextDocuments<TextDocument>;
	models: DocumentCache<Resolution>;
	logger: ILogger;
}

/**
 * Keeps the workspace index: every resolution under the workspace folders, read once in the background, then kept
 * current by file events; open documents replace their file's entry with the text being edited, read from the
 * shared model cache when someone asks (so typing costs nothing here). Without file access (a host that passes
 * none, as some tests do) the index holds the open documents only.
 */
export class WorkspaceService {
	readonly index = new WorkspaceIndex();
	/** The version of each open document last put in the index. */
	private readonly indexedVersions = new Map<string, number>();
	private scanning: Promise<void> = Promise.resolve();
	private readonly folderUris = new Set<string>();

	constructor(private readonly options: WorkspaceServiceOptions) {}

	/** Reads every draft under the folders; runs in the background and yields between files. */
	scan(folders: readonly string[]): Promise<void> {
		folders.forEach(folder => this.folderUris.add(folder));
		const { files, logger } = this.options;
		if (!files || folders.length === 0) {
			return this.scanning;
		}
		this.scanning = this.scanning.then(async () => {
			for (const uri of await files.findFiles(folders)) {
				if (!this.options.documents.get(uri)) {
					await this.readFromDisk(uri);
				}
				// Requests that arrive while a large workspace is read are served between two files.
				await new Promise(resolve => setTimeout(resolve, 0));
			}
		}).catch(error => logger.error(describeFailure('Error while indexing the workspace', error)));
		return this.scanning;
	}

	/** Settles when the scans started so far have finished; for tests and for a client that waits. */
	get ready(): Promise<void> {
		return this.scanning;
	}

	/** A file was created, changed or deleted on disk. Open documents are the editor's business until closed. */
	async fileChanged(uri: string, deleted: boolean): Promise<void> {
		if (this.options.documents.get(uri)) {
			return;
		}
		if (deleted) {
			this.index.remove(uri);
			return;
		}
		await this.readFromDisk(uri);
	}

	/**
	 * A document was closed: what is stored counts again (the edits may not have been saved). Any scheme may have
	 * a stored file, `vscode-vfs:` in github.dev for one; only an unsaved draft has none.
	 */
	async documentClosed(uri: string): Promise<void> {
		this.indexedVersions.delete(uri);
		this.index.remove(uri);
		if (!uri.startsWith('untitled:')) {
			await this.readFromDisk(uri);
		}
	}

	folderRemoved(folder: string): void {
		this.folderUris.delete(folder);
		this.index.removeUnder(folder);
	}

	/** The workspace folders as URIs, as the client last described them. */
	get folders(): string[] {
		return [...this.folderUris];
	}

	/** The index with every open document in its current version, for one request. */
	view(): WorkspaceView & WorkspaceIndex {
		for (const document of this.options.documents.all()) {
			if (this.indexedVersions.get(document.uri) !== document.version) {
				this.index.update(document.uri, this.options.models.get(document));
				this.indexedVersions.set(document.uri, document.version);
			}
		}
		return this.index;
	}

	private async readFromDisk(uri: string): Promise<void> {
		const text = await this.options.files?.readFile(uri);
		// The file may have been opened while it was read; the open document is then the truth.
		if (this.options.documents.get(uri)) {
			return;
		}
		if (text !== undefined && (NAMED_DRAFT.test(uri) || looksLikeResolution(text))) {
			this.index.update(uri, parseResolution(text));
		} else {
			this.index.remove(uri);
		}
	}
}
