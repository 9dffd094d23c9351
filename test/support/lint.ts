import { parseResolution, type Span } from '../../server/src/languageService';
import { computeDiagnostics, type LintConfig, type LintDiagnostic } from '../../server/src/languageService/diagnostics';

/** The diagnostics of a text, optionally only those of one code. */
export function lint(text: string, code?: string, config?: LintConfig): LintDiagnostic[] {
	const diagnostics = computeDiagnostics(parseResolution(text), config);
	return code ? diagnostics.filter(diagnostic => diagnostic.code === code) : diagnostics;
}

/** Code, span and severity of each diagnostic, for compact assertions. */
export function summary(diagnostics: readonly LintDiagnostic[]): Array<[string, Span, string]> {
	return diagnostics.map(diagnostic => [diagnostic.code, diagnostic.span, diagnostic.severity]);
}
