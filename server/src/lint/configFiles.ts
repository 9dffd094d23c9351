import { readConfig, type LintConfig } from '../languageService/diagnostics';
import { RC_FILE_NAME } from './rcFileName';

export { RC_FILE_NAME };

/** A configuration file as read: the rules it sets, and what was wrong with it, in words for the user. */
export interface ConfigFile {
	/** Where the file is, as a path for the CLI's messages and the editor's log. */
	path: string;
	config: LintConfig;
	/** Empty for a good file; for a bad one, what was wrong (invalid JSON, an unknown code, a bad severity). */
	errors: string[];
}

/**
 * Finds and reads configuration files. The Node server and the CLI pass one built on the file system
 * (node/lintConfigFiles.ts); the browser worker passes one that asks the web client, whose file system API is
 * asynchronous (browser/clientConfigFiles.ts).
 */
export interface ILintConfigFiles {
	/**
	 * The nearest configuration file for a document: in its folder or the closest one above. A document that is
	 * not a file (an unsaved draft) takes the file at the root of the first workspace folder that has one.
	 */
	find(documentUri: string, workspaceFolders: readonly string[]): ConfigFile | undefined | Promise<ConfigFile | undefined>;
}

/**
 * Reads the text of a configuration file. Text that is not valid JSON yields no rules and one error that says so;
 * unknown codes and bad severities are listed while the valid rules still apply (readConfig).
 */
export function parseConfigFile(path: string, source: string): ConfigFile {
	let json: unknown;
	try {
		// A byte-order mark is harmless in an editor but not valid JSON.
		json = JSON.parse(source.replace(/^\uFEFF/, ''));
	} catch (error) {
		return { path, config: { rules: {} }, errors: [`not valid JSON: ${(error as Error).message}`] };
	}
	const { config, errors } = readConfig(json);
	return { path, config, errors };
}

/** Whether a changed file is a configuration file, for the file watcher's notifications. */
export function isConfigFileUri(uri: string): boolean {
	return uri === RC_FILE_NAME || uri.endsWith(`/${RC_FILE_NAME}`);
}
