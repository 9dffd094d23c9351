import type { WordingLanguage } from './language';
import { isPackLanguage, LANGUAGE_PACKS } from './packs';

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
	'October', 'November', 'December'];
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * An ISO date as UN texts write it: "25 September 2015" (no ordinal, no comma, drafting-rules.md R57) or
 * "2015 年 9 月 25 日" (R58, with the spaces of the official Chinese PDF texts), and in the other four languages
 * as their packs write it ("25 septembre 2015"). Anything else comes back as given.
 */
export function formatDate(iso: string, language: WordingLanguage): string {
	const match = ISO.exec(iso);
	if (!match) {
		return iso;
	}
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (month < 1 || month > 12) {
		return iso;
	}
	if (isPackLanguage(language)) {
		return LANGUAGE_PACKS[language].date(day, month, year);
	}
	return language === 'zh' ? `${year} 年 ${month} 月 ${day} 日` : `${day} ${ENGLISH_MONTHS[month - 1]} ${year}`;
}
