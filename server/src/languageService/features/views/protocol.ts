import type { Range } from 'vscode-languageserver-types';
import type { CitationKind, DocumentLanguage, Organ } from '../../model/types';

/**
 * The custom requests behind the client's views, preview and status item. The client stays thin: it asks the
 * server for plain JSON (and, for the preview, escaped HTML) and only turns it into tree items and web pages.
 * Method names and result shapes live here, with no code from either side, so that the Node client, a future
 * browser client and other editors all read the same definitions.
 */
export const Requests = {
	structure: 'unResolution/structure',
	citations: 'unResolution/citations',
	preview: 'unResolution/preview',
} as const;

/** The parameters of every request above: the document the question is about. */
export interface DocumentRequestParams {
	textDocument: { uri: string };
}

/** What a node of the Resolution Structure view stands for; the client names the groups in the UI language. */
export type StructureKind =
	| 'heading' | 'symbol' | 'session' | 'agendaItem' | 'adoption' | 'origin' | 'title' | 'organLine'
	| 'preamble' | 'preambular'
	| 'operativePart' | 'section' | 'operative' | 'subParagraph'
	| 'footnotes' | 'footnote'
	| 'closing'
	| 'unclassified';

export interface StructureNode {
	kind: StructureKind;
	/** Text taken from the draft ("1. Welcomes", "(a)", "2", "73/218 …"); empty for groups the client names. */
	label: string;
	/** A short excerpt of the text the node covers. */
	detail?: string;
	/** The whole extent of the node, sub-paragraphs included. */
	range: Range;
	/** Where the cursor goes when the node is chosen: a paragraph's number or opening phrase. */
	selectionRange: Range;
	/** The operative paragraph's number, for "go to operative paragraph N". */
	number?: number;
	children: StructureNode[];
}

export interface StructureCounts {
	preamble: number;
	operative: number;
	footnotes: number;
}

export interface StructureResult {
	uri: string;
	/** The document version the answer was computed for, so that a client can drop an answer that came too late. */
	version: number;
	language: DocumentLanguage;
	organ: Organ;
	counts: StructureCounts;
	nodes: StructureNode[];
}

/** The organ a citation belongs to, by its number or its symbol's series; `other` for every other series. */
export type CitationOrgan = Exclude<Organ, 'unknown'> | 'other';

export interface CitationOccurrence {
	range: Range;
	/** The citation as written at this place. */
	text: string;
}

/** One cited document with every place the draft cites it. */
export interface CitedDocument {
	/** The canonical symbol ("A/RES/70/1") or, when there is none, the citation as written. */
	key: string;
	kind: CitationKind;
	symbol?: string;
	/** How the draft refers to it ("resolution 70/1", "A/73/535"). */
	label: string;
	/** The title, from the draft itself or another open draft, when known. */
	title?: string;
	/** The document on undocs.org in the draft's language; absent when there is no symbol to look up. */
	url?: string;
	occurrences: CitationOccurrence[];
}

export interface CitationGroup {
	organ: CitationOrgan;
	documents: CitedDocument[];
}

export interface CitationsResult {
	uri: string;
	version: number;
	language: DocumentLanguage;
	groups: CitationGroup[];
}

export interface PreviewResult {
	uri: string;
	version: number;
	language: DocumentLanguage;
	dir: 'ltr' | 'rtl';
	/** The resolution's number and title, or the organ line, for the preview's tab. */
	title: string;
	/** The draft rendered as an HTML fragment; every piece of the draft's text in it is escaped. */
	html: string;
	lineCount: number;
}

/**
 * Commands the server carries out through `workspace/executeCommand`, so that every editor gets the same edits.
 * Their ids differ from the palette commands of the VS Code client, which the language client would otherwise
 * try to register a second time.
 */
export const ServerCommands = {
	renumberAll: 'unResolution.server.renumberAll',
	insertFootnote: 'unResolution.server.insertFootnote',
} as const;

/** The one argument of each server command: the document, the version the user saw, and the cursor. */
export interface ServerCommandArgument {
	uri: string;
	version: number;
	position?: { line: number; character: number };
}

export interface ServerCommandResult {
	/** Whether the edit was applied; false with a reason when the document changed or was not found. */
	applied: boolean;
	reason?: 'unknown-document' | 'stale-version' | 'nothing-to-do' | 'rejected' | 'bad-argument';
	editCount: number;
	/** Insert footnote: the new footnote's number and, in the edited document, its marker and its placeholder text. */
	footnote?: { number: number; marker: Range; text: Range };
}
