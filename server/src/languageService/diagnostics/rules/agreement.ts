import type { DocumentLanguage, Organ } from '../../model/types';
import { getVocabulary } from '../../vocabulary';
import { DiagnosticCode } from '../codes';
import type { Finding, Rule } from '../types';

// The grammatical gender of each organ's name where openers agree with it: l'Assemblée générale, la Asamblea
// General, Генеральная Ассамблея and الجمعية العامة are feminine; the councils (le Conseil, el Consejo, Совет,
// المجلس / مجلس) are masculine (drafting-rules.md §3.2, "Feminine agreement", and R71).
const ORGAN_GENDER: Partial<Record<Organ, 'feminine' | 'masculine'>> = {
	GA: 'feminine', SC: 'masculine', ECOSOC: 'masculine', HRC: 'masculine',
};
const ORGAN_NAMES: Partial<Record<DocumentLanguage, Partial<Record<Organ, string>>>> = {
	fr: { GA: 'l’Assemblée générale', SC: 'le Conseil de sécurité', ECOSOC: 'le Conseil économique et social', HRC: 'le Conseil des droits de l’homme' },
	es: { GA: 'la Asamblea General', SC: 'el Consejo de Seguridad', ECOSOC: 'el Consejo Económico y Social', HRC: 'el Consejo de Derechos Humanos' },
	ru: { GA: 'Генеральная Ассамблея', SC: 'Совет Безопасности', ECOSOC: 'Экономический и Социальный Совет', HRC: 'Совет по правам человека' },
	ar: { GA: 'الجمعية العامة', SC: 'مجلس الأمن', ECOSOC: 'المجلس الاقتصادي والاجتماعي', HRC: 'مجلس حقوق الإنسان' },
};

/**
 * `verb.agreement`: an opening adjective or verb agrees with the organ that speaks — French "Consciente" for
 * the Assembly and "Conscient" for a council, Arabic "تشير" for the Assembly and "يشير" for a council. The fix
 * writes the vocabulary's form of the same phrase in the organ's gender.
 */
export const verbAgreementRules: Rule = ({ resolution }) => {
	const gender = ORGAN_GENDER[resolution.organ];
	const organName = ORGAN_NAMES[resolution.language]?.[resolution.organ];
	if (!gender || !organName) {
		return [];
	}
	const entries = getVocabulary(resolution.language).entries;
	const findings: Finding[] = [];
	for (const paragraph of [...resolution.preamble, ...resolution.operative]) {
		const opener = paragraph.opener;
		const entry = opener?.known ? entries.find(candidate => candidate.phrase === opener.canonical) : undefined;
		if (!opener || !entry?.gender || entry.gender === gender) {
			continue;
		}
		const twin = entries.find(candidate => candidate.concept === entry.concept && candidate.part === entry.part
			&& candidate.gender === gender && sameShape(candidate.phrase, entry.phrase));
		findings.push({
			code: DiagnosticCode.VerbAgreement,
			message: `"${opener.text}" is ${entry.gender}; it should agree with ${organName}${twin ? `: "${twin.phrase}"` : ''}.`,
			span: opener.span,
			fixes: twin ? [{ fix: 'replace', span: opener.span, text: twin.phrase, title: `Write "${twin.phrase}"` }] : undefined,
		});
	}
	return findings;
};

// The twin differs from the phrase only in the agreeing word, so both have the same number of words.
function sameShape(a: string, b: string): boolean {
	return a.split(' ').length === b.split(' ').length;
}
