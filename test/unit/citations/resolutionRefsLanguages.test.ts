import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findResolutionReferences } from '../../../server/src/languageService/citations';
import { summary } from './citationSummary';

describe('findResolutionReferences in French, Spanish and Russian', () => {
	it('reads French citations with "du" before the date', () => {
		assert.deepEqual(summary('Rappelant sa résolution 72/279 du 31 mai 2018,', 'fr', 'GA'), [
			['72/279', 'GA', 'A/RES/72/279', '2018-05-31'],
		]);
		const list = 'dans ses résolutions 1999/51 du 29 juillet 1999, 2004/58 du 23 juillet 2004 et 2011/6 du 14 juillet 2011,';
		assert.deepEqual(summary(list, 'fr', 'ECOSOC').map(row => [row[0], row[3]]), [
			['1999/51', '1999-07-29'], ['2004/58', '2004-07-23'], ['2011/6', '2011-07-14'],
		]);
	});

	it('reads a French organ named after the number, for the whole list', () => {
		assert.deepEqual(summary('la résolution 66/137 de l’Assemblée générale, en date du 19 décembre 2011,', 'fr'), [
			['66/137', 'GA', 'A/RES/66/137', '2011-12-19'],
		]);
		assert.deepEqual(summary('Résolutions 5/1, 5/2 et 6/30 du Conseil des droits de l’homme.', 'fr', 'GA').map(row => row[2]), [
			'A/HRC/RES/5/1', 'A/HRC/RES/5/2', 'A/HRC/RES/6/30',
		]);
		assert.deepEqual(summary('Résolutions S-21/2, annexe, et S-21/3, annexe, de l’Assemblée générale.', 'fr').map(row => row[2]), [
			'A/RES/S-21/2', 'A/RES/S-21/3',
		]);
	});

	it('reads Spanish citations with the comma before "de"', () => {
		assert.deepEqual(summary('Recordando su resolución 69/283, de 3 de junio de 2015,', 'es', 'GA'), [
			['69/283', 'GA', 'A/RES/69/283', '2015-06-03'],
		]);
		assert.deepEqual(summary('la resolución 2008/13 del Consejo Económico y Social, de 24 de julio de 2008', 'es'), [
			['2008/13', 'ECOSOC', 'E/RES/2008/13', '2008-07-24'],
		]);
		assert.deepEqual(summary('Resoluciones del Consejo de Derechos Humanos 10/4 y 13/20.', 'es').map(row => row[2]), [
			'A/HRC/RES/10/4', 'A/HRC/RES/13/20',
		]);
	});

	it('reads Russian citations with "от" and the Cyrillic Х in old sessions', () => {
		assert.deepEqual(summary('ссылаясь на свою резолюцию 64/236 от 24 декабря 2009 года,', 'ru', 'GA'), [
			['64/236', 'GA', 'A/RES/64/236', '2009-12-24'],
		]);
		assert.deepEqual(summary('резолюции 3379 (ХХХ) от 10 ноября 1975 года', 'ru').map(row => row[2]), ['A/RES/3379 (XXX)']);
		assert.deepEqual(summary('резолюцию 12/2 Совета по правам человека', 'ru').map(row => row[2]), ['A/HRC/RES/12/2']);
		assert.deepEqual(summary('Резолюции Генеральной Ассамблеи S-21/2 и S-21/3.', 'ru').map(row => row[0]), ['S-21/2', 'S-21/3']);
	});
});

