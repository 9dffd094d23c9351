/**
 * The stable codes of every rule the checker applies. They appear in the editor, in the CLI's output and in
 * `.resolutionlintrc.json`, and each has a page at docs/rules/<code>.md; never rename one.
 */
export enum DiagnosticCode {
	/** Operative paragraph numbers with a gap, a duplicate, a step back, or a single numbered paragraph. */
	NumberingOperative = 'numbering.operative',
	/** Sub-paragraph labels out of sequence, or in a style that does not fit their level or the language. */
	NumberingSubparagraph = 'numbering.subparagraph',
	/** A footnote marker with no footnote text. */
	FootnoteUndefined = 'footnote.undefined',
	/** A footnote text that no marker cites. */
	FootnoteUnused = 'footnote.unused',
	/** Footnote numbers that do not first appear in the order 1, 2, 3 … */
	FootnoteOrder = 'footnote.order',
	/** Two footnote texts with the same number. */
	FootnoteDuplicateDefinition = 'footnote.duplicate-definition',
	/** A footnote number cited a second time instead of a new footnote with the same text. */
	FootnoteRepeatedMarker = 'footnote.repeated-marker',
	/** A preambular paragraph that does not end with a comma, or an organ line without its comma. */
	PunctuationPreambular = 'punctuation.preambular',
	/** An operative paragraph other than the last that does not end with a semicolon. */
	PunctuationOperative = 'punctuation.operative',
	/** The last operative paragraph does not end with a full stop. */
	PunctuationFinal = 'punctuation.final',
	/** A participle opening an operative paragraph, or a third-person verb opening a preambular one. */
	VerbWrongPart = 'verb.wrong-part',
	/** The same opening verb in consecutive paragraphs without "also"/"further" (又/还). */
	VerbRepeated = 'verb.repeated',
	/** A paragraph that opens with no verb the vocabulary knows. */
	VerbUnknown = 'verb.unknown',
	/** A document symbol that does not follow the symbol grammar. */
	SymbolMalformed = 'symbol.malformed',
	/** A Word field error left in the text ("Error! Bookmark not defined."). */
	ArtifactFieldError = 'artifact.field-error',
	/** Session line, resolution number, report symbols, adoption date and closing date that disagree. */
	HeaderInconsistent = 'header.inconsistent',
	/** Opening verbs emphasised in some paragraphs and not in others. */
	StyleVerbEmphasis = 'style.verb-emphasis',
	/** Negotiation brackets, "bis"/"ter" paragraphs or "[…]" left in the text. */
	DraftLeftover = 'draft.leftover',
	/** Text the parser could not place in the structure of a resolution. */
	StructureUnclassified = 'structure.unclassified',
	/** An opener whose gender does not agree with the organ ("Conscient" for l'Assemblée, "يشير" for الجمعية). */
	VerbAgreement = 'verb.agreement',
	/** A footnote marker on the wrong side of a punctuation mark for the language. */
	FootnotePlacement = 'footnote.placement',
	/** French ";", ":", "?" and "!" without the no-break space before them. */
	PunctuationSpacing = 'punctuation.spacing',
	/** A cited resolution whose date differs from the date the catalogue knows ("resolution 70/1 of 25 September 2014"). */
	CitationDateMismatch = 'citation.date-mismatch',
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** The severity of each code when no setting or configuration file changes it (issue 3's defaults). */
export const DEFAULT_SEVERITY: Readonly<Record<DiagnosticCode, Severity>> = {
	[DiagnosticCode.NumberingOperative]: 'error',
	[DiagnosticCode.NumberingSubparagraph]: 'error',
	[DiagnosticCode.FootnoteUndefined]: 'error',
	[DiagnosticCode.FootnoteUnused]: 'warning',
	[DiagnosticCode.FootnoteOrder]: 'warning',
	[DiagnosticCode.FootnoteDuplicateDefinition]: 'error',
	// The rule itself lowers this to information for texts of the 73rd session and before (see footnotes.ts).
	[DiagnosticCode.FootnoteRepeatedMarker]: 'warning',
	[DiagnosticCode.PunctuationPreambular]: 'warning',
	[DiagnosticCode.PunctuationOperative]: 'warning',
	[DiagnosticCode.PunctuationFinal]: 'warning',
	[DiagnosticCode.VerbWrongPart]: 'error',
	[DiagnosticCode.VerbRepeated]: 'warning',
	[DiagnosticCode.VerbUnknown]: 'hint',
	[DiagnosticCode.SymbolMalformed]: 'warning',
	[DiagnosticCode.ArtifactFieldError]: 'error',
	[DiagnosticCode.HeaderInconsistent]: 'warning',
	[DiagnosticCode.StyleVerbEmphasis]: 'hint',
	[DiagnosticCode.DraftLeftover]: 'information',
	[DiagnosticCode.StructureUnclassified]: 'information',
	[DiagnosticCode.VerbAgreement]: 'warning',
	[DiagnosticCode.FootnotePlacement]: 'warning',
	// Information only: titles in English quoted inside French texts keep their own colons (A/RES/75/202).
	[DiagnosticCode.PunctuationSpacing]: 'information',
	[DiagnosticCode.CitationDateMismatch]: 'warning',
};

export const ALL_CODES: readonly DiagnosticCode[] = Object.values(DiagnosticCode);

export function isDiagnosticCode(value: string): value is DiagnosticCode {
	return (ALL_CODES as readonly string[]).includes(value);
}

/** Where a code's documentation lives, relative to the repository and on the project's site. */
export function ruleDocumentationPath(code: DiagnosticCode): string {
	return `docs/rules/${code}.md`;
}
