import type { Titles } from './types';

/**
 * The built-in catalogue: a few much-cited texts, each row's date and title (or subject, when the citing text
 * gives a description rather than the title) copied from an official text that cites it, and that text named in
 * `source`. No row is written from memory; a title or date that no official text at hand gives is left out.
 *
 * Titles and dates are facts about the cited documents; the official texts they were read from are United Nations
 * documents, acknowledged as the source in each row.
 */
export interface BuiltInRow {
	symbol: string;
	date?: string;
	titles?: Titles;
	subjects?: Titles;
	/** The symbols of the official texts the row was read from; hovers name them in any language. */
	source: string;
	/** Where in those texts, for maintainers. */
	passage: string;
}


export const BUILT_IN_ROWS: readonly BuiltInRow[] = [
	{
		symbol: 'A/RES/70/1',
		date: '2015-09-25',
		titles: {
			en: 'Transforming our world: the 2030 Agenda for Sustainable Development',
			fr: 'Transformer notre monde : le Programme de développement durable à l’horizon 2030',
			es: 'Transformar nuestro mundo: la Agenda 2030 para el Desarrollo Sostenible',
			ru: 'Преобразование нашего мира: Повестка дня в области устойчивого развития на период до 2030 года',
			ar: 'تحويل عالمنا: خطة التنمية المستدامة لعام 2030',
			zh: '变革我们的世界：2030 年可持续发展议程',
		},
		source: 'A/RES/75/202; A/RES/73/218',
		passage: 'A/RES/75/202, third preambular paragraph (all six language versions); A/RES/73/218 (Chinese text)',
	},
	{
		symbol: 'A/RES/69/313',
		date: '2015-07-27',
		subjects: {
			en: 'the Addis Ababa Action Agenda of the Third International Conference on Financing for Development',
			zh: '《第三次发展筹资问题国际会议亚的斯亚贝巴行动议程》',
		},
		source: 'A/RES/75/202; A/RES/73/218',
		passage: 'A/RES/75/202, fourth preambular paragraph; A/RES/73/218 (Chinese text)',
	},
	{
		symbol: 'A/RES/70/299',
		date: '2016-07-29',
		subjects: { zh: '全球一级后续落实和评估 2030 年可持续发展议程' },
		source: 'A/RES/73/218', passage: 'Chinese text',
	},
	{
		symbol: 'A/RES/74/197',
		date: '2019-12-19',
		subjects: {
			en: 'information and communications technologies for sustainable development',
			zh: '信息和通信技术促进可持续发展',
		},
		source: 'A/RES/75/202', passage: 'first preambular paragraph',
	},
	{
		symbol: 'E/RES/2020/12',
		date: '2020-07-17',
		subjects: {
			en: 'the assessment of the progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society',
			zh: '评估信息社会世界峰会成果落实和后续工作方面取得的进展',
		},
		source: 'A/RES/75/202', passage: 'second preambular paragraph',
	},
	{
		symbol: 'E/RES/2017/21',
		date: '2017-07-06',
		subjects: { zh: '评估信息社会世界峰会成果落实和后续工作方面取得的进展' },
		source: 'A/RES/73/218', passage: 'second preambular paragraph (Chinese text)',
	},
	{
		symbol: 'A/RES/70/125', date: '2015-12-16', source: 'A/RES/75/202',
		passage: 'preambular paragraph on the Working Group on Enhanced Cooperation',
	},
	{ symbol: 'A/RES/78/64', date: '2023-12-04', source: 'A/RES/79/75', passage: 'first preambular paragraph' },
	{ symbol: 'A/RES/48/162', date: '1993-12-20', source: 'E/RES/2025/3', passage: 'fourth preambular paragraph' },
	{ symbol: 'A/RES/79/147', date: '2024-12-17', source: 'E/RES/2025/3', passage: 'operative paragraph 4' },
	{ symbol: 'E/RES/2022/4', date: '2022-06-08', source: 'E/RES/2025/3', passage: 'third preambular paragraph' },
	{ symbol: 'E/RES/2022/5', date: '2022-06-08', source: 'E/RES/2025/3', passage: 'second preambular paragraph' },
	...datedOnly('E/RES/2025/3', 'first preambular paragraph', [
		['E/RES/1987/24', '1987-05-26'], ['E/RES/1990/15', '1990-05-24'], ['E/RES/1996/6', '1996-07-22'],
		['E/RES/2001/4', '2001-07-24'], ['E/RES/2006/9', '2006-07-25'], ['E/RES/2009/15', '2009-07-28'],
		['E/RES/2013/18', '2013-07-24'], ['E/RES/2016/3', '2016-06-02'], ['E/RES/2020/15', '2020-07-17'],
	]),
	...datedOnly('A/RES/73/218', 'first and second preambular paragraphs (Chinese text)', [
		['A/RES/56/183', '2001-12-21'], ['A/RES/57/238', '2002-12-20'], ['A/RES/57/270 B', '2003-06-23'],
		['A/RES/59/220', '2004-12-22'], ['A/RES/60/252', '2006-03-27'], ['A/RES/62/182', '2007-12-19'],
		['A/RES/63/202', '2008-12-19'], ['A/RES/64/187', '2009-12-21'], ['A/RES/65/141', '2010-12-20'],
		['A/RES/66/184', '2011-12-22'], ['A/RES/67/195', '2012-12-21'], ['A/RES/68/198', '2013-12-20'],
		['A/RES/69/204', '2014-12-19'], ['A/RES/70/184', '2015-12-22'], ['A/RES/71/212', '2016-12-21'],
		['A/RES/72/200', '2017-12-20'], ['E/RES/2006/46', '2006-07-28'], ['E/RES/2008/3', '2008-07-18'],
		['E/RES/2009/7', '2009-07-24'], ['E/RES/2010/2', '2010-07-19'], ['E/RES/2011/16', '2011-07-26'],
		['E/RES/2012/5', '2012-07-24'], ['E/RES/2013/9', '2013-07-22'], ['E/RES/2014/27', '2014-07-16'],
		['E/RES/2015/26', '2015-07-22'], ['E/RES/2016/22', '2016-07-27'], ['E/RES/2018/28', '2018-07-24'],
	]),
	{
		symbol: 'A/RES/73/218',
		date: '2018-12-20',
		titles: { zh: '信息和通信技术促进可持续发展' },
		source: 'A/RES/73/218', passage: 'heading (Chinese text)',
	},
	{
		symbol: 'A/RES/75/202',
		date: '2020-12-21',
		titles: {
			en: 'Information and communications technologies for sustainable development',
			fr: 'Les technologies de l’information et des communications au service du développement durable',
			es: 'Las tecnologías de la información y las comunicaciones para el desarrollo sostenible',
			ru: 'Использование информационно-коммуникационных технологий в целях устойчивого развития',
			ar: 'تسخير تكنولوجيات المعلومات والاتصالات لأغراض التنمية المستدامة',
			zh: '信息和通信技术促进可持续发展',
		},
		source: 'A/RES/75/202', passage: 'heading (all six language versions)',
	},
	{
		symbol: 'A/RES/79/75',
		date: '2024-12-02',
		titles: {
			en: 'Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects',
			zh: '禁止或限制使用某些可被认为具有过分伤害力或滥杀滥伤作用的常规武器公约',
		},
		source: 'A/RES/79/75', passage: 'heading (English and Chinese texts)',
	},
	{
		symbol: 'E/RES/2025/3',
		date: '2025-06-10',
		titles: {
			en: 'Multi-year programme of work of the Commission on the Status of Women',
			zh: '妇女地位委员会多年工作方案',
		},
		source: 'E/RES/2025/3', passage: 'heading (English and Chinese texts)',
	},
	{ symbol: 'S/RES/2732 (2024)', date: '2024-05-31', source: 'S/RES/2732 (2024)', passage: 'adoption line' },
];

function datedOnly(source: string, passage: string, rows: ReadonlyArray<[symbol: string, date: string]>): BuiltInRow[] {
	return rows.map(([symbol, date]) => ({ symbol, date, source, passage }));
}
