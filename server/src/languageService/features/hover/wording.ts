import type { CatalogueSource } from '../../catalogue/types';
import type { CitationKind, DocumentLanguage } from '../../model/types';
import type { WordingLanguage } from '../../wording/language';
import { LANGUAGE_PACKS } from '../../wording/packs';

/** Where in a resolution something stands, for "cited in …" lists. */
export type Place =
	| { kind: 'preambular'; index: number }
	| { kind: 'operative'; number?: number; index: number }
	| { kind: 'footnote'; number: number }
	| { kind: 'heading' };

/**
 * Every phrase the hovers write, in English and Chinese (the other four languages are in wording/{fr,es,ru,ar}.ts).
 * Document text never passes through here unescaped: the
 * callers escape it before it is put into a template.
 */
export interface HoverWording {
	footnote(number: number): string;
	citedTimes(count: number): string;
	citedIn(count: number, places: string): string;
	notCited: string;
	noFootnoteText(number: number): string;
	severalTexts(count: number): string;
	place(place: Place): string;
	list(items: readonly string[]): string;
	operativeOf(number: string, count: number, section?: string): string;
	standsAt(position: number): string;
	partName(part: 'preambular' | 'operative'): string;
	formOf(part: 'preambular' | 'operative' | 'both'): string;
	repeated: string;
	equivalentsHeader: readonly [string, string, string];
	languageName(language: DocumentLanguage): string;
	/** A field label with its colon ("Title: ", "标题："). */
	field(name: 'title' | 'subject' | 'date' | 'symbol' | 'source' | 'open'): string;
	reference(organ: string, kind: CitationKind, number: string): string;
	/** What follows a reference when it has a date (" of 25 September 2015", "（2015 年 9 月 25 日）"). */
	dated(date: string): string;
	/** A title in the quotation marks of the language's official texts (“…”, « … », ”…“ in Arabic). */
	quote(text: string): string;
	/** Between two sources in a list ("; ", Arabic "؛ "). */
	sourceSeparator: string;
	noSymbol: string;
	unknownOrgan: string;
	dateMismatch(cited: string, known: string): string;
	reportFor(symbol: string): string;
	source(source: CatalogueSource): string;
	paragraph(number: number): string;
	noParagraph(number: number): string;
}

const ENGLISH: HoverWording = {
	footnote: number => `Footnote ${number}`,
	citedTimes: count => count === 1 ? 'cited once' : `cited ${count} times`,
	citedIn: (count, places) => `${count === 1 ? 'cited once' : `cited ${count} times`}: ${places}`,
	notCited: 'no marker cites this footnote',
	noFootnoteText: number => `Footnote ${number} has no footnote text.`,
	severalTexts: count => `${count} footnote texts carry this number.`,
	place(place) {
		switch (place.kind) {
			case 'preambular': return `preambular paragraph ${place.index}`;
			case 'operative': return place.number !== undefined ? `operative paragraph ${place.number}` : 'the operative paragraph';
			case 'footnote': return `footnote ${place.number}`;
			default: return 'the heading';
		}
	},
	list: items => items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
	operativeOf: (number, count, section) => `Operative paragraph ${number} of ${count}${section ? ` in part ${section}` : ''}`,
	standsAt: position => `It stands in position ${position}: the numbering needs checking.`,
	partName: part => part === 'preambular' ? 'preambular' : 'operative',
	formOf: part => part === 'both' ? 'opens paragraphs of either part' : `${part} form`,
	repeated: 'repeated (also, further)',
	equivalentsHeader: ['Language', 'Preambular', 'Operative'],
	languageName: language => ({ en: 'English', fr: 'French', es: 'Spanish', ru: 'Russian', zh: 'Chinese', ar: 'Arabic' })[language],
	field: name => `${({ title: 'Title', subject: 'On', date: 'Date', symbol: 'Symbol', source: 'Source', open: 'Open on undocs.org' })[name]}: `,
	reference: (organ, kind, number) => `${organ} ${kind} ${number}`,
	dated: date => ` of ${date}`,
	quote: text => `“${text}”`,
	sourceSeparator: '; ',
	noSymbol: 'Decisions of this organ are not issued as documents of their own, so there is no symbol to open.',
	unknownOrgan: 'The organ cannot be told from the number alone; name it ("Human Rights Council resolution …").',
	dateMismatch: (cited, known) => `The citation says ${cited}; the catalogue dates it ${known}.`,
	reportFor: symbol => `The report on which ${symbol} was adopted.`,
	source(source) {
		switch (source.kind) {
			case 'workspace': return `the workspace file ${source.label}`;
			case 'file': return `the catalogue file ${source.label}`;
			case 'online': return `${source.label} (online look-up)`;
			default: return `the built-in list, as cited in ${source.label}`;
		}
	},
	paragraph: number => `Operative paragraph ${number}`,
	noParagraph: number => `There is no operative paragraph ${number} in this text.`,
};

