import type { Organ } from '../model/types';
import { ORGAN_NAMES } from '../vocabulary/organs';
import type { WordingLanguage } from './language';
import { isPackLanguage, LANGUAGE_PACKS } from './packs';

// The Chinese names of the organs as their Chinese texts write them (the organ line of each: "大会，", "安全理事会，").
const CHINESE_ORGAN_NAMES: Readonly<Record<Organ, string>> = {
	GA: '大会',
	SC: '安全理事会',
	ECOSOC: '经济及社会理事会',
	HRC: '人权理事会',
	unknown: '未知机构',
};

/** The name of an organ in a wording language. */
export function organName(organ: Organ, language: WordingLanguage): string {
	if (isPackLanguage(language)) {
		return LANGUAGE_PACKS[language].organs[organ];
	}
	return language === 'zh' ? CHINESE_ORGAN_NAMES[organ] : ORGAN_NAMES[organ];
}
