import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { BUILT_IN_CATALOGUE } from '../../../server/src/languageService/catalogue/builtIn';
import { Catalogue } from '../../../server/src/languageService/catalogue/catalogue';
import { getHover } from '../../../server/src/languageService/features/hover';
import { escapeMarkdown } from '../../../server/src/languageService/features/hover/markdown';
import { verbNotesIn } from '../../../server/src/languageService/wording/verbNotes';
import { navigationFixture } from '../../support/navigation';

/**
 * Hovers in French, Spanish, Russian and Arabic drafts (issue 10): a symbol, a dated resolution reference, a
 * footnote marker, its text and an operative number, each worded in the draft's language with the undocs.org
 * link in that language. Each draft is short and of our own making, in the forms of the official texts.
 */

const builtIn = new Catalogue(() => [BUILT_IN_CATALOGUE]);

interface Case {
	draft: string;
	symbol: RegExp;
	reference: RegExp;
	marker: RegExp;
	footnoteText: string;
	operative: string;
	/** The catalogue's title of 70/1 in the quotation marks of the language, then where it comes from. */
	title: RegExp;
}

const CASES: Record<'fr' | 'es' | 'ru' | 'ar', Case> = {
	fr: {
		draft: 'L’Assemblée générale,\n\nRappelant sa résolution 70/1 du 25 septembre 2015 et le rapport du Secrétaire général (A/73/535)¹,\n\n1. Accueille avec satisfaction le rapport ;\n\n2. Prie le Secrétaire général de lui présenter un rapport.\n\n¹ Voir A/60/687.\n',
		symbol: /^\*\*A\/73\/535\*\* — Assemblée générale, soixante\\-treizième session, document 535\n\nOuvrir sur undocs\.org : /,
		reference: /^\*\*Résolution 70\/1 de l’Assemblée générale\*\* du 25 septembre 2015\n\nCote : A\/RES\/70\/1 — Assemblée générale, soixante\\-dixième session, résolution 70\/1/,
		marker: /^\*\*Note 1\*\* · appelée une fois\n\n> Voir A\/60\/687\\\.\n\n- A\/60\/687 — Assemblée générale, soixantième session, document 687$/,
		footnoteText: '**Note 1** · appelée une fois : alinéa 1 du préambule',
		operative: '**Paragraphe 2 du dispositif sur 2**',
		title: /Titre : «\u00a0Transformer notre monde[^»]*\u00a0»\n\n\*Source : la liste intégrée, d’après A\/RES\/75\/202/,
	},
	es: {
		draft: 'La Asamblea General,\n\nRecordando su resolución 70/1, de 25 de septiembre de 2015, y el informe del Secretario General (A/73/535)¹,\n\n1. Acoge con beneplácito el informe;\n\n2. Solicita al Secretario General que le presente un informe.\n\n¹ Véase A/60/687.\n',
		symbol: /^\*\*A\/73\/535\*\* — Asamblea General, septuagésimo tercer período de sesiones, documento 535\n\nAbrir en undocs\.org: /,
		reference: /^\*\*Resolución 70\/1 de la Asamblea General\*\*, de 25 de septiembre de 2015\n\nSignatura: A\/RES\/70\/1 — Asamblea General, septuagésimo período de sesiones, resolución 70\/1/,
		marker: /^\*\*Nota 1\*\* · citada una vez\n\n> Véase A\/60\/687\\\.\n\n- A\/60\/687 — Asamblea General, sexagésimo período de sesiones, documento 687$/,
		footnoteText: '**Nota 1** · citada una vez: párrafo 1 del preámbulo',
		operative: '**Párrafo 2 de 2 de la parte dispositiva**',
		title: /Título: “Transformar nuestro mundo[^”]*”\n\n\*Fuente: la lista integrada, según A\/RES\/75\/202/,
	},
	ru: {
		draft: 'Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 70/1 от 25 сентября 2015 года и доклад Генерального секретаря (A/73/535)¹,\n\n1. приветствует доклад;\n\n2. просит Генерального секретаря представить доклад.\n\n¹ См. A/60/687.\n',
		symbol: /^\*\*A\/73\/535\*\* — Генеральная Ассамблея, семьдесят третья сессия, документ 535\n\nОткрыть на undocs\.org: /,
		reference: /^\*\*Резолюция 70\/1 Генеральной Ассамблеи\*\* от 25 сентября 2015 года\n\nУсловное обозначение: A\/RES\/70\/1 — Генеральная Ассамблея, семидесятая сессия, резолюция 70\/1/,
		marker: /^\*\*Сноска 1\*\* · упоминается один раз\n\n> См\\\. A\/60\/687\\\.\n\n- A\/60\/687 — Генеральная Ассамблея, шестидесятая сессия, документ 687$/,
		footnoteText: '**Сноска 1** · упоминается один раз: пункт 1 преамбулы',
		operative: '**Пункт 2 постановляющей части из 2**',
		title: /Название: «Преобразование нашего мира[^»]*»\n\n\*Источник: встроенный список, по тексту A\/RES\/75\/202/,
	},
	ar: {
		draft: 'إن الجمعية العامة،\n\nإذ تشير إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015 وإلى تقرير الأمين العام (A/73/535)¹،\n\n1 - ترحب بالتقرير؛\n\n2 - تطلب إلى الأمين العام أن يقدم تقريرا.\n\n¹ انظر A/60/687.\n',
		symbol: /^\*\*A\/73\/535\*\* — الجمعية العامة، الدورة الثالثة والسبعون، الوثيقة 535\n\nفتح في نظام الوثائق الرسمية: /,
		reference: /^\*\*قرار الجمعية العامة 70\/1\*\* المؤرخ 25 أيلول\/سبتمبر 2015\n\nالرمز: A\/RES\/70\/1 — الجمعية العامة، الدورة السبعون، القرار 70\/1/,
		marker: /^\*\*الحاشية 1\*\* · أحيل إليها مرة واحدة\n\n> انظر A\/60\/687\\\.\n\n- A\/60\/687 — الجمعية العامة، الدورة الستون، الوثيقة 687$/,
		footnoteText: '**الحاشية 1** · أحيل إليها مرة واحدة: الفقرة 1 من الديباجة',
		operative: '**الفقرة 2 من المنطوق من أصل 2**',
		title: /العنوان: ”تحويل عالمنا[^“]*“\n\n\*المصدر: القائمة المدمجة، كما وردت في A\/RES\/75\/202/,
	},
};

