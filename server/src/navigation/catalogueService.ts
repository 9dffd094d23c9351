import { DiagnosticSeverity, type Connection, type Diagnostic, type InitializeParams } from 'vscode-languageserver';
import { BUILT_IN_CATALOGUE } from '../languageService/catalogue/builtIn';
import { Catalogue, EntryMap } from '../languageService/catalogue/catalogue';
import { readCatalogueFile, type CatalogueProblem } from '../languageService/catalogue/catalogueFile';
import type { WorkspaceFileSystem } from '../languageService/workspace/types';
import { describeFailure } from '../errors';
import type { ILogger } from '../runSafe';
import { CATALOGUE_SETTINGS_SECTION, WORKSPACE_CATALOGUE_FILES, type CatalogueSettings, type NavigationInitializationOptions } from './protocol';
import type { WorkspaceService } from './workspaceService';

/** Catalogue files are exports of whole collections; larger than this, they are not read. */
const MAX_CATALOGUE_BYTES = 32 * 1024 * 1024;
const DEFAULT_SETTINGS: CatalogueSettings = { files: [], onlineLookup: false };

export interface CatalogueServiceOptions {
	connection: Connection;
	files: WorkspaceFileSystem | undefined;
	logger: ILogger;
	workspace: WorkspaceService;
	initializeParams(): InitializeParams | undefined;
}

/**
 * The catalogue of one server: the workspace's resolutions, the catalogue files (from the setting and each
 * folder's `.resolutions/catalogue.json`), the rows found online, and the built-in list, in that order of trust.
 * Malformed rows of a catalogue file become warnings on that file, with their lines, in the editor's problems.
 */
export class CatalogueService {
	readonly catalogue: Catalogue;
	/** Rows the client found online; they outlive reloads of the files. */
	readonly online = new EntryMap();
	private fileLayers: EntryMap[] = [];
	private fileUris = new Set<string>();
	private reported = new Set<string>();
	private settings: CatalogueSettings = DEFAULT_SETTINGS;
	// Set when the client reports that the user trusted the workspace during the session.
	private trustGranted = false;

	constructor(private readonly options: CatalogueServiceOptions) {
		this.catalogue = new Catalogue(() => [options.workspace.view(), ...this.fileLayers, this.online, BUILT_IN_CATALOGUE]);
	}

	/**
	 * Whether the workspace is trusted: granted during the session, or said so at initialisation. Read when asked,
	 * since the service is built before `initialize` arrives; read in the constructor, every workspace was trusted.
	 */
	private get trusted(): boolean {
		return this.trustGranted || this.initializationOptions().workspaceTrusted !== false;
	}

	/** Whether hovers may ask the client to look a symbol up online. */
	get onlineLookup(): boolean {
		return this.settings.onlineLookup && this.trusted && this.initializationOptions().onlineCatalogue === true;
	}

	isCatalogueFile(uri: string): boolean {
		return this.fileUris.has(uri) || WORKSPACE_CATALOGUE_FILES.some(name => uri.endsWith(`/${name}`));
	}

	trust(): Promise<void> {
		this.trustGranted = true;
		return this.reload();
	}

	/** Reads the settings and every catalogue file again. */
	async reload(): Promise<void> {
		this.settings = await this.readSettings();
		const folders = this.options.workspace.folders;
		const configured = this.settings.files.flatMap(file => resolveAgainst(file, folders))
			.filter(uri => this.trusted || folders.some(folder => isInside(uri, folder)));
		const conventional = folders.flatMap(folder => WORKSPACE_CATALOGUE_FILES.map(name => `${trimSlash(folder)}/${name}`));
		const layers: EntryMap[] = [];
		const problems = new Map<string, CatalogueProblem[]>();
		for (const uri of [...new Set([...configured, ...conventional])]) {
			const text = await this.options.files?.readFile(uri, MAX_CATALOGUE_BYTES);
			if (text === undefined) {
				if (configured.includes(uri)) {
					this.options.logger.error(`The catalogue file ${uri} cannot be read (missing, unreadable or larger than 32 MB).`);
				}
				continue;
			}
			const file = readCatalogueFile(text, uri);
			layers.push(new EntryMap(file.entries));
			problems.set(uri, file.problems);
		}
		this.fileLayers = layers;
		this.fileUris = new Set([...configured, ...conventional]);
		this.publish(problems);
	}

	private publish(problems: Map<string, CatalogueProblem[]>): void {
		const { connection } = this.options;
		for (const uri of this.reported) {
			if (!problems.get(uri)?.length) {
				void connection.sendDiagnostics({ uri, diagnostics: [] });
			}
		}
		this.reported = new Set();
		for (const [uri, list] of problems) {
			if (list.length > 0) {
				this.reported.add(uri);
				void connection.sendDiagnostics({ uri, diagnostics: list.map(toDiagnostic) });
				connection.console.warn(list.map(problem => `${uri}:${problem.line}: ${problem.message}`).join('\n'));
			}
		}
	}

	private async readSettings(): Promise<CatalogueSettings> {
		const fromClient = this.initializationOptions().catalogue ?? {};
		let section: unknown = fromClient;
		if (this.options.initializeParams()?.capabilities.workspace?.configuration) {
			try {
				section = await this.options.connection.workspace.getConfiguration({ section: CATALOGUE_SETTINGS_SECTION }) ?? fromClient;
			} catch (error) {
				this.options.logger.error(describeFailure('Could not read the catalogue settings', error));
			}
		}
		const value = (typeof section === 'object' && section !== null ? section : {}) as Partial<CatalogueSettings>;
		return {
			files: Array.isArray(value.files) ? value.files.filter((file): file is string => typeof file === 'string' && file.trim() !== '') : [],
			onlineLookup: value.onlineLookup === true,
		};
	}

	private initializationOptions(): NavigationInitializationOptions {
		const options = this.options.initializeParams()?.initializationOptions;
		return typeof options === 'object' && options !== null ? options as NavigationInitializationOptions : {};
	}
}

function toDiagnostic(problem: CatalogueProblem): Diagnostic {
	const line = Math.max(0, problem.line - 1);
	return {
		range: { start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } },
		severity: DiagnosticSeverity.Warning,
		source: 'UN Resolution catalogue',
		message: problem.message,
	};
}

export function workspaceFolders(params: InitializeParams | undefined): string[] {
	return params?.workspaceFolders?.map(folder => folder.uri) ?? (params?.rootUri ? [params.rootUri] : []);
}

/** A setting's path as file URIs: a URI as it is, an absolute path as a file URI, a relative one in every folder. */
function resolveAgainst(file: string, folders: readonly string[]): string[] {
	const trimmed = file.trim();
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
		return [trimmed];
	}
	const slashed = trimmed.replace(/\\/g, '/');
	if (slashed.startsWith('/')) {
		return [`file://${encodePath(slashed)}`];
	}
	if (/^[A-Za-z]:\//.test(slashed)) {
		return [`file:///${slashed[0].toLowerCase()}%3A${encodePath(slashed.slice(2))}`];
	}
	return folders.map(folder => `${trimSlash(folder)}/${encodePath(slashed.replace(/^\.\//, ''))}`);
}

function encodePath(path: string): string {
	return path.split('/').map(encodeURIComponent).join('/');
}

function trimSlash(uri: string): string {
	return uri.endsWith('/') ? uri.slice(0, -1) : uri;
}

function isInside(uri: string, folder: string): boolean {
	const parts = uri.split('/');
	// A path with ".." could climb out of the folder however it starts.
	return !parts.includes('..') && !parts.includes('%2E%2E') && uri.startsWith(`${trimSlash(folder)}/`);
}
