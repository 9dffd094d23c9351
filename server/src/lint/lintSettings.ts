import { MessageType, ShowMessageNotification, type Connection, type InitializeParams } from 'vscode-languageserver';
import type { DocumentLanguage } from '../languageService';
import { mergeConfigs, readConfig, type LintConfig } from '../languageService/diagnostics';
import { describeFailure } from '../errors';
import type { ConfigFile, ILintConfigFiles } from './configFiles';

/** The settings section the extension contributes; `unResolution.rules` maps codes to severities. */
export const SETTINGS_SECTION = 'unResolution';

export interface LintSettingsOptions {
	connection: Connection;
	/** Reads `.resolutionlintrc.json` files; absent for a client that offers no file access. */
	configFiles?: ILintConfigFiles;
	/** What the client said at initialisation, once it has: its capabilities and workspace folders. */
	initializeParams(): InitializeParams | undefined;
	/** Told the language a document's settings force (`unResolution.language`), or undefined for detection. */
	onLanguage?(uri: string, language: DocumentLanguage | undefined): void;
}

/**
 * The checker's configuration per document: the workspace's `.resolutionlintrc.json`, overridden code by code by
 * the editor's `unResolution.rules` setting for that document. Each document's configuration is asked for once
 * and kept until the settings or a configuration file change, or the document closes.
 *
 * A bad configuration never stops the checker: the valid rules apply, and the user is told once what is wrong.
 */
export class LintSettings {
	readonly #options: LintSettingsOptions;
	readonly #configs = new Map<string, Promise<LintConfig>>();
	readonly #reported = new Set<string>();

	constructor(options: LintSettingsOptions) {
		this.#options = options;
	}

	get(uri: string): Promise<LintConfig> {
		let config = this.#configs.get(uri);
		if (!config) {
			config = this.#load(uri);
			this.#configs.set(uri, config);
		}
		return config;
	}

	forget(uri: string): void {
		this.#configs.delete(uri);
	}

	/** Drops every configuration, after a change of the settings or of a configuration file. */
	invalidate(): void {
		this.#configs.clear();
		// A problem that is still there after the change is worth saying again.
		this.#reported.clear();
	}

	async #load(uri: string): Promise<LintConfig> {
		const file = await this.#readFile(uri);
		if (file?.errors.length) {
			this.#report(`${file.path}: ${file.errors.join('; ')}`);
		}
		return mergeConfigs(file?.config, await this.#readSettings(uri));
	}

	#readFile(uri: string): ConfigFile | undefined | Promise<ConfigFile | undefined> {
		const params = this.#options.initializeParams();
		const folders = params?.workspaceFolders?.map(folder => folder.uri) ?? (params?.rootUri ? [params.rootUri] : []);
		return this.#options.configFiles?.find(uri, folders);
	}

	async #readSettings(uri: string): Promise<LintConfig | undefined> {
		if (!this.#options.initializeParams()?.capabilities.workspace?.configuration) {
			return undefined;
		}
		let section: unknown;
		try {
			section = await this.#options.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION });
		} catch (error) {
			this.#options.connection.console.error(describeFailure(`Could not read the ${SETTINGS_SECTION} settings`, error));
			return undefined;
		}
		const rules = typeof section === 'object' && section !== null ? (section as { rules?: unknown }).rules : undefined;
		this.#options.onLanguage?.(uri, forcedLanguage(section));
		const { config, errors } = readConfig({ rules: rules ?? {} });
		if (errors.length > 0) {
			this.#report(`setting ${SETTINGS_SECTION}.rules: ${errors.join('; ')}`);
		}
		// A missing or nonsensical limit leaves the checker's default in force rather than switching rules off or
		// hiding every problem.
		const maxFullAnalysisSize = positiveLimit(section, 'maxFullAnalysisSize');
		if (maxFullAnalysisSize !== undefined) {
			config.maxFullAnalysisSize = maxFullAnalysisSize;
		}
		const maxProblems = positiveLimit(section, 'maxProblems');
		// At least one problem is always shown, so that a draft with errors never looks clean.
		if (maxProblems !== undefined && maxProblems >= 1) {
			config.maxProblems = Math.floor(maxProblems);
		}
		return config;
	}

	#report(message: string): void {
		if (this.#reported.has(message)) {
			return;
		}
		this.#reported.add(message);
		const { connection } = this.#options;
		connection.console.warn(`Configuration problem in ${message}`);
		// A notification, not the request behind window.showWarningMessage: there is nothing to answer.
		void connection.sendNotification(ShowMessageNotification.type, {
			type: MessageType.Warning,
			message: `UN Resolution: ignoring part of the configuration in ${message}`,
		});
	}
}

/** A setting of the section that is a positive number, or undefined when it is missing or anything else. */
function positiveLimit(section: unknown, key: 'maxFullAnalysisSize' | 'maxProblems'): number | undefined {
	const value = typeof section === 'object' && section !== null ? (section as Record<string, unknown>)[key] : undefined;
	return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

const LANGUAGES: readonly DocumentLanguage[] = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];

/** The language `unResolution.language` forces, or undefined for "auto" and anything unknown. */
function forcedLanguage(section: unknown): DocumentLanguage | undefined {
	const value = typeof section === 'object' && section !== null ? (section as { language?: unknown }).language : undefined;
	return LANGUAGES.find(language => language === value);
}
