import type { DocumentLanguage } from '../model/types';
import type { VerbPart } from './types';

type Part = Exclude<VerbPart, 'both'>;
type OtherLanguage = 'fr' | 'es' | 'ru' | 'ar';
/** Per concept and part, the equivalents in French, Spanish, Russian and Arabic, the commonest first. */
type EquivalentTable = Record<string, Partial<Record<Part, Record<OtherLanguage, readonly string[]>>>>;

// Equivalents seen in the aligned official texts (shared/reference/aligned-openers.md §3, the summary by English
// opener), for documentation only: the parser's vocabulary stays as it is, so no rule starts guessing in a
// language on the strength of this table. Arabic forms are given as seen: feminine in General Assembly texts
// (تشير), masculine where only a Security Council text had the phrase (وإذ يدعو).
const EQUIVALENTS: EquivalentTable = {
	'acknowledge': {
		preambular: { fr: ['Sachant'], es: ['Reconociendo'], ru: ['подтверждая'], ar: ['وإذ يقر ب'] },
		operative: { fr: ['Prend acte'], es: ['Reconoce'], ru: ['подтверждает'], ar: ['تقر', 'تنوه ب'] },
	},
	'affirm': { operative: { fr: ['Affirme'], es: ['Afirma'], ru: ['подтверждает'], ar: ['تؤكد'] } },
	'call-on': {
		preambular: { fr: ['Demandant'], es: ['Exhortando'], ru: ['призывая'], ar: ['وإذ يدعو'] },
		operative: { fr: ['Demande'], es: ['Exhorta'], ru: ['призывает'], ar: ['تدعو'] },
	},
	'call-upon': { operative: { fr: ['Demande'], es: ['Exhorta'], ru: ['призывает'], ar: ['تهيب ب'] } },
	'commend': { operative: { fr: ['Félicite'], es: ['Encomia'], ru: ['высоко оценивает'], ar: ['تثني على'] } },
	'conscious': { preambular: { fr: ['Consciente'], es: ['Consciente'], ru: ['сознавая'], ar: ['وإذ تدرك'] } },
	'decide': { operative: { fr: ['Décide'], es: ['Decide'], ru: ['постановляет'], ar: ['تقرر'] } },
	'emphasize': {
		preambular: { fr: ['Soulignant'], es: ['Poniendo de relieve'], ru: ['подчеркивая'], ar: ['وإذ تؤكد'] },
		operative: { fr: ['Souligne'], es: ['Pone de relieve'], ru: ['подчеркивает'], ar: ['تشدد على'] },
	},
	'encourage': { operative: { fr: ['Engage', 'Encourage'], es: ['Alienta'], ru: ['рекомендует', 'призывает'], ar: ['تشجع', 'تشجع على'] } },
	'invite': { operative: { fr: ['Invite'], es: ['Invita'], ru: ['предлагает'], ar: ['تدعو'] } },
	'note': {
		preambular: { fr: ['Notant', 'Prenant note'], es: ['Observando'], ru: ['отмечая'], ar: ['وإذ تلاحظ'] },
		operative: { fr: ['Prend note', 'Note'], es: ['Observa'], ru: ['отмечает'], ar: ['تلاحظ'] },
	},
	'reaffirm': {
		preambular: { fr: ['Réaffirmant'], es: ['Reafirmando'], ru: ['подтверждая'], ar: ['وإذ تؤكد من جديد'] },
		operative: { fr: ['Réaffirme'], es: ['Reafirma'], ru: ['подтверждает'], ar: ['تؤكد من جديد', 'تؤكد مجددا'] },
	},
	'recall': {
		preambular: { fr: ['Rappelant'], es: ['Recordando'], ru: ['ссылаясь на', 'напоминая о'], ar: ['وإذ تشير إلى'] },
		operative: { fr: ['Rappelle'], es: ['Recuerda'], ru: ['ссылается на', 'напоминает о'], ar: ['تشير إلى'] },
	},
	'recognize': {
		preambular: { fr: ['Considérant', 'Consciente'], es: ['Reconociendo'], ru: ['учитывая', 'признавая'], ar: ['وإذ تسلّم ب'] },
		operative: { fr: ['Considère', 'Estime', 'Constate'], es: ['Reconoce'], ru: ['принимает во внимание', 'учитывает'], ar: ['تسلّم ب'] },
	},
	'reiterate': { preambular: { fr: ['Réitérant'], es: ['Reiterando'], ru: ['подтверждая'], ar: ['وإذ تكرر تأكيد'] } },
	'request': { operative: { fr: ['Prie'], es: ['Solicita'], ru: ['просит'], ar: ['تطلب إلى'] } },
	'stress': {
		preambular: { fr: ['Soulignant'], es: ['Destacando'], ru: ['подчеркивая'], ar: ['وإذ تشدد على'] },
		operative: { fr: ['Souligne', 'Insiste'], es: ['Destaca'], ru: ['подчеркивает'], ar: ['تؤكد'] },
	},
	'support': { preambular: { fr: ['Apportant son soutien'], es: ['Apoyando'], ru: ['поддерживая'], ar: ['وإذ يعرب عن دعمه ل'] } },
	'take-note': {
		preambular: { fr: ['Prenant acte'], es: ['Tomando nota'], ru: ['принимая к сведению'], ar: ['وإذ تحيط علما ب'] },
		operative: { fr: ['Prend note'], es: ['Toma nota'], ru: ['принимает к сведению'], ar: ['تحيط علما ب'] },
	},
	'underline': { operative: { fr: ['Souligne'], es: ['Subraya'], ru: ['подчеркивает'], ar: ['تشدد على'] } },
	'urge': { operative: { fr: ['Exhorte'], es: ['Insta'], ru: ['настоятельно призывает'], ar: ['تحث على'] } },
	'welcome': {
		preambular: { fr: ['Se félicitant'], es: ['Acogiendo con beneplácito'], ru: ['приветствуя'], ar: ['وإذ ترحب ب'] },
		operative: { fr: ['Se félicite', 'Salue'], es: ['Acoge con beneplácito'], ru: ['приветствует'], ar: ['ترحب ب'] },
	},
};

/** The French, Spanish, Russian and Arabic equivalents of a concept in one part, as seen in official texts. */
export function officialEquivalents(concept: string, part: Part): Partial<Record<DocumentLanguage, readonly string[]>> {
	return EQUIVALENTS[concept]?.[part] ?? {};
}

/**
 * The concept of a French, Spanish, Russian or Arabic phrase, where the table above knows it, so that items in
 * those languages can show their equivalents too.
 */
export function conceptOfPhrase(language: DocumentLanguage, phrase: string): string | undefined {
	if (language === 'en' || language === 'zh') {
		return undefined;
	}
	for (const [concept, parts] of Object.entries(EQUIVALENTS)) {
		for (const forms of Object.values(parts)) {
			if (forms?.[language].includes(phrase)) {
				return concept;
			}
		}
	}
	return undefined;
}
