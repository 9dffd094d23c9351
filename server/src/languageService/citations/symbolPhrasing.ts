import type { WordingLanguage } from '../wording/language';
import { chineseNumeral, englishOrdinal } from '../wording/numbers';
import { LANGUAGE_PACKS } from '../wording/packs';

export type SessionKind = 'session' | 'year' | 'special' | 'emergency';

/**
 * How each wording language puts the components of a decoded symbol into words. English names the kind before
 * the number ("document 535"); Chinese wraps the number ("第 535 号文件") and counts sessions in Chinese
 * numerals ("第七十三届会议").
 */
export interface SymbolPhrasing {
	separator: string;
	session(kind: SessionKind, value: number): string;
	year(year: string): string;
	document(number: string): string;
	/** A kind of document with its number ("conference room paper 3"), with an optional note. */
	numbered(kind: string, number: string, note?: string): string;
	resolution(kind: string, cited: string): string;
	meeting(record: string, meeting: string): string;
	series(kind: string, name: string): string;
	modifier(kind: string, number: string | undefined): string;
	/** A volume, part or section of a document ("volume I", "第 I 卷"). */
	division(kind: string, value: string): string;
	genericBody(kind: string, rest: string): string;
	reissued: string;
	joint(parts: ReadonlyArray<{ symbol: string; meaning: string }>): string;
}

const ENGLISH: SymbolPhrasing = {
	separator: ', ',
	session(kind, value) {
		switch (kind) {
			case 'year': return String(value);
			case 'special': return `${englishOrdinal(value)} special session`;
			case 'emergency': return `${englishOrdinal(value)} emergency special session`;
			default: return `${englishOrdinal(value)} session`;
		}
	},
	year: year => year,
	document: number => `document ${number}`,
	numbered: (kind, number, note) => `${kind} ${number}${note ? ` (${note})` : ''}`,
	resolution: (kind, cited) => `${kind} ${cited}`,
	meeting: (record, meeting) => `${record} ${meeting}`,
	series: (kind, name) => `${kind} ${name}`,
	modifier: (kind, number) => number === undefined ? kind : `${kind} ${number}`,
	division: (kind, value) => `${kind} ${value}`,
	genericBody: (kind, rest) => rest ? `${kind} ${rest}` : kind,
	reissued: 'reissued for technical reasons',
	joint: parts => `joint symbol, one document issued to ${parts.length} organs: ${parts.map(part => `${part.symbol} (${part.meaning})`).join('; ')}`,
};

const CHINESE: SymbolPhrasing = {
	separator: '，',
	session(kind, value) {
		switch (kind) {
			case 'year': return `${value} 年`;
			case 'special': return `第${chineseNumeral(value)}届特别会议`;
			case 'emergency': return `第${chineseNumeral(value)}届紧急特别会议`;
			default: return `第${chineseNumeral(value)}届会议`;
		}
	},
	year: year => `${year} 年`,
	document: number => `第 ${number} 号文件`,
	numbered: (kind, number, note) => `第 ${number} 号${kind}${note ? `（${note}）` : ''}`,
	resolution: (kind, cited) => `第 ${cited} 号${kind}`,
	meeting: (record, meeting) => `第 ${meeting} ${record}`,
	series: (kind, name) => `${kind} ${name}`,
	modifier: (kind, number) => number === undefined ? kind : `${kind} ${number}`,
	division: (kind, value) => `第 ${value} ${kind}`,
	genericBody: (kind, rest) => rest ? `${kind} ${rest}` : kind,
	reissued: '因技术原因重新印发',
	joint: parts => `联合文号，同一文件分发给 ${parts.length} 个机构：${parts.map(part => `${part.symbol}（${part.meaning}）`).join('；')}`,
};

export const SYMBOL_PHRASINGS: Readonly<Record<WordingLanguage, SymbolPhrasing>> = {
	en: ENGLISH,
	zh: CHINESE,
	fr: LANGUAGE_PACKS.fr.phrasing,
	es: LANGUAGE_PACKS.es.phrasing,
	ru: LANGUAGE_PACKS.ru.phrasing,
	ar: LANGUAGE_PACKS.ar.phrasing,
};
