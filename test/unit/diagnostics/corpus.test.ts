import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseResolution, type ParagraphBase, type Resolution, type SubParagraph } from '../../../server/src/languageService';
import { computeDiagnostics } from '../../../server/src/languageService/diagnostics';
import { formatLabel } from '../../../server/src/languageService/parser/subparagraphs';
import { LineIndex, splitLines } from '../../../server/src/languageService/text/lines';
import { repoRoot } from '../../support/paths';

const corpusDir = path.resolve(repoRoot, '..', 'shared', 'corpus');
const files = fs.existsSync(corpusDir) ? fs.readdirSync(corpusDir).filter(file => file.endsWith('.txt')).sort() : [];
const skip = files.length > 0 ? false : `the shared corpus is not at ${corpusDir}`;

/**
 * Errors and warnings a real text really deserves: the field error of 73/218, the reuse of footnote 4 in Russian
 * 75/202, and the French text of E/RES/2025/3, which dates resolution 2020/15 "27 juillet 2020" where the other five
 * language versions (and the built-in catalogue read from them) say 17 July 2020.
 */
const DESERVED: Record<string, Array<[string, number]>> = {
	'zh-a-res-73-218.txt': [['artifact.field-error', 127]],
	'ru-a-res-75-202.txt': [['footnote.repeated-marker', 115]],
	'fr-e-res-2025-3.txt': [['citation.date-mismatch', 19]],
};

function findings(text: string, severities = ['error', 'warning']): Array<[string, number]> {
	const lines = new LineIndex(splitLines(text));
	return computeDiagnostics(parseResolution(text))
		.filter(diagnostic => severities.includes(diagnostic.severity))
		.map(diagnostic => [diagnostic.code, lines.lineAt(diagnostic.span.start) + 1]);
}

/** One defect put into a real text: the edit, and the finding it must produce (code and 1-based line). */
interface Defect {
	name: string;
	start: number;
	end: number;
	insert: string;
	code: string;
	/** Where the finding belongs, when not at the edit: a deleted footnote text is missed at its marker. */
	at?: number;
}

const FIELD_ERRORS: Record<string, string> = {
	en: 'Error! Bookmark not defined.', zh: '错误！未定义书签。', fr: 'Erreur ! Signet non défini.',
	es: '¡Error! Marcador no definido.', ru: 'Ошибка! Закладка не определена.', ar: 'Error! Reference source not found.',
};
const OPERATIVE_MARK: Record<string, string> = { zh: '；', ar: '؛' };
const FINAL_MARK: Record<string, string> = { zh: '。' };
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function superscript(value: number): string {
	return String(value).split('').map(digit => SUPERSCRIPTS[Number(digit)]).join('');
}

// The source offset of the last punctuation mark of a paragraph (past footnote markers and spaces).
function endingOffset(text: string, node: ParagraphBase | SubParagraph): number {
	let offset = node.pieces[node.pieces.length - 1].end - 1;
	while (offset > 0 && /[\s⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾*]/.test(text[offset])) {
		offset--;
	}
	return offset;
}

function lastDescendant(paragraph: ParagraphBase): ParagraphBase | SubParagraph {
	let node: ParagraphBase | SubParagraph = paragraph;
	let children = paragraph.subParagraphs;
	while (children.length > 0) {
		node = children[children.length - 1];
		children = node.children;
	}
	return node;
}

function defectsFor(text: string, resolution: Resolution): Defect[] {
	const { operative, preamble, footnotes, language } = resolution;
	const defects: Defect[] = [];
	const third = operative[2];
	if (third?.numberSpan && operative[1]?.number !== undefined) {
		defects.push({ name: 'number skipped', ...third.numberSpan, insert: String(third.number! + 1), code: 'numbering.operative' });
		defects.push({ name: 'number doubled', ...third.numberSpan, insert: String(operative[1].number), code: 'numbering.operative' });
	}
	if (footnotes.length > 0) {
		const deleted = footnotes[footnotes.length - 1];
		const marker = deleted.references[0].span.start;
		if (marker < deleted.span.start) {
			defects.push({ name: 'footnote text deleted', start: deleted.span.start, end: deleted.span.end, insert: '', code: 'footnote.undefined', at: marker });
		}
	}
	const first = preamble[0] ?? operative[0];
	const stray = first.opener?.span.end ?? first.body.span.start + 1;
	defects.push({ name: 'stray marker', start: stray, end: stray, insert: superscript(footnotes.length + 7), code: 'footnote.undefined' });
	if (preamble.length > 0) {
		const at = endingOffset(text, lastDescendant(preamble[0]));
		defects.push({ name: 'preambular ending', start: at, end: at + 1, insert: OPERATIVE_MARK[language] ?? ';', code: 'punctuation.preambular' });
	}
	const firstOperative = endingOffset(text, lastDescendant(operative[0]));
	defects.push({ name: 'operative ending', start: firstOperative, end: firstOperative + 1, insert: FINAL_MARK[language] ?? '.', code: 'punctuation.operative' });
	const last = endingOffset(text, lastDescendant(operative[operative.length - 1]));
	defects.push({ name: 'final ending', start: last, end: last + 1, insert: OPERATIVE_MARK[language] ?? ';', code: 'punctuation.final' });
	const fieldAt = operative[1].opener?.span.end ?? operative[1].body.span.start + 2;
	defects.push({ name: 'field error', start: fieldAt, end: fieldAt, insert: ` ${FIELD_ERRORS[language]} `, code: 'artifact.field-error' });
	const list = [...preamble, ...operative].find(paragraph => paragraph.subParagraphs.length > 1)?.subParagraphs;
	if (list) {
		const second = list[1];
		defects.push({ name: 'label skipped', ...second.labelSpan, insert: formatLabel(second.style, second.ordinal + 1), code: 'numbering.subparagraph' });
	}
	return defects;
}

describe('the rules on the real corpus', { skip }, () => {
	for (const file of files) {
		it(`${file}: no error or warning that the text does not deserve`, () => {
			const text = fs.readFileSync(path.join(corpusDir, file), 'utf8');
			assert.deepEqual(findings(text), DESERVED[file] ?? []);
		});
	}

	for (const file of files) {
		it(`${file}: every injected defect is reported at its line with its code`, () => {
			const text = fs.readFileSync(path.join(corpusDir, file), 'utf8');
			const defects = defectsFor(text, parseResolution(text));
			assert.ok(defects.length >= 6, `${defects.length} defects injected`);
			for (const defect of defects) {
				const mutated = text.slice(0, defect.start) + defect.insert + text.slice(defect.end);
				const line = new LineIndex(splitLines(mutated)).lineAt(defect.at ?? defect.start) + 1;
				const found = findings(mutated, ['error', 'warning']);
				assert.ok(
					found.some(([code, at]) => code === defect.code && at === line),
					`${defect.name}: expected ${defect.code} on line ${line}, found ${JSON.stringify(found)}`,
				);
			}
		});
	}
});
