/**
 * The pure language service: parser, model and one module per feature.
 *
 * Nothing under `languageService/` may import `vscode`, the LSP connection library or Node built-ins, so the
 * same code runs in the CLI, the Node server and a browser worker (test/unit/architecture.test.ts enforces it).
 */
export * from './model/types';
export { parseResolution } from './parser/parse';
export { getDocumentSymbols } from './features/documentSymbols';
export { buildOutline, formatOutlineText } from './features/outline';
export type { Outline } from './features/outline';
export { renumberAll, renumberFootnotes, renumberOperative, renumberSubParagraphs } from './features/renumber';
export type { RenumberOptions } from './features/renumber';
export { applyTextEdits } from './features/sourceEdits';
export { getCompletions, TRIGGER_CHARACTERS } from './features/completion';
export type { CitableDocument, CitationSource, CompletionOptions, CompletionTrigger } from './features/completion';
export { getFoldingRanges } from './features/folding';
export { getSelectionRanges } from './features/selectionRanges';
export { formatResolution } from './features/formatting';
export { collectTokens, getSemanticTokens, SEMANTIC_TOKENS_LEGEND } from './features/semanticTokens';
export type { ResolutionToken, SemanticTokenOptions } from './features/semanticTokens';
export { looksLikeResolution } from './detect';
