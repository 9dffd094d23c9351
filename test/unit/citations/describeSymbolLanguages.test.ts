import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeSymbol, summarizeSymbol } from '../../../server/src/languageService/citations/describeSymbol';
import type { DocumentLanguage } from '../../../server/src/languageService/model/types';
import { formatDate } from '../../../server/src/languageService/wording/dates';

/**
 * Decoded symbols in French, Spanish, Russian and Arabic (issue 10): the whole line is compared, so that an
 * English word left in any component fails, and the session ordinals are checked against the session lines of
 * the official texts ("Soixante-quinzième session", "Septuagésimo quinto período de sesiones",
 * "Семьдесят пятая сессия", "الدورة الخامسة والسبعون").
 */

function meaning(symbol: string, language: DocumentLanguage): string | undefined {
	const description = describeSymbol(symbol, language);
	return description && summarizeSymbol(description, language);
}

const EXPECTED: Record<'fr' | 'es' | 'ru' | 'ar', ReadonlyArray<[string, string]>> = {
	fr: [
		['A/73/535', 'A/73/535 — Assemblée générale, soixante-treizième session, document 535'],
		['A/C.2/59/3', 'A/C.2/59/3 — Assemblée générale, Deuxième Commission, cinquante-neuvième session, document 3'],
		['E/CN.16/2018/CRP.3', 'E/CN.16/2018/CRP.3 — Conseil économique et social, Commission de la science et de la technique au service du développement, 2018, document de séance 3'],
		['S/RES/2334 (2016)', 'S/RES/2334 (2016) — Conseil de sécurité, résolution 2334 (2016)'],
		['A/67/65/Corr.1-E/2012/48/Corr.1', 'A/67/65/Corr.1-E/2012/48/Corr.1 — cote commune, un même document publié pour 2 organes : A/67/65/Corr.1 (Assemblée générale, soixante-septième session, document 65, rectificatif 1) ; E/2012/48/Corr.1 (Conseil économique et social, 2012, document 48, rectificatif 1)'],
		['A/75/202', 'A/75/202 — Assemblée générale, soixante-quinzième session, document 202'],
		['A/71/21', 'A/71/21 — Assemblée générale, soixante et onzième session, document 21'],
		['A/C.3/73/L.5/Rev.1', 'A/C.3/73/L.5/Rev.1 — Assemblée générale, Troisième Commission, soixante-treizième session, document à distribution limitée 5 (en général un projet), révision 1'],
		['A/RES/ES-10/2', 'A/RES/ES-10/2 — Assemblée générale, dixième session extraordinaire d’urgence, résolution ES-10/2'],
		['A/73/535/Add.2', 'A/73/535/Add.2 — Assemblée générale, soixante-treizième session, document 535, additif 2'],
	],
	es: [
		['A/73/535', 'A/73/535 — Asamblea General, septuagésimo tercer período de sesiones, documento 535'],
		['A/C.2/59/3', 'A/C.2/59/3 — Asamblea General, Segunda Comisión, quincuagésimo noveno período de sesiones, documento 3'],
		['E/CN.16/2018/CRP.3', 'E/CN.16/2018/CRP.3 — Consejo Económico y Social, Comisión de Ciencia y Tecnología para el Desarrollo, 2018, documento de sesión 3'],
		['S/RES/2334 (2016)', 'S/RES/2334 (2016) — Consejo de Seguridad, resolución 2334 (2016)'],
		['A/67/65/Corr.1-E/2012/48/Corr.1', 'A/67/65/Corr.1-E/2012/48/Corr.1 — signatura conjunta, un mismo documento publicado para 2 órganos: A/67/65/Corr.1 (Asamblea General, sexagésimo séptimo período de sesiones, documento 65, corrección 1); E/2012/48/Corr.1 (Consejo Económico y Social, 2012, documento 48, corrección 1)'],
		['A/75/202', 'A/75/202 — Asamblea General, septuagésimo quinto período de sesiones, documento 202'],
		['A/71/21', 'A/71/21 — Asamblea General, septuagésimo primer período de sesiones, documento 21'],
		['A/C.3/73/L.5/Rev.1', 'A/C.3/73/L.5/Rev.1 — Asamblea General, Tercera Comisión, septuagésimo tercer período de sesiones, documento de distribución limitada 5 (por lo general, un proyecto), revisión 1'],
		['A/RES/S-27/2', 'A/RES/S-27/2 — Asamblea General, vigésimo séptimo período extraordinario de sesiones, resolución S-27/2'],
	],
	ru: [
		['A/73/535', 'A/73/535 — Генеральная Ассамблея, семьдесят третья сессия, документ 535'],
		['A/C.2/59/3', 'A/C.2/59/3 — Генеральная Ассамблея, Второй комитет, пятьдесят девятая сессия, документ 3'],
		['E/CN.16/2018/CRP.3', 'E/CN.16/2018/CRP.3 — Экономический и Социальный Совет, Комиссия по науке и технике в целях развития, 2018, документ зала заседаний 3'],
		['S/RES/2334 (2016)', 'S/RES/2334 (2016) — Совет Безопасности, резолюция 2334 (2016)'],
		['A/67/65/Corr.1-E/2012/48/Corr.1', 'A/67/65/Corr.1-E/2012/48/Corr.1 — совместное условное обозначение, один документ для 2 органов: A/67/65/Corr.1 (Генеральная Ассамблея, шестьдесят седьмая сессия, документ 65, исправление 1); E/2012/48/Corr.1 (Экономический и Социальный Совет, 2012, документ 48, исправление 1)'],
		['A/75/202', 'A/75/202 — Генеральная Ассамблея, семьдесят пятая сессия, документ 202'],
		['A/RES/ES-10/2', 'A/RES/ES-10/2 — Генеральная Ассамблея, десятая чрезвычайная специальная сессия, резолюция ES-10/2'],
	],
	ar: [
		['A/73/535', 'A/73/535 — الجمعية العامة، الدورة الثالثة والسبعون، الوثيقة 535'],
		['A/C.2/59/3', 'A/C.2/59/3 — الجمعية العامة، اللجنة الثانية، الدورة التاسعة والخمسون، الوثيقة 3'],
		['E/CN.16/2018/CRP.3', 'E/CN.16/2018/CRP.3 — المجلس الاقتصادي والاجتماعي، لجنة تسخير العلم والتكنولوجيا لأغراض التنمية، 2018، ورقة غرفة اجتماعات 3'],
		['S/RES/2334 (2016)', 'S/RES/2334 (2016) — مجلس الأمن، القرار 2334 (2016)'],
		['A/67/65/Corr.1-E/2012/48/Corr.1', 'A/67/65/Corr.1-E/2012/48/Corr.1 — رمز مشترك لوثيقة واحدة صادرة لعدد 2 من الهيئات: A/67/65/Corr.1 (الجمعية العامة، الدورة السابعة والستون، الوثيقة 65، التصويب 1)؛ E/2012/48/Corr.1 (المجلس الاقتصادي والاجتماعي، 2012، الوثيقة 48، التصويب 1)'],
		['A/75/202', 'A/75/202 — الجمعية العامة، الدورة الخامسة والسبعون، الوثيقة 202'],
		['A/71/21', 'A/71/21 — الجمعية العامة، الدورة الحادية والسبعون، الوثيقة 21'],
		['A/HRC/RES/S-2/1', 'A/HRC/RES/S-2/1 — الجمعية العامة، مجلس حقوق الإنسان، الدورة الاستثنائية الثانية، القرار S-2/1'],
	],
};

