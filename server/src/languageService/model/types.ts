/**
 * The semantic model of a UN resolution.
 *
 * Every node carries a {@link Span} of UTF-16 offsets into the source text exactly as the editor holds it
 * (BOM, CRLF and Markdown emphasis included), so that features can turn any node into an LSP range with
 * `TextDocument.positionAt` and never count columns by hand.
 *
 * A model is read-only to features. The parser's paragraphs and sub-paragraphs (parser/nodes.ts) hold their offsets
 * as numbers and build their span, body and pieces objects afresh each time they are read, so compare spans by
 * position, never by object. Elsewhere objects are shared where that saves memory: a problem shares the span of the
 * node it reports, and every empty list of sub-paragraphs is one frozen array. Only incremental re-analysis
 * (incremental/relocate.ts) moves offsets in place, each object once.
 */

/** A half-open range `[start, end)` of UTF-16 offsets into the source text. */
export interface Span {
	start: number;
	end: number;
}

/** The six official languages of the United Nations, by ISO 639-1 code. */
export type DocumentLanguage = 'en' | 'fr' | 'es' | 'ru' | 'zh' | 'ar';

/** The principal organs whose resolutions the product reads. */
export type Organ = 'GA' | 'SC' | 'ECOSOC' | 'HRC' | 'unknown';

/** A text fragment with its place in the source. `text` is the clean text (Markdown emphasis and links removed). */
export interface TextNode {
	text: string;
	span: Span;
}

/** Something the parser noticed but could not make sense of; diagnostics turn these into editor problems. */
export interface ParseProblem {
	code: ParseProblemCode;
	message: string;
	span: Span;
}

export type ParseProblemCode = 'parse.unclassified' | 'parse.artefact';

/** A calendar date found in the text, with its ISO form (`2015-09-25`). */
export interface DateNode extends TextNode {
	iso: string;
}

/** The masthead block at the top of an official document ("United Nations / A/RES/79/75 / General Assembly / …"). */
export interface Masthead {
	span: Span;
	symbol?: TextNode;
	organ?: TextNode;
	distribution?: TextNode;
	issueDate?: DateNode | TextNode;
}

/** Everything above the organ line. */
export interface Header {
	span?: Span;
	masthead?: Masthead;
	/** "Seventy-third session" / "第七十三届会议"; `number` is the session as a number (73), when it can be read. */
	session?: TextNode & { number?: number };
	/** Agenda item numbers as written ("17", "20 (a)"). */
	agendaItems: TextNode[];
	agendaTitle?: TextNode;
	/** "Resolution adopted by the General Assembly on 20 December 2018" and its date. */
	adoption?: TextNode & { date?: DateNode };
	/** The bracketed origin: "[on the report of the Second Committee (A/73/535)]". */
	origin?: TextNode & { reportSymbols: TextNode[] };
	/** "73/218" from the number-and-title line, "2334 (2016)" from a Security Council number line. */
	number?: TextNode;
	title?: TextNode;
	/** The organ line: "The General Assembly," / "大会，". */
	organLine?: TextNode;
}

/** The opening verb phrase of a paragraph, matched against the vocabulary of the document's language. */
export interface Opener extends TextNode {
	/** The vocabulary entry's canonical form ("Recalling also", "又回顾"), or the raw first words when unknown. */
	canonical: string;
	/** Whether the phrase was found in the vocabulary (false: a best guess from the first words). */
	known: boolean;
	/** Which part the phrase belongs to by its form; `both` for languages such as Chinese that do not mark it. */
	form: 'preambular' | 'operative' | 'both' | 'unknown';
	/** The vocabulary concept ("recall"), linking equivalents across languages and parts. */
	concept?: string;
	/** True when the phrase carries a repetition marker ("Recalling also", "Also requests", 又回顾). */
	repeated: boolean;
}

/** A footnote marker in running text: "¹", "⁽¹⁾", "[^1]". */
export interface FootnoteMarker {
	number: number;
	span: Span;
}

/** A footnote text: "¹ Resolution 71/256, annex." wherever it stands in the source. */
export interface Footnote {
	number: number;
	span: Span;
	/** The marker at the start of the footnote text. */
	labelSpan: Span;
	text: TextNode;
	/** Markers in the body that cite this footnote, in source order. */
	references: FootnoteMarker[];
}

