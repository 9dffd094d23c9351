import type { Wording } from '../wording/language';
import type { SymbolNameTranslation } from '../wording/pack';
import { LANGUAGE_PACKS } from '../wording/packs';

/**
 * What the components of a UN document symbol name, in English and Chinese (drafting-rules.md §2.1; the other
 * four languages come from the packs in wording/, by the same keys). Series and
 * bodies come from the Dag Hammarskjöld Library guide to symbols; the Chinese names are the official Chinese
 * names of the organs. A body is keyed by its path from the series ("E/CN.16", "E/CN.4/Sub.2"); a key ending in
 * a full stop ("UNEP/EA.") names every numbered body of that kind.
 */

type Row = readonly [key: string, en: string, zh: string];

type TableName = 'series' | 'bodies' | 'generic' | 'special' | 'modifiers' | 'parenthesis';

/** The rows with the French, Spanish, Russian and Arabic names of the same keys from the language packs. */
function table(rows: readonly Row[], name: TableName): ReadonlyMap<string, Wording> {
	return new Map(rows.map(([key, en, zh]) => [key, { en, zh, ...translations(names => names[name][key]) }]));
}

function translations(pick: (names: SymbolNameTranslation) => string | undefined): Partial<Record<string, string>> {
	const result: Partial<Record<string, string>> = {};
	for (const [language, pack] of Object.entries(LANGUAGE_PACKS)) {
		const value = pick(pack.names);
		if (value !== undefined) {
			result[language] = value;
		}
	}
	return result;
}

export const SERIES_NAMES = table([
	['A', 'General Assembly', '大会'],
	['S', 'Security Council', '安全理事会'],
	['E', 'Economic and Social Council', '经济及社会理事会'],
	['ST', 'Secretariat', '秘书处'],
	['T', 'Trusteeship Council', '托管理事会'],
	['TD', 'United Nations Conference on Trade and Development', '联合国贸易和发展会议'],
	['UNEP', 'United Nations Environment Programme', '联合国环境规划署'],
	['DP', 'United Nations Development Programme', '联合国开发计划署'],
	['ICEF', 'United Nations Children\'s Fund', '联合国儿童基金会'],
	['ID', 'United Nations Industrial Development Organization', '联合国工业发展组织'],
	['UNW', 'United Nations Entity for Gender Equality and the Empowerment of Women', '联合国妇女署'],
	['HSP', 'United Nations Human Settlements Programme', '联合国人类住区规划署'],
	['CRC', 'Convention on the Rights of the Child', '《儿童权利公约》'],
	['CCPR', 'International Covenant on Civil and Political Rights', '《公民权利和政治权利国际公约》'],
	['CAT', 'Convention against Torture', '《禁止酷刑公约》'],
	['CEDAW', 'Convention on the Elimination of All Forms of Discrimination against Women', '《消除对妇女一切形式歧视公约》'],
	['CERD', 'International Convention on the Elimination of All Forms of Racial Discrimination', '《消除一切形式种族歧视国际公约》'],
	['CRPD', 'Convention on the Rights of Persons with Disabilities', '《残疾人权利公约》'],
	['CMW', 'International Convention on the Protection of the Rights of All Migrant Workers', '《保护所有移徙工人及其家庭成员权利国际公约》'],
	['CED', 'International Convention for the Protection of All Persons from Enforced Disappearance', '《保护所有人免遭强迫失踪国际公约》'],
	['HRI', 'International human rights instruments', '国际人权文书'],
	['FCCC', 'United Nations Framework Convention on Climate Change', '《联合国气候变化框架公约》'],
	['CCW', 'Convention on Certain Conventional Weapons', '《特定常规武器公约》'],
	['CD', 'Conference on Disarmament', '裁军谈判会议'],
	['ISBA', 'International Seabed Authority', '国际海底管理局'],
	['SPLOS', 'Meeting of States Parties to the United Nations Convention on the Law of the Sea', '《联合国海洋法公约》缔约国会议'],
	['JIU', 'Joint Inspection Unit', '联合检查组'],
	['PBC', 'Peacebuilding Commission', '建设和平委员会'],
	['AT', 'United Nations Administrative Tribunal', '联合国行政法庭'],
	['WFC', 'World Food Council', '世界粮食理事会'],
], 'series');

