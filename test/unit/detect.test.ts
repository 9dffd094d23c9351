import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { looksLikeResolution } from '../../server/src/languageService/detect';
import { repoRoot } from '../support/paths';

/** The team's corpus of official texts sits beside the repository on development machines and CI only. */
const corpusDir = path.join(repoRoot, '..', 'shared', 'corpus');

/** A few heading lines that precede the organ line in a real document, so detection is tested in context. */
function draft(...lines: string[]): string {
	return ['Draft for informal consultations', 'Rev. 2, 14 March', '', ...lines, '', 'Recalling its earlier work,'].join('\n');
}

describe('looksLikeResolution', () => {
	const positives: [string, string][] = [
		['English General Assembly', draft('The General Assembly,')],
		['English Security Council', draft('The Security Council,')],
		['English Economic and Social Council', draft('The Economic and Social Council,')],
		['English Human Rights Council', draft('The Human Rights Council,')],
		['Chinese General Assembly', draft('大会，')],
		['Chinese Security Council', draft('安全理事会，')],
		['Chinese ECOSOC', draft('经济及社会理事会，')],
		['Chinese Human Rights Council', draft('人权理事会，')],
		['French with a typographic apostrophe', draft('L’Assemblée générale,')],
		['French with a straight apostrophe', draft('L\'Assemblée générale,')],
		['Spanish', draft('La Asamblea General,')],
		['Russian', draft('Генеральная Ассамблея,')],
		['Arabic General Assembly', draft('إن الجمعية العامة،')],
		['Arabic Security Council', draft('إن مجلس الأمن،')],
		['number-and-title line', draft('81/7. Protecting coastal wetlands')],
		['ECOSOC number-and-title line', draft('2031/12. Statistics for all')],
		['Arabic number-and-title line without a full stop', draft('81/7 حماية الأراضي الرطبة')],
		['Security Council number line', draft('Resolution 2901 (2031)')],
		['Chinese Security Council number line', draft('第2901(2031)号决议')],
		['resolution symbol alone', draft('A/RES/81/7')],
		['draft resolution symbol alone', draft('A/C.3/81/L.14/Rev.1')],
		['Markdown emphasis around the organ line', draft('**The General Assembly**,')],
		['Markdown heading on the title line', draft('# 81/7. Protecting coastal wetlands')],
		['a BOM and CRLF line endings', '\uFEFFUnited Nations\r\n\r\nThe General Assembly,\r\n\r\nNoting,\r\n'],
		['CR line endings', 'Heading\rThe Security Council,\rRecalling,'],
		['no-break spaces inside the organ line', draft('The\u00A0General Assembly,')],
	];
	for (const [name, text] of positives) {
		test(`recognises: ${name}`, () => assert.equal(looksLikeResolution(text), true));
	}

	const negatives: [string, string][] = [
		['empty text', ''],
		['ordinary prose', 'Meeting notes\n\nWe discussed the budget.\nThe next meeting is on Monday.'],
		['the organ named inside a sentence', 'The General Assembly, which met last week, adopted several texts.'],
		['a masthead without the enacting formula', 'United Nations\nGeneral Assembly\nDistr.: General'],
		['a Russian masthead line without a comma', 'Организация Объединенных Наций\nГенеральная Ассамблея\n'],
		['a Chinese masthead line without a comma', '联合国\n大会\n'],
		['a fraction that is not a number-and-title line', 'Mix 3/4 of the flour.\n1/2 cup of water'],
		['a resolution number inside a sentence', 'See Resolution 2901 (2031) for details.'],
	];
	for (const [name, text] of negatives) {
		test(`rejects: ${name}`, () => assert.equal(looksLikeResolution(text), false));
	}

	test('looks only at the first forty non-empty lines', () => {
		const filler = Array.from({ length: 40 }, (_, index) => `Line ${index + 1} of the cover note.`);
		assert.equal(looksLikeResolution([...filler, 'The General Assembly,'].join('\n')), false);
		assert.equal(looksLikeResolution([...filler.slice(1), 'The General Assembly,'].join('\n')), true);
	});

	test('blank lines do not count towards the line limit', () => {
		assert.equal(looksLikeResolution('\n'.repeat(500) + 'The General Assembly,'), true);
	});

	test('looks only at the first 8 KB', () => {
		const longLine = 'x'.repeat(9 * 1024);
		assert.equal(looksLikeResolution(`${longLine}\nThe General Assembly,`), false);
	});

	test('recognises every text of the shared corpus', { skip: !fs.existsSync(corpusDir) && 'no ../shared/corpus here' }, () => {
		const files = fs.readdirSync(corpusDir).filter(name => name.endsWith('.txt'));
		assert.ok(files.length > 0);
		const missed = files.filter(name => !looksLikeResolution(fs.readFileSync(path.join(corpusDir, name), 'utf8')));
		assert.deepEqual(missed, []);
	});
});
