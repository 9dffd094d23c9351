import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildOutline, parseResolution } from '../../../server/src/languageService';
import { lint } from '../../support/lint';

// One short draft per language, written for these tests in the layout of the official texts: heading, organ
// line, two preambular paragraphs (the second a repeated verb), three operative paragraphs with a list, one
// footnote placed as the language places it, and the closing formula.
const DRAFTS: Record<string, string> = {
	fr: [
		'Quatre-vingt-unième session', 'Point 14 de l’ordre du jour', '',
		'Résolution adoptée par l’Assemblée générale le 3 décembre 2026', '',
		'[sur la base du rapport de la Deuxième Commission (A/81/400, par. 8)]', '', '81/90. Observation des océans', '',
		'L’Assemblée générale,', '', 'Rappelant sa résolution 80/12 du 5 décembre 2025¹,', '',
		'Rappelant également le rapport du Secrétaire général,', '', '1. Prend note du rapport ;', '', '2. Décide\u00a0:', '',
		'a) De tenir une réunion ;', '', 'b) De faire rapport ;', '', '3. Prie également le Secrétaire général de faire rapport.', '',
		'¹ Résolution 80/12.', '', '50e séance plénière', '3 décembre 2026',
	].join('\n'),
	es: [
		'Octogésimo primer período de sesiones', 'Tema 14 del programa', '',
		'Resolución aprobada por la Asamblea General el 3 de diciembre de 2026', '',
		'[sobre la base del informe de la Segunda Comisión (A/81/400, párr. 8)]', '', '81/90. Observación de los océanos', '',
		'La Asamblea General,', '', 'Recordando su resolución 80/12, de 5 de diciembre de 2025¹,', '',
		'Recordando también el informe del Secretario General,', '', '1. Toma nota del informe;', '', '2. Decide:', '',
		'a) Celebrar una reunión;', '', 'b) Presentar un informe;', '', '3. Solicita también al Secretario General que informe.', '',
		'¹ Resolución 80/12.', '', '50a sesión plenaria', '3 de diciembre de 2026',
	].join('\n'),
	ru: [
		'Восемьдесят первая сессия', 'Пункт 14 повестки дня', '',
		'Резолюция, принятая Генеральной Ассамблеей 3 декабря 2026 года', '',
		'[по докладу Второго комитета (A/81/400, пункт 8)]', '', '81/90. Наблюдение за океанами', '',
		'Генеральная Ассамблея,', '', 'ссылаясь на свою резолюцию 80/12 от 5 декабря 2025 года¹,', '',
		'ссылаясь также на доклад Генерального секретаря,', '', '1. принимает к сведению доклад;', '', '2. постановляет:', '',
		'a) провести совещание;', '', 'b) представить доклад;', '', '3. просит также Генерального секретаря представить доклад.', '',
		'¹ Резолюция 80/12.', '', '50-е пленарное заседание', '3 декабря 2026 года',
	].join('\n'),
	ar: [
		'الدورة الحادية والثمانون', 'البند 14 من جدول الأعمال', '',
		'قرار اتخذته الجمعية العامة في 3 كانون الأول/ديسمبر 2026', '',
		'[بناء على تقرير اللجنة الثانية (A/81/400، الفقرة 8)]', '', '81/90 - رصد المحيطات', '',
		'إن الجمعية العامة،', '', 'إذ تشير إلى قرارها 80/12 المؤرخ 5 كانون الأول/ديسمبر 2025⁽¹⁾،', '',
		'وإذ تشير أيضا إلى تقرير الأمين العام،', '', '1 - تحيط علما بالتقرير؛', '', '2 - تقرر ما يلي:', '',
		'(أ) عقد اجتماع؛', '', '(ب) تقديم تقرير؛', '', '3 - تطلب أيضا إلى الأمين العام تقديم تقرير.', '',
		'⁽¹⁾ القرار 80/12.', '', 'الجلسة العامة 50', '3 كانون الأول/ديسمبر 2026',
	].join('\n'),
};

describe('French, Spanish, Russian and Arabic drafts', () => {
	for (const [language, draft] of Object.entries(DRAFTS)) {
		it(`${language}: heading, verbs in both parts, list, footnote, citation and closing`, () => {
			const resolution = parseResolution(draft);
			const outline = buildOutline(resolution, `draft.${language}`);
			assert.equal(resolution.language, language);
			assert.equal(resolution.organ, 'GA');
			assert.deepEqual(
				[outline.header.session, outline.header.number, outline.header.adoptionDate, outline.header.reportSymbols, outline.header.agendaItems],
				[81, '81/90', '2026-12-03', ['A/81/400'], ['14']],
			);
			assert.deepEqual([outline.counts.preamble, outline.counts.operative, outline.counts.depth, outline.counts.footnotes], [2, 3, 1, 1]);
			assert.deepEqual(resolution.preamble.map(p => [p.opener?.form, p.opener?.repeated]), [['preambular', false], ['preambular', true]]);
			assert.deepEqual(resolution.operative.map(p => p.opener?.form), ['operative', 'operative', 'operative']);
			assert.equal(resolution.operative[2].opener?.repeated, true);
			assert.deepEqual(resolution.preamble.map(p => p.opener?.concept), ['recall', 'recall']);
			assert.deepEqual(outline.footnotes, [{ number: 1, line: 26, references: [12] }]);
			const reference = resolution.citations.find(citation => citation.kind === 'resolution');
			assert.deepEqual([reference?.symbol, reference?.date?.iso], ['A/RES/80/12', '2025-12-05']);
			assert.deepEqual(outline.closing, { meeting: 50, date: '2026-12-03' });
		});

		it(`${language}: the correct draft raises no error or warning`, () => {
			assert.deepEqual(lint(draft).filter(d => d.severity === 'error' || d.severity === 'warning').map(d => d.code), []);
		});
	}

	it('reads a Security Council organ line and its masculine openers in French and Arabic', () => {
		const french = parseResolution('Le Conseil de sécurité,\n\nConscient de la situation,\n\n1. Décide de rester saisi de la question.');
		assert.deepEqual([french.organ, french.preamble[0].opener?.canonical], ['SC', 'Conscient']);
		const arabic = parseResolution('إن مجلس الأمن،\n\nإذ يشير إلى قراراته السابقة،\n\n1 - يقرر أن يبقي المسألة قيد نظره.');
		assert.deepEqual([arabic.organ, arabic.preamble[0].opener?.canonical, arabic.operative[0].opener?.form], ['SC', 'إذ يشير إلى', 'operative']);
	});

	it('reports a participle in the operative part in Spanish and a verb in the preamble in Russian', () => {
		assert.equal(lint('La Asamblea General,\n\nRecordando su resolución,\n\n1. Reconociendo el informe;\n\n2. Decide actuar.', 'verb.wrong-part').length, 1);
		assert.equal(lint('Генеральная Ассамблея,\n\nпостановляет провести,\n\n1. просит доклад.', 'verb.wrong-part').length, 1);
	});

	it('finds the Word field errors of every language', () => {
		for (const artefact of ['Erreur ! Signet non défini.', '¡Error! Marcador no definido.', 'Ошибка! Закладка не определена.']) {
			assert.equal(lint(`The General Assembly,\n\n1. Decides ${artefact} to act.`, 'artifact.field-error').length, 1, artefact);
		}
	});
});
