import { DiagnosticCode } from './codes';

/**
 * One sentence per rule, for the places that list rules outside the editor's problem messages: the SARIF rule
 * table of the CLI and the descriptions of the `unResolution.rules` setting. A unit test checks that every code
 * has a sentence and that package.json agrees with this table. The record is partial so that a new code without
 * a sentence fails that test rather than the build of everyone working beside it.
 */
export const RULE_DESCRIPTIONS: Readonly<Partial<Record<DiagnosticCode, string>>> = {
	[DiagnosticCode.NumberingOperative]: 'Operative paragraphs are numbered 1, 2, 3 … without gaps, duplicates or steps back; a single operative paragraph is not numbered.',
	[DiagnosticCode.NumberingSubparagraph]: 'Sub-paragraph labels run (a), (b), (c) … and (i), (ii), (iii) … in the style of their level and language.',
	[DiagnosticCode.FootnoteUndefined]: 'Every footnote marker has a footnote text.',
	[DiagnosticCode.FootnoteUnused]: 'Every footnote text is cited by a marker.',
	[DiagnosticCode.FootnoteOrder]: 'Footnote numbers first appear in the order 1, 2, 3 …',
	[DiagnosticCode.FootnoteDuplicateDefinition]: 'Each footnote number has one footnote text.',
	[DiagnosticCode.FootnoteRepeatedMarker]: 'A footnote number is cited once; newer texts repeat a reference as a new footnote with the same text.',
	[DiagnosticCode.PunctuationPreambular]: 'Preambular paragraphs, and the organ line before them, end with a comma.',
	[DiagnosticCode.PunctuationOperative]: 'Operative paragraphs other than the last end with a semicolon.',
	[DiagnosticCode.PunctuationFinal]: 'The last operative paragraph ends with a full stop.',
	[DiagnosticCode.VerbWrongPart]: 'Preambular paragraphs open with a participle or adjective, operative paragraphs with a verb in the third person.',
	[DiagnosticCode.VerbRepeated]: 'Consecutive paragraphs that open with the same verb add "also" or "further" (又, 还).',
	[DiagnosticCode.VerbUnknown]: 'A paragraph opens with a verb the vocabulary knows.',
	[DiagnosticCode.SymbolMalformed]: 'United Nations document symbols follow the symbol grammar ("A/73/535").',
	[DiagnosticCode.ArtifactFieldError]: 'No Word field error ("Error! Bookmark not defined.") is left in the text.',
	[DiagnosticCode.HeaderInconsistent]: 'Session, resolution number, report symbols, adoption date and closing date agree.',
	[DiagnosticCode.StyleVerbEmphasis]: 'Opening verbs are emphasised in every paragraph or in none.',
	[DiagnosticCode.DraftLeftover]: 'No negotiation brackets, "bis"/"ter" paragraphs or "[…]" are left in the text.',
	[DiagnosticCode.StructureUnclassified]: 'All text is recognised as part of a resolution.',
	[DiagnosticCode.VerbAgreement]: 'Opening adjectives and verbs agree in gender with the organ (Consciente for l’Assemblée, Conscient for le Conseil).',
	[DiagnosticCode.CitationDateMismatch]: 'A cited resolution carries the date the catalogue knows for it.',
	[DiagnosticCode.FootnotePlacement]: 'Footnote markers follow the punctuation mark in English and Chinese and precede it in French, Spanish, Russian and Arabic.',
	[DiagnosticCode.PunctuationSpacing]: 'In French, ";", ":", "?" and "!" take a no-break space before them.',
};

/** The sentence that describes a rule, or one made from its code while the table lacks it. */
export function ruleDescription(code: DiagnosticCode): string {
	return RULE_DESCRIPTIONS[code] ?? `The ${code} rule.`;
}