// Phrases of the English hovers; none may be left in a hover of another language.
const ENGLISH = /\b(General Assembly|session|Footnote|cited|once|operative|paragraph|Title|Source|Symbol|Open on|built-in|of 25|September|resolution 70)\b/;

/**
 * What is left of a Russian or Arabic hover once the symbols, the link and the site name are taken out: it may
 * hold no Latin letter at all.
 */
function withoutSymbols(value: string): string {
	return value
		.replace(/\[[^\]]*\]\([^)]*\)/g, '')
		.replace(/undocs\\?\.org/g, '')
		.replace(/[A-Z][A-Za-z0-9./\\()\- ]*\d\)?/g, '');
}

for (const [language, sample] of Object.entries(CASES) as Array<[keyof typeof CASES, Case]>) {
	describe(`hover in a ${language} draft`, () => {
		const input = navigationFixture(sample.draft);
		const at = (offset: number) => {
			const result = getHover(input.resolution, input.document, input.document.positionAt(offset), builtIn);
			return result ? (result.contents as MarkupContent).value : undefined;
		};
		const check = (value: string | undefined) => {
			assert.ok(value);
			// "session" and "Source" are French words too, spelled as in English.
			assert.doesNotMatch(language === 'fr' ? value.replace(/\b(session|Source)\b/g, '') : value, ENGLISH);
			if (language === 'ru' || language === 'ar') {
				assert.doesNotMatch(withoutSymbols(value), /[A-Za-z]/, value);
			}
			return value;
		};

		it('reads the draft as its language', () => {
			assert.equal(input.resolution.language, language);
		});

		it('decodes a symbol in the draft\'s language and links to undocs.org in it', () => {
			const value = check(at(sample.draft.indexOf('A/73/535') + 1));
			assert.match(value, sample.symbol);
			assert.match(value, new RegExp(`\\[undocs\\\\\\.org/${language}/A/73/535\\]\\(https://undocs\\.org/${language}/A/73/535\\)$`));
		});

		it('names a resolution reference with its organ, date and symbol', () => {
			const value = check(at(sample.draft.indexOf('70/1') + 1));
			assert.match(value, sample.reference);
			assert.match(value, sample.title);
			assert.match(value, new RegExp(`\\(https://undocs\\.org/${language}/A/RES/70/1\\)$`));
		});

		it('shows the footnote text under its marker, with its symbol decoded', () => {
			assert.match(check(at(sample.draft.indexOf('¹'))), sample.marker);
		});

		it('says where a footnote is cited', () => {
			assert.equal(check(at(sample.draft.lastIndexOf('¹'))), sample.footnoteText);
		});

		it('explains the opening verb in the draft\'s language', () => {
			// The first preambular paragraph of every draft opens with the verb of "recall".
			const value = at(sample.draft.indexOf('\n\n') + 3);
			assert.ok(value?.includes(escapeMarkdown(verbNotesIn(language).concepts.recall)), value);
			assert.ok(!value?.includes(escapeMarkdown(verbNotesIn('en').concepts.recall)), value);
		});

		it('counts an operative paragraph', () => {
			assert.equal(check(at(sample.draft.search(/\n2[ .]/) + 1)), sample.operative);
		});
	});
}
