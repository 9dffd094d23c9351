import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Resolution } from '../languageService';
import {
	computeDiagnostics, DEFAULT_CONFIG, limitDiagnostics, type LintConfig, type Severity,
} from '../languageService/diagnostics';
import { toLspDiagnostics } from '../languageService/diagnostics/lsp';
import type { ConfigFile } from '../lint/configFiles';
import { findConfigFile, loadConfigFile } from '../node/lintConfigFiles';

/** One problem as the CLI reports it: 1-based lines and columns (UTF-16 code units), the end exclusive. */
export interface CliDiagnostic {
	line: number;
	column: number;
	endLine: number;
	endColumn: number;
	severity: Severity;
	code: string;
	message: string;
}

export interface FileReport {
	file: string;
	diagnostics: CliDiagnostic[];
	/** How many problems `--max-problems` left out; absent when none were, so that the JSON is unchanged then. */
	omitted?: number;
}

/**
 * Checks one parsed file; positions are worked out by the same conversion the language server uses. With
 * `config.maxProblems`, only the problems listed are converted, the most severe first (see limitDiagnostics).
 */
export function checkFile(file: string, resolution: Resolution, config: LintConfig): FileReport {
	const { shown: findings, omitted } = limitDiagnostics(computeDiagnostics(resolution, config), config.maxProblems);
	const document = TextDocument.create(file, 'un-resolution', 0, resolution.text);
	const diagnostics = toLspDiagnostics(findings, document).map((diagnostic, index): CliDiagnostic => ({
		line: diagnostic.range.start.line + 1,
		column: diagnostic.range.start.character + 1,
		endLine: diagnostic.range.end.line + 1,
		endColumn: diagnostic.range.end.character + 1,
		severity: findings[index].severity,
		code: findings[index].code,
		message: findings[index].message,
	}));
	return omitted > 0 ? { file, diagnostics, omitted } : { file, diagnostics };
}

/**
 * `file:line:col severity code message`, one problem a line, for terminals and editors' problem matchers. A file
 * whose list was cut ends with a line that says so; it has no line number, so problem matchers pass over it.
 */
export function formatText(reports: readonly FileReport[]): string {
	return reports.flatMap(({ file, diagnostics, omitted }) => [
		...diagnostics.map(d => `${file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}\n`),
		...(omitted ? [`${file}: ${omittedText(omitted, diagnostics.length)}\n`] : []),
	]).join('');
}

/** The sentence that says how many problems of a file were left out, for the text and SARIF reports. */
export function omittedText(omitted: number, listed: number): string {
	return `${omitted} more ${omitted === 1 ? 'problem' : 'problems'} not shown (--max-problems ${listed})`;
}

export function hasErrors(reports: readonly FileReport[]): boolean {
	return reports.some(report => report.diagnostics.some(diagnostic => diagnostic.severity === 'error'));
}

export type ConfigLookup = { ok: true; config: LintConfig } | { ok: false; message: string };

/**
 * The configuration for each input file: the file named by `--config`, or the `.resolutionlintrc.json` nearest
 * the input (standard input looks from the working folder). Each configuration file is read once. Unlike the
 * editor, which keeps going on the valid part, the CLI refuses a configuration with any mistake: in a script, a
 * rule silently left at its default is worse than a clear failure.
 */
export class CliConfigs {
	readonly #explicit?: string;
	readonly #loaded = new Map<string, ConfigFile>();

	constructor(explicit?: string) {
		this.#explicit = explicit;
	}

	lookup(file: string): ConfigLookup {
		const configFile = this.#explicit ?? findConfigFile(file === '-' ? process.cwd() : path.dirname(path.resolve(file)));
		if (!configFile) {
			return { ok: true, config: DEFAULT_CONFIG };
		}
		let loaded = this.#loaded.get(configFile);
		if (!loaded) {
			loaded = loadConfigFile(configFile);
			this.#loaded.set(configFile, loaded);
		}
		return loaded.errors.length > 0
			? { ok: false, message: `invalid configuration '${configFile}': ${loaded.errors.join('; ')}` }
			: { ok: true, config: loaded.config };
	}
}
