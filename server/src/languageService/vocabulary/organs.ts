import type { DocumentLanguage, Organ } from '../model/types';

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
const ORGAN_LINES: ReadonlyArray<[Organ, DocumentLanguage, RegExp]> = [
	['GA', 'en', /^(?:the )?general assembly$/],
	['SC', 'en', /^(?:the )?security council$/],
	['ECOSOC', 'en', /^(?:the )?economic and social council$/],
	['HRC', 'en', /^(?:the )?human rights council$/],
	['GA', 'fr', /^(?:l'|l’)?assemblée générale$/],
	['SC', 'fr', /^(?:le )?conseil de sécurité$/],
	['ECOSOC', 'fr', /^(?:le )?conseil économique et social$/],
	['HRC', 'fr', /^(?:le )?conseil des droits de l['’]homme$/],
	['GA', 'es', /^(?:la )?asamblea general$/],
	['SC', 'es', /^(?:el )?consejo de seguridad$/],
	['ECOSOC', 'es', /^(?:el )?consejo económico y social$/],
	['HRC', 'es', /^(?:el )?consejo de derechos humanos$/],
	['GA', 'ru', /^генеральная ассамблея$/],
	['SC', 'ru', /^совет безопасности$/],
	['ECOSOC', 'ru', /^экономический и социальный совет$/],
	['HRC', 'ru', /^совет по правам человека$/],
	['GA', 'zh', /^大会$/],
	['SC', 'zh', /^安全理事会$/],
	['ECOSOC', 'zh', /^经济及社会理事会$/],
	['HRC', 'zh', /^人权理事会$/],
	['GA', 'ar', /^(?:إن )?الجمعية العامة$/],
	['SC', 'ar', /^(?:إن )?مجلس الأمن$/],
	['ECOSOC', 'ar', /^(?:إن )?المجلس الاقتصادي والاجتماعي$/],
	['HRC', 'ar', /^(?:إن )?مجلس حقوق الإنسان$/],
];

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
	if (line.length > 80) {
		return undefined;
	}
	const trimmed = line.replace(/[\u0640]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
	if (trimmed.length > 60) {
		return undefined;
	}
	const comma = /[,，،]$/.test(trimmed);
	const bare = (comma ? trimmed.slice(0, -1) : trimmed).trim().toLowerCase();
	for (const [organ, language, pattern] of ORGAN_LINES) {
		if (pattern.test(bare)) {
			const formal = /^(?:the|l['’]|le|la|el|إن) /.test(bare) || /^l['’]/.test(bare);
			return { organ, language, comma, formal };
		}
	}
	return undefined;
}

const ORGANIZATION_NAMES = /^(?:united nations|nations unies|naciones unidas|организация объединенных наций|联合国|الأمم المتحدة)$/;

/** True for the first line of a masthead: the name of the Organization in one of the six languages. */
export function isOrganizationName(line: string): boolean {
	return ORGANIZATION_NAMES.test(line.replace(/[\u0640]/g, '').replace(/\s+/g, ' ').trim().toLowerCase());
}