// Words of the English wording that are not also words of these languages ("document", "session" are French).
const ENGLISH_WORDS = /\b(General Assembly|Council|Committee|Commission on|seventy|third|fifty|sixty|conference room|corrigendum|joint symbol|organs:|usually|draft)\b/;
// Everything of a symbol: its letters are the only Latin ones an Arabic or Russian description may hold.
const SYMBOL_TEXT = /[A-Z][A-Za-z0-9./()\- ]*\d[)\d]*/g;

for (const [language, rows] of Object.entries(EXPECTED) as Array<[keyof typeof EXPECTED, ReadonlyArray<[string, string]>]>) {
	describe(`describeSymbol in ${language}`, () => {
		for (const [symbol, expected] of rows) {
			it(symbol, () => {
				const actual = meaning(symbol, language);
				assert.equal(actual, expected);
				assert.doesNotMatch(actual!, ENGLISH_WORDS);
				if (language === 'ru' || language === 'ar') {
					assert.doesNotMatch(actual!.replace(SYMBOL_TEXT, ''), /[A-Za-z]/);
				}
			});
		}
	});
}

describe('dates in each language\'s form (R58)', () => {
	it('writes 25 September 2015 as the official texts of each language do', () => {
		assert.equal(formatDate('2015-09-25', 'fr'), '25 septembre 2015');
		assert.equal(formatDate('2015-09-25', 'es'), '25 de septiembre de 2015');
		assert.equal(formatDate('2015-09-25', 'ru'), '25 сентября 2015 года');
		assert.equal(formatDate('2015-09-25', 'ar'), '25 أيلول/سبتمبر 2015');
	});

	it('writes the first of the month "1er" in French and keeps both Arabic month names', () => {
		assert.equal(formatDate('2020-05-01', 'fr'), '1er mai 2020');
		assert.equal(formatDate('2020-12-21', 'ar'), '21 كانون الأول/ديسمبر 2020');
		assert.equal(formatDate('2015-07-27', 'ar'), '27 تموز/يوليه 2015');
	});
});

describe('session ordinals beyond the examples', () => {
	it('spells the French scores and the "et un" forms traditionally', () => {
		assert.match(meaning('A/80/1', 'fr')!, /quatre-vingtième session/);
		assert.match(meaning('A/81/1', 'fr')!, /quatre-vingt-unième session/);
		assert.match(meaning('A/91/1', 'fr')!, /quatre-vingt-onzième session/);
		assert.match(meaning('A/21/1', 'fr')!, /vingt et unième session/);
		assert.match(meaning('A/1/1', 'fr')!, /première session/);
	});

	it('shortens the Spanish first and third before "período" and writes the teens in one word', () => {
		assert.match(meaning('A/21/1', 'es')!, /vigésimo primer período de sesiones/);
		assert.match(meaning('A/13/1', 'es')!, /decimotercer período de sesiones/);
	});

	it('agrees the Russian and Arabic ordinals with the feminine "сессия" and "الدورة"', () => {
		assert.match(meaning('A/40/1', 'ru')!, /сороковая сессия/);
		assert.match(meaning('A/11/1', 'ar')!, /الدورة الحادية عشرة/);
		assert.match(meaning('A/20/1', 'ar')!, /الدورة العشرون/);
	});
});