export type CitationKind = 'symbol' | 'resolution' | 'decision';

/** A cited UN document symbol ("A/73/535") or resolution/decision number ("resolution 70/1", "第 70/299 号决议"). */
export interface Citation {
	kind: CitationKind;
	span: Span;
	/** The citation as written, with Markdown removed. */
	text: string;
	/** The canonical document symbol when one exists ("A/RES/70/1", "S/RES/2334 (2016)", "A/73/535"). */
	symbol?: string;
	/** For resolution and decision references: the number as cited ("70/1", "2334 (2016)", "217 A (III)"). */
	number?: string;
	organ?: Organ;
	/** The date that qualifies the citation ("of 25 September 2015", "2015 年 9 月 25 日第 … 号"). */
	date?: DateNode;
}

/** A sub-paragraph "(a) …", "(i) …", "a) …", "(أ) …", "㈠ …" with its own sub-paragraphs. */
export interface SubParagraph {
	label: string;
	labelSpan: Span;
	/** 1 for the (a)-level, 2 for the (i)-level, 3 for "a.", 4 for "i.". */
	level: number;
	/** The position the label stands for in its sequence (a→1, (iv)→4, ㈡→2). */
	ordinal: number;
	style: LabelStyle;
	span: Span;
	body: TextNode;
	/** The source pieces of the body, as for {@link ParagraphBase.pieces}. */
	pieces: Span[];
	children: SubParagraph[];
}

export type LabelStyle =
	| 'paren-letter' // (a)
	| 'letter-paren' // a)
	| 'paren-roman' // (i)
	| 'roman-paren' // i)
	| 'letter-dot' // a.
	| 'roman-dot' // i.
	| 'arabic-letter' // (أ)
	| 'arabic-quoted-number' // ’1‘
	| 'parenthesized-ideograph'; // ㈠

/** What every body paragraph shares. */
export interface ParagraphBase {
	span: Span;
	/** The paragraph's text without label or number, Markdown removed; continuation blocks joined with a space. */
	body: TextNode;
	opener?: Opener;
	/** The source pieces of a paragraph split across text blocks (a page break in a PDF extraction). */
	pieces: Span[];
	/** The lettered part or section this paragraph belongs to, as an index into {@link Resolution.sections}. */
	section?: number;
	subParagraphs: SubParagraph[];
}

export type PreambularParagraph = ParagraphBase;

export interface OperativeParagraph extends ParagraphBase {
	/** The number as written (5 for "5."); absent for the unnumbered paragraph of a single-paragraph operative part. */
	number?: number;
	numberSpan?: Span;
	/** "bis", "ter" … of a paragraph inserted during negotiations ("5 bis."). */
	suffix?: string;
}

/** A lettered part ("A", "B" of a composite resolution), a Roman-numbered section, or a section heading. */
export interface Section {
	kind: 'lettered' | 'roman' | 'heading';
	/** "A", "II", or the Arabic letter word ("ألف"). */
	label: string;
	title?: TextNode;
	span: Span;
}

/** The closing formula: "62nd plenary meeting / 20 December 2018". */
export interface Closing {
	span: Span;
	meeting?: TextNode & { number?: number };
	date?: DateNode;
}

/** A Word field-error left behind: "Error! Bookmark not defined.", "错误！未定义书签。". */
export interface Artefact extends TextNode {
	kind: 'field-error';
}

/** A block the parser could not place. */
export interface UnclassifiedBlock extends TextNode {
	reason: string;
}

/** The whole parsed resolution. */
export interface Resolution {
	/** The source text the offsets point into. */
	text: string;
	language: DocumentLanguage;
	organ: Organ;
	header: Header;
	preamble: PreambularParagraph[];
	operative: OperativeParagraph[];
	sections: Section[];
	footnotes: Footnote[];
	markers: FootnoteMarker[];
	citations: Citation[];
	closing?: Closing;
	artefacts: Artefact[];
	unclassified: UnclassifiedBlock[];
	problems: ParseProblem[];
}
