import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findDates } from '../../../server/src/languageService/citations';
import type { DocumentLanguage } from '../../../server/src/languageService/model/types';

function isoDates(text: string, language: DocumentLanguage): string[] {
	return findDates(text, language).map(date => date.iso);
}

describe('findDates', () => {
	it('reads English dates with their spans', () => {
		const text = 'The panel met on 14 March 2019 and again on 2 October 2020.';
		const dates = findDates(text, 'en');
		assert.deepEqual(dates.map(date => date.iso), ['2019-03-14', '2020-10-02']);
		assert.deepEqual(dates.map(date => date.text), ['14 March 2019', '2 October 2020']);
		for (const date of dates) {
			assert.equal(text.slice(date.span.start, date.span.end), date.text);
		}
	});

	it('reports only the complete date of a range', () => {
		assert.deepEqual(isoDates('a forum held in Nairobi from 15 to 17 November 2023', 'en'), ['2023-11-17']);
		assert.deepEqual(isoDates('du 27 avril au 1er mai 2021', 'fr'), ['2021-05-01']);
		assert.deepEqual(isoDates('会议于 2019 年 6 月 3 日至 7 日在维也纳举行', 'zh'), ['2019-06-03']);
	});

	it('rejects impossible dates', () => {
		assert.deepEqual(isoDates('on 31 February 2020 or 32 March 2020 or 0 May 2020', 'en'), []);
		assert.deepEqual(isoDates('29 February 2024 but not 29 February 2023', 'en'), ['2024-02-29']);
		assert.deepEqual(isoDates('2021 年 2 月 30 日', 'zh'), []);
	});

	it('reads French dates, including the ordinal first day', () => {
		assert.deepEqual(isoDates('adoptée le 1er mai 2020 et révisée le 3 octobre 2022', 'fr'), ['2020-05-01', '2022-10-03']);
		assert.deepEqual(isoDates('le 25\u00a0septembre 2015', 'fr'), ['2015-09-25']);
		assert.deepEqual(isoDates('le 9 août 2018', 'fr'), ['2018-08-09']);
	});

	it('reads Spanish dates', () => {
		assert.deepEqual(isoDates('aprobada el 18 de diciembre de 1992', 'es'), ['1992-12-18']);
		assert.deepEqual(isoDates('desde el 1° de febrero de 1946', 'es'), ['1946-02-01']);
	});

	it('reads Russian dates with and without the word for year', () => {
		const text = 'от 22 ноября 2004 года и 7 мая 2011';
		const dates = findDates(text, 'ru');
		assert.deepEqual(dates.map(date => date.iso), ['2004-11-22', '2011-05-07']);
		assert.equal(dates[0].text, '22 ноября 2004 года');
		assert.equal(dates[1].text, '7 мая 2011');
	});

	it('reads Chinese dates with and without spaces', () => {
		assert.deepEqual(isoDates('2015 年 9 月 25 日和2016年10月3日', 'zh'), ['2015-09-25', '2016-10-03']);
	});

	it('reads every Arabic month pair', () => {
		const pairs = [
			'كانون الثاني/يناير', 'شباط/فبراير', 'آذار/مارس', 'نيسان/أبريل', 'أيار/مايو', 'حزيران/يونيه',
			'تموز/يوليه', 'آب/أغسطس', 'أيلول/سبتمبر', 'تشرين الأول/أكتوبر', 'تشرين الثاني/نوفمبر', 'كانون الأول/ديسمبر',
		];
		const text = pairs.map(pair => `في 11 ${pair} 2021`).join('، ');
		const expected = pairs.map((_, index) => `2021-${String(index + 1).padStart(2, '0')}-11`);
		assert.deepEqual(isoDates(text, 'ar'), expected);
	});

	it('tolerates a space after the Arabic slash and rejects a pair of two different months', () => {
		assert.deepEqual(isoDates('المؤرخ 17 تموز/ يوليه 2020', 'ar'), ['2020-07-17']);
		assert.deepEqual(isoDates('المؤرخ 10 حزيران/يوليه 2025', 'ar'), []);
		assert.deepEqual(isoDates('المؤرخ 3 يونيه 2021', 'ar'), ['2021-06-03']);
	});

	it('always reads English dates too, as in the mastheads of other language versions', () => {
		assert.deepEqual(isoDates('Distr.: General\n10 December 2024\nДвадцатая сессия, 4 марта 2025 года', 'ru'), ['2024-12-10', '2025-03-04']);
		assert.deepEqual(isoDates('Distr.: General\n3 July 2025\n2025年6月30日', 'zh'), ['2025-07-03', '2025-06-30']);
	});

	it('does not take other numbers for dates', () => {
		assert.deepEqual(isoDates('the 2022–2026 cycle, 17 goals, paragraph 25 of the annex, 12/31/2020', 'en'), []);
		assert.deepEqual(isoDates('17 个可持续发展目标和 2022-2026 年', 'zh'), []);
		assert.deepEqual(isoDates('123 March 2020', 'en'), []);
	});
	it('reads English dates by character codes exactly as the pattern of their form reads them', () => {
		const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
		const form = new RegExp(`(?<![0-9])(\\d{1,2})\\s+(${months.join('|')})\\s+(\\d{4})(?!\\d)`, 'g');
		const isoOf = (day: number, month: number, year: number): string | undefined => {
			const date = new Date(Date.UTC(year, month - 1, day));
			const valid = year >= 1000 && year <= 2999 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
			return valid ? date.toISOString().slice(0, 10) : undefined;
		};
		const spaces = [' ', '\u00a0', '\t\n ', '', '\u2009', '\u3000'];
		let dates = 0;
		for (const day of ['1', '09', '29', '31', '123', '0', 'x5']) {
			for (const month of ['January', 'June', 'July', 'Jun', 'Mayday', 'may', 'May', 'Augus', 'February', 'December']) {
				for (const before of spaces) {
					for (const after of spaces) {
						for (const year of ['2015', '201', '20155', '2016x', '999', '2024']) {
							const text = `on ${day}${before}${month}${after}${year}.`;
							const expected = [...text.matchAll(form)].flatMap(match => {
								const iso = isoOf(Number(match[1]), months.indexOf(match[2]) + 1, Number(match[3]));
								return iso === undefined ? [] : [{ text: match[0], start: match.index, iso }];
							});
							const found = findDates(text, 'en').map(date => ({ text: date.text, start: date.span.start, iso: date.iso }));
							assert.deepEqual(found, expected, JSON.stringify(text));
							dates += found.length;
						}
					}
				}
			}
		}
		// The cases hold real dates as well as the near misses around them.
		assert.ok(dates > 100, `${dates} dates`);
	});
});
