/**
 * The pure language service: parser, model and one module per feature.
 *
 * Nothing under `languageService/` may import `vscode`, the LSP connection library or Node built-ins, so the
 * same code runs in the CLI, the Node server and a browser worker (test/unit/architecture.test.ts enforces it).
 */
export * from './model/types';
export { parseResolution } from './parser/parse';
export { updateResolution } from './incremental';
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
export { describeSymbol, summarizeSymbol } from './citations/describeSymbol';
export type { SymbolDescription, SymbolPartDescription } from './citations/describeSymbol';
export { Catalogue, catalogueKey, EntryMap } from './catalogue/catalogue';
export type { KnownDocument } from './catalogue/catalogue';
export { BUILT_IN_CATALOGUE } from './catalogue/builtIn';
export { readCatalogueFile } from './catalogue/catalogueFile';
export type { CatalogueEntry, CatalogueLayer, CatalogueSource } from './catalogue/types';
export { getHover } from './features/hover';
export { getDocumentLinks } from './features/navigation/links';
export { getDefinition } from './features/navigation/definition';
export { getDocumentHighlights, getReferences } from './features/navigation/references';
export { isRefusal, prepareFootnoteRename, renameFootnote } from './features/navigation/rename';
export { WorkspaceIndex } from './workspace/workspaceIndex';
export type { WorkspaceFileSystem, WorkspaceView } from './workspace/types';
