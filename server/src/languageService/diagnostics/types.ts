import type { Resolution, Span } from '../model/types';
import type { LintConfig } from './config';
import type { DiagnosticCode, Severity } from './codes';
import type { Catalogue } from '../catalogue/catalogue';
import type { PlacedParagraph } from './rules/paragraphs';

/**
 * What a quick fix needs, carried on the diagnostic (LSP `Diagnostic.data`) so that code actions need not
 * re-derive it. Each variant names one fix.
 */
export type FixData =
	| { fix: 'renumber-operative' }
	| { fix: 'renumber-subparagraphs'; paragraphStart: number }
	| { fix: 'renumber-footnotes' }
	| { fix: 'replace'; span: Span; text: string; title: string }
	| { fix: 'insert'; offset: number; text: string; title: string }
	| { fix: 'create-footnote'; number: number };

/** One finding of the checker, in source offsets. Converted to an LSP diagnostic only at the edge. */
export interface LintDiagnostic {
	code: DiagnosticCode;
	severity: Severity;
	message: string;
	span: Span;
	/** Other places that explain the finding ("first used here"). */
	related?: Array<{ span: Span; message: string }>;
	fixes?: FixData[];
}

/** A finding before the configured severity is applied; a rule may propose a severity other than the default. */
export type Finding = Omit<LintDiagnostic, 'severity'> & { severity?: Severity };

/** What every rule receives. */
export interface RuleContext {
	resolution: Resolution;
	config: LintConfig;
	/** Titles and dates of cited documents; the rules that need one fall back to the built-in list without it. */
	catalogue?: Catalogue;
	/** The placed paragraphs, listed by the first rule family that reads them in this check (rules/paragraphs.ts). */
	placed?: { resolution: Resolution; paragraphs: readonly PlacedParagraph[] };
}

/** A rule family: a pure function of the model that returns its findings. */
export type Rule = (context: RuleContext) => Finding[];