describe('findResolutionReferences in Arabic', () => {
	it('reads the keyword with its attached article, prepositions and pronouns', () => {
		assert.deepEqual(summary('إذ تشير إلى قرارها 66/288 المؤرخ 27 تموز/يوليه 2012،', 'ar', 'GA'), [
			['66/288', 'GA', 'A/RES/66/288', '2012-07-27'],
		]);
		assert.deepEqual(summary('وفقا للقرار 2231 (2015)', 'ar').map(row => row[2]), ['S/RES/2231 (2015)']);
		assert.deepEqual(summary('قرار مجلس حقوق الإنسان 9/7', 'ar').map(row => row[2]), ['A/HRC/RES/9/7']);
	});

	it('reads a list joined by "و" with a date after each number', () => {
		const text = 'القرارات 2007/9 المؤرخ 25 تموز/يوليه 2007، و 2010/12 المؤرخ 22 تموز/يوليه 2010';
		assert.deepEqual(summary(text, 'ar', 'ECOSOC'), [
			['2007/9', 'ECOSOC', 'E/RES/2007/9', '2007-07-25'],
			['2010/12', 'ECOSOC', 'E/RES/2010/12', '2010-07-22'],
		]);
	});

	it('reads Arabic session and part notation', () => {
		assert.deepEqual(summary('قرار الجمعية العامة دإ-21/2، المرفق', 'ar').map(row => row[2]), ['A/RES/S-21/2']);
		assert.deepEqual(summary('القرار 3281 (د - 29)', 'ar').map(row => row[2]), ['A/RES/3281 (XXIX)']);
		const parts = findResolutionReferences('قراريها 36/87 ألف وباء', 'ar');
		assert.deepEqual(parts.map(citation => [citation.number, citation.symbol]), [['36/87 A and B', 'A/RES/36/87 A']]);
	});

	it('does not take a longer word for the keyword', () => {
		assert.deepEqual(summary('إقرار 70/1 من جانب الدول', 'ar'), []);
	});
});

describe('findResolutionReferences in Chinese', () => {
	it('reads a number between 第 and 号决议, with or without spaces', () => {
		assert.deepEqual(summary('回顾其 2012 年 12 月 21 日第 67/228 号决议，', 'zh', 'GA'), [
			['67/228', 'GA', 'A/RES/67/228', '2012-12-21'],
		]);
		assert.deepEqual(summary('重申第70/1号决议', 'zh').map(row => row[2]), ['A/RES/70/1']);
		assert.deepEqual(summary('依照第2231(2015)号决议和第 2231 (2015) 号决议', 'zh').map(row => row[2]), [
			'S/RES/2231 (2015)', 'S/RES/2231 (2015)',
		]);
	});

	it('keeps a lettered part written against the number', () => {
		const [citation] = findResolutionReferences('第 61/185B 号决议', 'zh');
		assert.equal(citation.number, '61/185 B');
		assert.equal(citation.symbol, 'A/RES/61/185 B');
	});

	it('gives each number of a list the date written before it', () => {
		const text = '回顾其 2009 年 12 月 21 日第 64/216 号、2011 年 12 月 22 日第 66/215 号和 2013 年 12 月 20 日第 68/226 号决议，';
		assert.deepEqual(summary(text, 'zh', 'GA'), [
			['64/216', 'GA', 'A/RES/64/216', '2009-12-21'],
			['66/215', 'GA', 'A/RES/66/215', '2011-12-22'],
			['68/226', 'GA', 'A/RES/68/226', '2013-12-20'],
		]);
	});

	it('reads organs, decisions and Security Council lists', () => {
		assert.deepEqual(summary('又回顾经济及社会理事会 2012 年 7 月 27 日第 2012/30 号决议', 'zh'), [
			['2012/30', 'ECOSOC', 'E/RES/2012/30', '2012-07-27'],
		]);
		const decision = findResolutionReferences('大会第62/557号决定', 'zh');
		assert.deepEqual(decision.map(citation => [citation.kind, citation.organ]), [['decision', 'GA']]);
		assert.deepEqual(summary('回顾第1701(2006)、1773(2007)和2433(2018)号决议', 'zh', 'SC').map(row => row[0]), [
			'1701(2006)', '1773(2007)', '2433(2018)',
		]);
		assert.deepEqual(summary('人权理事会第 15/7 号决议', 'zh').map(row => row[2]), ['A/HRC/RES/15/7']);
		assert.deepEqual(summary('回顾其第 28/3 号决议', 'zh', 'HRC').map(row => row[1]), ['HRC']);
	});

	it('reports nothing that is not a resolution or decision', () => {
		const negatives = ['17 个可持续发展目标', '在 2022-2026 年审议周期内', '决议第67段', '见第 70/299 号文件', '2018 年 5 月 14 日至 18 日'];
		for (const text of negatives) {
			assert.deepEqual(summary(text, 'zh'), [], text);
		}
	});
});
