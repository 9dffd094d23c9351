import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { DIAGNOSTIC_SOURCE, readDiagnosticData } from '../diagnostics/lsp';
import type { FixData, LintDiagnostic } from '../diagnostics/types';
import type { Resolution } from '../model/types';
import { editsForFix, fixKey, fixTitle, isSafeFix } from './fixes/edits';
import { toTextEdits } from './sourceEdits';

/**
 * The kind of the action that applies every safe fix at once. Being under `source.fixAll`, it runs on save when
 * the user sets `"editor.codeActionsOnSave": { "source.fixAll.unResolution": "explicit" }`.
 */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.unResolution`;

/** What a code action request says about the document, in LSP terms. */
export interface QuickFixQuery {
	uri: string;
	/** The version the model was parsed from; fixes computed for another version are not offered. */
	version?: number;
	/** The diagnostics the client sent in the request's context. */
	diagnostics: readonly Diagnostic[];
}

/**
 * Whether a request limited to the kinds in `only` wants actions of `kind`: a requested kind covers itself and
 * the kinds below it, so `source.fixAll` and `source` both ask for `source.fixAll.unResolution`.
 */
export function isKindRequested(only: readonly string[] | undefined, kind: string): boolean {
	return !only || only.some(requested => kind === requested || kind.startsWith(`${requested}.`));
}

/**
 * The quick fixes for the diagnostics of a code action request, read from the fixes each diagnostic carries in
 * `data`. A fix shared by several diagnostics (one renumbering for every numbering break) is offered once, for
 * all of them.
 */
export function getQuickFixes(resolution: Resolution, query: QuickFixQuery): CodeAction[] {
	const groups = new Map<string, { fix: FixData; diagnostics: Diagnostic[]; alone: boolean }>();
	for (const diagnostic of query.diagnostics) {
		if (diagnostic.source !== DIAGNOSTIC_SOURCE) {
			continue;
		}
		const data = readDiagnosticData(diagnostic.data, resolution.text.length);
		if (!data || (data.version !== undefined && query.version !== undefined && data.version !== query.version)) {
			continue;
		}
		for (const fix of data.fixes) {
			const key = fixKey(fix);
			const group = groups.get(key) ?? { fix, diagnostics: [], alone: true };
			group.diagnostics.push(diagnostic);
			group.alone &&= data.fixes.length === 1;
			groups.set(key, group);
		}
	}
	const actions: CodeAction[] = [];
	for (const { fix, diagnostics, alone } of groups.values()) {
		const edits = toTextEdits(resolution.text, editsForFix(resolution, fix));
		if (edits.length > 0) {
			actions.push({
				title: fixTitle(fix),
				kind: CodeActionKind.QuickFix,
				diagnostics,
				// The only fix of its problems is the one Ctrl+. "auto fix" applies without a menu.
				isPreferred: alone,
				edit: { changes: { [query.uri]: edits } },
			});
		}
	}
	return actions;
}

/**
 * Gives diagnostics that a client sent back without `data` (not every client keeps it) the fixes of the current
 * findings, converted the same way and matched by code and range. A diagnostic that matches none stays without a
 * fix, which is right for one that no longer holds.
 */
export function restoreFixData(sent: readonly Diagnostic[], current: readonly Diagnostic[]): Diagnostic[] {
	return sent.map(diagnostic => {
		if (diagnostic.data !== undefined || (diagnostic.source !== undefined && diagnostic.source !== DIAGNOSTIC_SOURCE)) {
			return diagnostic;
		}
		const match = current.find(candidate => candidate.code === diagnostic.code && sameRange(candidate.range, diagnostic.range));
		return match?.data === undefined ? diagnostic : { ...diagnostic, source: match.source, data: match.data };
	});
}

/** Whether a client sent back a diagnostic of the checker without the data that carries its fixes. */
export function lacksFixData(diagnostics: readonly Diagnostic[]): boolean {
	return diagnostics.some(diagnostic => diagnostic.data === undefined
		&& (diagnostic.source === undefined || diagnostic.source === DIAGNOSTIC_SOURCE));
}

function sameRange(a: Range, b: Range): boolean {
	return a.start.line === b.start.line && a.start.character === b.start.character
		&& a.end.line === b.end.line && a.end.character === b.end.character;
}

/**
 * One action that applies every safe fix of the document's diagnostics (numbers and punctuation; see isSafeFix).
 * Each distinct fix is applied once, all from the same model, and an edit that would overlap an earlier one is
 * left out (the next run applies it), so the result is never a mix of two fixes in one place.
 * Undefined when there is nothing to fix.
 */
export function getFixAllAction(resolution: Resolution, uri: string, diagnostics: readonly LintDiagnostic[]): CodeAction | undefined {
	const fixes = new Map<string, FixData>();
	for (const diagnostic of diagnostics) {
		for (const fix of diagnostic.fixes ?? []) {
			if (isSafeFix(diagnostic.code)) {
				fixes.set(fixKey(fix), fix);
			}
		}
	}
	const edits = toTextEdits(resolution.text, [...fixes.values()].flatMap(fix => editsForFix(resolution, fix)));
	if (edits.length === 0) {
		return undefined;
	}
	return {
		title: 'Fix all numbering and punctuation problems',
		kind: FIX_ALL_KIND,
		edit: { changes: { [uri]: edits } },
	};
}
