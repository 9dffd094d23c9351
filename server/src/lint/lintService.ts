import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Resolution } from '../languageService';
import {
	DEFAULT_MAX_FULL_ANALYSIS_SIZE, DEFAULT_MAX_PROBLEMS, isReducedAnalysis, limitDiagnostics, withSeverities,
	type LimitedDiagnostics, type LintConfig, type LintDiagnostic,
} from '../languageService/diagnostics';
import { checkFamilies, type CheckedFamilies } from '../languageService/diagnostics/incremental';
import type { Catalogue } from '../languageService/catalogue/catalogue';
import type { DocumentCache } from '../languageService/documentCache';
import type { LintSettings } from './lintSettings';

/** The checker's findings for one version of a document, with the model they were computed from. */
export interface LintSnapshot {
	version: number;
	resolution: Resolution;
	/** Every finding, which "fix all" works from. */
	diagnostics: LintDiagnostic[];
	/** The findings the editor is sent, within `unResolution.maxProblems`, and how many more there are. */
	published: LimitedDiagnostics;
	/** Names this result for the pull-diagnostics protocol: the same id means the same findings. */
	resultId: string;
	/** True when the document was too long for every rule and only structure and numbering were checked. */
	reduced: boolean;
	/** The size limit in characters that decided it. */
	limit: number;
}

interface Entry {
	config: LintConfig;
	snapshot: LintSnapshot;
	/** The findings of each rule family, which the next version reuses where a keystroke could not change them. */
	families: CheckedFamilies;
}

/**
 * The findings of every open document, computed once per document version and configuration from the model the
 * document cache already holds. Pull diagnostics and "fix all" share them, so a save that fixes everything does
 * not check the text a second time.
 */
export class LintService {
	readonly #models: DocumentCache<Resolution>;
	readonly #entries = new Map<string, Entry>();
	// Bumped on every configuration change, so that a result id never names findings of an older configuration.
	#generation = 0;

	/**
	 * `catalogue` gives the titles and dates that `citation.date-mismatch` compares citations with; without it the
	 * rule knows the built-in list only.
	 */
	constructor(models: DocumentCache<Resolution>, readonly settings: LintSettings, private readonly catalogue?: () => Catalogue) {
		this.#models = models;
	}

	/**
	 * The findings for the document as it is when its configuration is known. The text may change while the
	 * settings are asked for; the version and the model are then read together, after the wait.
	 */
	async get(document: TextDocument): Promise<LintSnapshot> {
		const config = await this.settings.get(document.uri);
		const entry = this.#entries.get(document.uri);
		if (entry && entry.config === config && entry.snapshot.version === document.version) {
			return entry.snapshot;
		}
		const resolution = this.#models.get(document);
		const families = checkFamilies(resolution, config, this.catalogue?.(), entry?.families);
		const diagnostics = withSeverities(families.findings, config);
		const snapshot: LintSnapshot = {
			version: document.version,
			resolution,
			diagnostics,
			published: limitDiagnostics(diagnostics, config.maxProblems ?? DEFAULT_MAX_PROBLEMS),
			resultId: `${this.#generation}:${document.version}`,
			reduced: isReducedAnalysis(resolution, config),
			limit: config.maxFullAnalysisSize ?? DEFAULT_MAX_FULL_ANALYSIS_SIZE,
		};
		this.#entries.set(document.uri, { config, snapshot, families });
		return snapshot;
	}

	forget(uri: string): void {
		this.#entries.delete(uri);
		this.settings.forget(uri);
	}

	invalidate(): void {
		this.#generation++;
		this.#entries.clear();
		this.settings.invalidate();
	}
}