const CHINESE_LANGUAGE_NAMES: Readonly<Record<DocumentLanguage, string>> = {
	en: '英文', fr: '法文', es: '西班牙文', ru: '俄文', zh: '中文', ar: '阿拉伯文',
};

const CHINESE: HoverWording = {
	footnote: number => `脚注 ${number}`,
	citedTimes: count => `引用 ${count} 次`,
	citedIn: (count, places) => `引用 ${count} 次：${places}`,
	notCited: '没有脚注标记引用此脚注',
	noFootnoteText: number => `脚注 ${number} 没有脚注文本。`,
	severalTexts: count => `有 ${count} 条脚注文本使用此编号。`,
	place(place) {
		switch (place.kind) {
			case 'preambular': return `序言部分第 ${place.index} 段`;
			case 'operative': return place.number !== undefined ? `执行部分第 ${place.number} 段` : '执行部分';
			case 'footnote': return `脚注 ${place.number}`;
			default: return '标题部分';
		}
	},
	list: items => items.length <= 1 ? items.join('') : `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`,
	operativeOf: (number, count, section) => `${section ? `${section} 部分` : ''}执行部分第 ${number} 段（共 ${count} 段）`,
	standsAt: position => `此段位于第 ${position} 位：编号需要检查。`,
	partName: part => part === 'preambular' ? '序言部分' : '执行部分',
	formOf: part => part === 'both' ? '序言部分和执行部分通用' : `${part === 'preambular' ? '序言部分' : '执行部分'}形式`,
	repeated: '重复用语（又、还）',
	equivalentsHeader: ['语言', '序言部分', '执行部分'],
	languageName: language => CHINESE_LANGUAGE_NAMES[language],
	field: name => `${({ title: '标题', subject: '关于', date: '日期', symbol: '文号', source: '来源', open: '在 undocs.org 上打开' })[name]}：`,
	reference: (organ, kind, number) => `${organ}第 ${number} 号${kind === 'decision' ? '决定' : '决议'}`,
	dated: date => `（${date}）`,
	quote: text => `“${text}”`,
	sourceSeparator: '；',
	noSymbol: '该机构的决定不单独印发文件，因此没有可打开的文号。',
	unknownOrgan: '仅凭编号无法判断机构；请写明机构名称（如“人权理事会第 … 号决议”）。',
	dateMismatch: (cited, known) => `引文日期为 ${cited}；目录记载的日期为 ${known}。`,
	reportFor: symbol => `${symbol} 据以通过的报告。`,
	source(source) {
		switch (source.kind) {
			case 'workspace': return `工作区文件 ${source.label}`;
			case 'file': return `目录文件 ${source.label}`;
			case 'online': return `${source.label}（在线查询）`;
			default: return `内置列表，取自 ${source.label}`;
		}
	},
	paragraph: number => `执行部分第 ${number} 段`,
	noParagraph: number => `本文没有执行部分第 ${number} 段。`,
};

export const HOVER_WORDING: Readonly<Record<WordingLanguage, HoverWording>> = {
	en: ENGLISH,
	zh: CHINESE,
	fr: LANGUAGE_PACKS.fr.hover,
	es: LANGUAGE_PACKS.es.hover,
	ru: LANGUAGE_PACKS.ru.hover,
	ar: LANGUAGE_PACKS.ar.hover,
};
