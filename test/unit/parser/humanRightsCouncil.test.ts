import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseResolution } from '../../../server/src/languageService';

describe('Human Rights Council closing formula', () => {
	it('reads "40th meeting" and "第40次会议", which carry no "plenary"', () => {
		const english = parseResolution('The Human Rights Council,\n\nGuided by the Charter,\n\n1. Decides to act.\n\n40th meeting\n7 July 2031\n');
		assert.equal(english.closing?.meeting?.number, 40);
		assert.equal(english.closing?.date?.iso, '2031-07-07');
		assert.deepEqual(english.unclassified, []);
		const chinese = parseResolution('人权理事会，\n\n遵循《宪章》，\n\n1. 决定采取行动。\n\n2031年7月7日\n第40次会议\n');
		assert.equal(chinese.closing?.meeting?.number, 40);
		assert.deepEqual(chinese.unclassified, []);
	});

	// The Council's texts in the other languages: "40e séance", "40a sesión", "40-е заседание", "الجلسة 40"; the
	// Spanish heading writes the session in figures ("59º período de sesiones") and "Tema 3 de la agenda".
	const OTHER_LANGUAGES: ReadonlyArray<[string, string, string]> = [
		['fr', 'Cinquante-neuvième session\nPoint 3 de l’ordre du jour\n\nRésolution adoptée par le Conseil des droits de l’homme le 7 juillet 2031\n\n59/1. Titre\n\nLe Conseil des droits de l’homme,\n\nRappelant la Charte,\n\n1. Décide d’agir.', '40e séance\n7 juillet 2031'],
		['es', '59º período de sesiones\nTema 3 de la agenda\n\nResolución aprobada por el Consejo de Derechos Humanos el 7 de julio de 2031\n\n59/1. Título\n\nEl Consejo de Derechos Humanos,\n\nRecordando la Carta,\n\n1. Decide actuar.', '40a sesión\n7 de julio de 2031'],
		['ru', 'Пятьдесят девятая сессия\nПункт 3 повестки дня\n\nРезолюция, принятая Советом по правам человека 7 июля 2031 года\n\n59/1. Название\n\nСовет по правам человека,\n\nссылаясь на Устав,\n\n1. постановляет действовать.', '40-е заседание\n7 июля 2031 года'],
		['ar', 'الدورة التاسعة والخمسون\nالبند 3 من جدول الأعمال\n\nقرار اتخذه مجلس حقوق الإنسان في 7 تموز/يوليه 2031\n\n59/1 العنوان\n\nإن مجلس حقوق الإنسان،\n\nإذ يشير إلى الميثاق،\n\n1 - يقرر أن يتصرف.', 'الجلسة 40\n7 تموز/يوليه 2031'],
	];
	for (const [language, text, closing] of OTHER_LANGUAGES) {
		it(`reads the heading and the closing formula of a ${language} text`, () => {
			const resolution = parseResolution(`${text}\n\n${closing}\n`);
			assert.deepEqual([resolution.organ, resolution.language], ['HRC', language]);
			assert.deepEqual([resolution.header.session?.number, resolution.header.agendaItems.map(item => item.text)], [59, ['3']]);
			assert.deepEqual([resolution.closing?.meeting?.number, resolution.closing?.date?.iso], [40, '2031-07-07']);
			assert.deepEqual(resolution.unclassified, []);
		});
	}

	it('still leaves the Security Council adoption line in the heading', () => {
		const resolution = parseResolution('Resolution 2901 (2031)\n\nAdopted by the Security Council at its 10001st meeting, on 18 December 2031\n\nThe Security Council,\n\n1. Decides to act.');
		assert.equal(resolution.header.adoption?.date?.iso, '2031-12-18');
		assert.equal(resolution.closing, undefined);
	});
});
