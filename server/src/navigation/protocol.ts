/**
 * What the server and the VS Code client say to each other about the catalogue, beyond LSP. Other editors need
 * none of it: without the client's answer the catalogue simply stays offline.
 */

/** Server → client: look these symbols up online. The client answers from its disk cache or the network. */
export const CATALOGUE_LOOKUP_REQUEST = 'unResolution/catalogue/lookup';

export interface CatalogueLookupParams {
	symbols: string[];
}

/** One document found online: its title and date as the online service gives them. */
export interface OnlineEntry {
	symbol: string;
	title?: string;
	/** ISO 8601 ("2015-09-25"). */
	date?: string;
	/** Who answered, named in hovers ("UN Digital Library"). */
	source: string;
}

export interface CatalogueLookupResult {
	entries: OnlineEntry[];
}

/** Client → server: the user has just trusted the workspace, so catalogue files outside it may now be read. */
export const WORKSPACE_TRUSTED_NOTIFICATION = 'unResolution/workspaceTrusted';

/** What the VS Code client tells the server at initialisation; other clients send nothing and get the defaults. */
export interface NavigationInitializationOptions {
	/** False in a workspace the user has not trusted (default true: a client without the notion trusts its files). */
	workspaceTrusted?: boolean;
	/** True when the client answers {@link CATALOGUE_LOOKUP_REQUEST}. */
	onlineCatalogue?: boolean;
	/** The catalogue settings, for clients that do not answer `workspace/configuration`. */
	catalogue?: Partial<CatalogueSettings>;
}

/** The `unResolution.catalogue` settings section. */
export const CATALOGUE_SETTINGS_SECTION = 'unResolution.catalogue';

export interface CatalogueSettings {
	/** Catalogue files (JSON or CSV), absolute or relative to a workspace folder. */
	files: string[];
	/** Look titles and dates up online, through the client; off unless the user turns it on. */
	onlineLookup: boolean;
}

/** The catalogue file every workspace folder may have, read without any setting. */
export const WORKSPACE_CATALOGUE_FILES = ['.resolutions/catalogue.json', '.resolutions/catalogue.csv'];