export const BODY_NAMES = table([
	['A/C.1', 'First Committee', '第一委员会'],
	['A/C.2', 'Second Committee', '第二委员会'],
	['A/C.3', 'Third Committee', '第三委员会'],
	['A/C.4', 'Fourth Committee', '第四委员会'],
	['A/C.5', 'Fifth Committee', '第五委员会'],
	['A/C.6', 'Sixth Committee', '第六委员会'],
	['A/HRC', 'Human Rights Council', '人权理事会'],
	['A/CN.4', 'International Law Commission', '国际法委员会'],
	['A/CN.9', 'United Nations Commission on International Trade Law', '联合国国际贸易法委员会'],
	['A/CN.10', 'Disarmament Commission', '裁军审议委员会'],
	['E/CN.3', 'Statistical Commission', '统计委员会'],
	['E/CN.4', 'Commission on Human Rights', '人权委员会'],
	['E/CN.4/Sub.2', 'Sub-Commission on the Promotion and Protection of Human Rights', '增进和保护人权小组委员会'],
	['E/CN.5', 'Commission for Social Development', '社会发展委员会'],
	['E/CN.6', 'Commission on the Status of Women', '妇女地位委员会'],
	['E/CN.7', 'Commission on Narcotic Drugs', '麻醉药品委员会'],
	['E/CN.9', 'Commission on Population and Development', '人口与发展委员会'],
	['E/CN.15', 'Commission on Crime Prevention and Criminal Justice', '预防犯罪和刑事司法委员会'],
	['E/CN.16', 'Commission on Science and Technology for Development', '科学和技术促进发展委员会'],
	['E/CN.17', 'Commission on Sustainable Development', '可持续发展委员会'],
	['E/CN.18', 'United Nations Forum on Forests', '联合国森林论坛'],
	['E/C.12', 'Committee on Economic, Social and Cultural Rights', '经济、社会及文化权利委员会'],
	['E/C.19', 'Permanent Forum on Indigenous Issues', '土著问题常设论坛'],
	['E/HLPF', 'High-level Political Forum on Sustainable Development', '可持续发展问题高级别政治论坛'],
	['E/ECA', 'Economic Commission for Africa', '非洲经济委员会'],
	['E/ECE', 'Economic Commission for Europe', '欧洲经济委员会'],
	['E/ESCAP', 'Economic and Social Commission for Asia and the Pacific', '亚洲及太平洋经济社会委员会'],
	['E/ESCWA', 'Economic and Social Commission for Western Asia', '西亚经济社会委员会'],
	['E/ICEF', 'Executive Board of the United Nations Children\'s Fund', '联合国儿童基金会执行局'],
	['TD/B', 'Trade and Development Board', '贸易和发展理事会'],
	['TD/B/EDE', 'Intergovernmental Group of Experts on E-commerce and the Digital Economy', '电子商务和数字经济政府间专家组'],
	['ST/AI', 'administrative instruction', '行政指示'],
	['ST/SGB', 'Secretary-General\'s bulletin', '秘书长公报'],
	['ST/IC', 'information circular', '情况通报'],
	['CRC/C', 'Committee on the Rights of the Child', '儿童权利委员会'],
	['CCPR/C', 'Human Rights Committee', '人权事务委员会'],
	['CAT/C', 'Committee against Torture', '禁止酷刑委员会'],
	['CEDAW/C', 'Committee on the Elimination of Discrimination against Women', '消除对妇女歧视委员会'],
	['CERD/C', 'Committee on the Elimination of Racial Discrimination', '消除种族歧视委员会'],
	['CRPD/C', 'Committee on the Rights of Persons with Disabilities', '残疾人权利委员会'],
	['CMW/C', 'Committee on Migrant Workers', '保护所有移徙工人及其家庭成员权利委员会'],
	['CED/C', 'Committee on Enforced Disappearances', '强迫失踪问题委员会'],
	['UNEP/EA.', 'United Nations Environment Assembly', '联合国环境大会'],
], 'bodies');

/** Naming components that stand for a kind of body whatever the series ("C.7", "WG.6"). */
export const GENERIC_BODY_NAMES = table([
	['AC.', 'ad hoc committee', '特设委员会'],
	['C.', 'committee', '委员会'],
	['CN.', 'commission', '委员会'],
	['CONF.', 'conference', '会议'],
	['GC.', 'governing council', '理事会'],
	['PC.', 'preparatory committee', '筹备委员会'],
	['PC', 'preparatory committee', '筹备委员会'],
	['SC.', 'subcommittee', '小组委员会'],
	['Sub.', 'sub-commission', '小组委员会'],
	['WG.', 'working group', '工作组'],
], 'generic');

/**
 * The special components that say what kind of document a symbol names, by their code before any full stop.
 * BUR (the General Committee) reads as a body; the others name the document.
 */
export const SPECIAL_NAMES = table([
	['RES', 'resolution', '决议'],
	['DEC', 'decision', '决定'],
	['PRST', 'presidential statement', '主席声明'],
	['INF', 'information document', '资料文件'],
	['NGO', 'statement by a non-governmental organization', '非政府组织的陈述'],
	['PET', 'petition', '请愿书'],
	['L', 'limited-distribution document', '限量分发文件'],
	['CRP', 'conference room paper', '会议室文件'],
	['PV', 'verbatim record of meeting', '次会议逐字记录'],
	['SR', 'summary record of meeting', '次会议简要记录'],
	['WP', 'working paper', '工作文件'],
	['R', 'restricted document', '限制分发文件'],
	['SER', 'series', '丛刊'],
], 'special');

export const GENERAL_COMMITTEE: Wording = { en: 'General Committee', zh: '总务委员会', ...translations(names => names.generalCommittee) };

/** Limited-distribution ("L.") documents are, in practice, the drafts: the note says so beside the number. */
export const DRAFT_NOTE: Wording = { en: 'usually a draft', zh: '通常为草案', ...translations(names => names.draftNote) };

export const MODIFIER_NAMES = table([
	['Add', 'addendum', '增编'],
	['Corr', 'corrigendum', '更正'],
	['Rev', 'revision', '订正'],
	['Amend', 'amendment', '修正'],
	['Summary', 'summary', '摘要'],
], 'modifiers');

export const PARENTHESIS_NAMES = table([
	['Vol.', 'volume', '卷'],
	['Part', 'part', '部分'],
	['Parts', 'parts', '部分'],
	['Sect.', 'section', '款'],
	['Resumption', 'resumption', '续会'],
	['SUPP', 'supplement', '补编'],
], 'parenthesis');
