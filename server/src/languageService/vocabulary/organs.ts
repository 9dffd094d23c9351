import type { DocumentLanguage, Organ } from '../model/types';
import { isWhiteSpace } from '../text/whitespace';

/** The English names of the organs, as the outline and hovers show them. */
export const ORGAN_NAMES: Record<Organ, string> = {
	GA: 'General Assembly',
	SC: 'Security Council',
	ECOSOC: 'Economic and Social Council',
	HRC: 'Human Rights Council',
	unknown: 'unknown organ',
};

// The organ as named in the organ line and the masthead of each language version. The article, the Arabic
// "إن" and the closing comma are optional here: the masthead names the organ bare, the organ line with them.
// Every accepted form is listed, so that a line is read with one look-up instead of a pattern per organ and
// language.
const ORGAN_LINES = new Map<string, { organ: Organ; language: DocumentLanguage }>();

function organLine(organ: Organ, language: DocumentLanguage, articles: readonly string[], ...names: string[]): void {
	for (const article of ['', ...articles]) {
		for (const name of names) {
			ORGAN_LINES.set(article + name, { organ, language });
		}
	}
}

organLine('GA', 'en', ['the '], 'general assembly');
organLine('SC', 'en', ['the '], 'security council');
organLine('ECOSOC', 'en', ['the '], 'economic and social council');
organLine('HRC', 'en', ['the '], 'human rights council');
organLine('GA', 'fr', ['l\'', 'l’'], 'assemblée générale');
organLine('SC', 'fr', ['le '], 'conseil de sécurité');
organLine('ECOSOC', 'fr', ['le '], 'conseil économique et social');
organLine('HRC', 'fr', ['le '], 'conseil des droits de l\'homme', 'conseil des droits de l’homme');
organLine('GA', 'es', ['la '], 'asamblea general');
organLine('SC', 'es', ['el '], 'consejo de seguridad');
organLine('ECOSOC', 'es', ['el '], 'consejo económico y social');
organLine('HRC', 'es', ['el '], 'consejo de derechos humanos');
organLine('GA', 'ru', [], 'генеральная ассамблея');
organLine('SC', 'ru', [], 'совет безопасности');
organLine('ECOSOC', 'ru', [], 'экономический и социальный совет');
organLine('HRC', 'ru', [], 'совет по правам человека');
organLine('GA', 'zh', [], '大会');
organLine('SC', 'zh', [], '安全理事会');
organLine('ECOSOC', 'zh', [], '经济及社会理事会');
organLine('HRC', 'zh', [], '人权理事会');
organLine('GA', 'ar', ['إن '], 'الجمعية العامة');
organLine('SC', 'ar', ['إن '], 'مجلس الأمن');
organLine('ECOSOC', 'ar', ['إن '], 'المجلس الاقتصادي والاجتماعي');
organLine('HRC', 'ar', ['إن '], 'مجلس حقوق الإنسان');

// The last character of every accepted form, in lower case: most short lines (Chinese paragraphs, headings) end
// otherwise, and are rejected without normalizing them.
const FINAL_CHARACTERS = new Set([...ORGAN_LINES.keys()].map(name => name[name.length - 1]));

/**
 * The last character of the line's name, in lower case, as the reading below would leave it: after trailing
 * white space and tatweels, one closing comma, and white space and tatweels again.
 */
function finalCharacter(line: string): string {
	let end = skipBack(line, line.length);
	const last = line[end - 1];
	if (last === ',' || last === '，' || last === '،') {
		end = skipBack(line, end - 1);
	}
	if (end === 0) {
		return '';
	}
	// Ideographs and CJK punctuation ("大会，") have no case, and are spared the case mapping, which beyond
	// Latin-1 is a call into the runtime.
	const code = line.charCodeAt(end - 1);
	return code >= 0x3000 && code < 0xa000 ? line[end - 1] : line[end - 1].toLowerCase();
}

function skipBack(line: string, end: number): number {
	let i = end;
	while (i > 0 && (isWhiteSpace(line.charCodeAt(i - 1)) || line.charCodeAt(i - 1) === 0x0640)) {
		i--;
	}
	return i;
}

/** An organ line read: which organ, in which language, and whether it closes with a comma. */
export interface OrganLineMatch {
	organ: Organ;
	language: DocumentLanguage;
	comma: boolean;
	/** True when the line has the article or "إن" of an organ line rather than the bare masthead name. */
	formal: boolean;
}

/** Reads a line that names an organ and nothing else ("The General Assembly,", "大会，", "إن مجلس الأمن،"). */
export function matchOrganLine(line: string): OrganLineMatch | undefined {
	// Organ lines are short; paragraphs, which make up most lines, are rejected before any work.
	if (line.length > 80 || !FINAL_CHARACTERS.has(finalCharacter(line))) {
		return undefined;
	}
	const trimmed = line.replace(/[\u0640]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
	if (trimmed.length > 60) {
		return undefined;
	}
	const comma = /[,，،]$/.test(trimmed);
	const bare = (comma ? trimmed.slice(0, -1) : trimmed).trim().toLowerCase();
	const found = ORGAN_LINES.get(bare);
	if (!found) {
		return undefined;
	}
	const formal = /^(?:the|l['’]|le|la|el|إن) /.test(bare) || /^l['’]/.test(bare);
	return { organ: found.organ, language: found.language, comma, formal };
}

const ORGANIZATION_NAMES = /^(?:united nations|nations unies|naciones unidas|организация объединенных наций|联合国|الأمم المتحدة)$/;

/** True for the first line of a masthead: the name of the Organization in one of the six languages. */
export function isOrganizationName(line: string): boolean {
	return ORGANIZATION_NAMES.test(line.replace(/[\u0640]/g, '').replace(/\s+/g, ' ').trim().toLowerCase());
}
