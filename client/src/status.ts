import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ANALYSIS_STATUS_NOTIFICATION, type AnalysisStatusParams } from '../../server/src/languageService/diagnostics/analysisSize';
import type { StructureResult } from '../../server/src/languageService/features/views/protocol';
import { LANGUAGE_ID, SETTINGS_SECTION } from './constants';
import type { ActiveDraft } from './views/activeDraft';

/**
 * The language status item of a draft: its paragraph and footnote counts ("PP 38 · OP 39 · FN 13"), its problems,
 * the catalogue titles come from, and a warning when the draft is too long for every rule to run.
 */
export class DraftStatus implements vscode.Disposable {
	private readonly item: vscode.LanguageStatusItem;
	private readonly reduced = new Map<string, AnalysisStatusParams>();
	private readonly subscriptions: vscode.Disposable[] = [];

	constructor(private readonly draft: ActiveDraft, structureViewId: string) {
		this.item = vscode.languages.createLanguageStatusItem('unResolution.status', { language: LANGUAGE_ID });
		this.item.name = vscode.l10n.t('UN Resolution structure');
		this.item.command = { title: vscode.l10n.t('Show structure'), command: `${structureViewId}.focus` };
		this.subscriptions.push(this.item);
	}

	/** The item as the status bar shows it, for the tests. */
	get shown(): { text: string; detail: string | undefined } {
		return { text: this.item.text, detail: this.item.detail };
	}

	/** Listens for the server's note that a long draft gets only the structure and numbering rules. */
	listen(client: BaseLanguageClient): void {
		this.subscriptions.push(client.onNotification(ANALYSIS_STATUS_NOTIFICATION, (params: AnalysisStatusParams) => {
			if (params?.reduced) {
				this.reduced.set(params.uri, params);
			} else if (typeof params?.uri === 'string') {
				this.reduced.delete(params.uri);
			}
		}));
	}

	update(structure: StructureResult | undefined): void {
		const document = this.draft.document;
		if (!structure || !document) {
			this.item.text = vscode.l10n.t('UN Resolution');
			this.item.detail = undefined;
			return;
		}
		const { preamble, operative, footnotes } = structure.counts;
		this.item.text = `PP ${preamble} · OP ${operative} · FN ${footnotes}`;
		const diagnostics = vscode.languages.getDiagnostics(document.uri);
		const errors = diagnostics.filter(diagnostic => diagnostic.severity === vscode.DiagnosticSeverity.Error).length;
		const warnings = diagnostics.filter(diagnostic => diagnostic.severity === vscode.DiagnosticSeverity.Warning).length;
		const reduced = this.reduced.get(structure.uri);
		this.item.detail = [
			vscode.l10n.t('{0} error(s), {1} warning(s)', errors, warnings),
			catalogueDescription(document.uri),
			reduced ? vscode.l10n.t('only structure and numbering checked: longer than {0} characters', reduced.limit) : undefined,
		].filter(Boolean).join(' · ');
		this.item.severity = reduced ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
	}

	dispose(): void {
		this.subscriptions.forEach(subscription => subscription.dispose());
	}
}

/** Where hover titles and dates come from: the built-in list and open drafts, plus the user's catalogue files. */
function catalogueDescription(uri: vscode.Uri): string {
	const files = vscode.workspace.getConfiguration(SETTINGS_SECTION, uri).get<unknown>('catalogue.files');
	const count = Array.isArray(files) ? files.length : 0;
	return count > 0 ? vscode.l10n.t('catalogue: built-in list and {0} file(s)', count) : vscode.l10n.t('catalogue: built-in list');
}
