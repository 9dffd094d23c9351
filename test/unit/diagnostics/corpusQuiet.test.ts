import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseResolution, type Span } from '../../../server/src/languageService';
import { computeDiagnostics, DiagnosticCode, type LintDiagnostic } from '../../../server/src/languageService/diagnostics';
import { LineIndex, splitLines } from '../../../server/src/languageService/text/lines';
import { repoRoot } from '../../support/paths';

// The real official texts live beside the repository and are never copied into it; without them these tests skip.
const corpusDir = path.resolve(repoRoot, '..', 'shared', 'corpus');
const files = fs.existsSync(corpusDir) ? fs.readdirSync(corpusDir).filter(file => file.endsWith('.txt')).sort() : [];
const skip = files.length > 0 ? false : `the shared corpus is not at ${corpusDir}`;

/** The codes of the verb, symbol, heading, style and draft rules. */
const CODES: ReadonlySet<DiagnosticCode> = new Set([
	DiagnosticCode.VerbWrongPart, DiagnosticCode.VerbRepeated, DiagnosticCode.VerbUnknown, DiagnosticCode.SymbolMalformed,
	DiagnosticCode.HeaderInconsistent, DiagnosticCode.StyleVerbEmphasis, DiagnosticCode.DraftLeftover,
]);

function findingsIn(file: string): { text: string; findings: LintDiagnostic[] } {
	const text = fs.readFileSync(path.join(corpusDir, file), 'utf8');
	return { text, findings: computeDiagnostics(parseResolution(text)).filter(diagnostic => CODES.has(diagnostic.code)) };
}

describe('verb, symbol, heading, style and draft rules on the real corpus', { skip }, () => {
	it('has the 25 texts', () => {
		assert.equal(files.length, 25);
	});

	for (const file of files) {
		it(`${file}: no error or warning`, () => {
			const loud = findingsIn(file).findings.filter(finding => finding.severity === 'error' || finding.severity === 'warning');
			assert.deepEqual(loud.map(finding => `${finding.code}: ${finding.message}`), []);
		});
	}

	it('zh-a-res-73-218.txt: hints at the operative verbs left plain among the bold ones, and nothing else', () => {
		const { text, findings } = findingsIn('zh-a-res-73-218.txt');
		const resolution = parseResolution(text);
		const plain = resolution.operative.filter(paragraph => findings.some(finding => finding.span.start === paragraph.opener?.span.start));
		assert.deepEqual(findings.map(finding => `${finding.code} ${finding.severity}`), findings.map(() => 'style.verb-emphasis hint'));
		// The printed text bolds operative verbs 1–2, 11–19 and 29–39; the majority is bold, so 3–10 and 20–28 stand out.
		const expected = [3, 4, 5, 6, 7, 8, 9, 10, 20, 21, 22, 23, 24, 25, 26, 27, 28];
		assert.deepEqual(plain.map(paragraph => paragraph.number), expected);
	});

	it('the other 24 texts have no information or hint from these rules either', () => {
		const noisy = files.filter(file => file !== 'zh-a-res-73-218.txt').filter(file => findingsIn(file).findings.length > 0);
		assert.deepEqual(noisy, []);
	});
});

/** One defect put into a real text: the edit, the code it must produce, and whether the language can tell it. */
interface Injected {
	name: string;
	start: number;
	end: number;
	insert: string;
	code: DiagnosticCode;
	expected: boolean;
}

function injections(text: string): Injected[] {
	const resolution = parseResolution(text);
	const { preamble, operative, footnotes, language } = resolution;
	const defects: Injected[] = [];
	const operativeOpener = operative[0].opener!;
	const preambularOpener = preamble[0].opener!;
	// Chinese writes one verb form in both parts, so a verb moved across cannot be told there (R69).
	const tellsParts = language !== 'zh';
	// Arabic openers may end in a preposition joined to the next word ("تهيب بجميع"); the swapped-in verb keeps a space.
	const replacing = (span: Span, verb: string) => ({ ...span, insert: /\p{L}/u.test(text[span.end]) ? `${verb} ` : verb });
	defects.push({
		name: 'preambular verb in an operative paragraph', ...replacing(operativeOpener.span, preambularOpener.text),
		code: DiagnosticCode.VerbWrongPart, expected: tellsParts,
	});
	defects.push({
		name: 'operative verb in a preambular paragraph', ...replacing(preamble[preamble.length - 1].opener!.span, operative[1].opener!.text),
		code: DiagnosticCode.VerbWrongPart, expected: tellsParts,
	});
	const after = operativeOpener.span.end;
	defects.push({ name: 'symbol with a doubled slash', start: after, end: after, insert: ' (A/79//100) ', code: DiagnosticCode.SymbolMalformed, expected: true });
	const cited = footnotes.map(footnote => /[A-Z]{1,5}\/\S*\d/.exec(text.slice(footnote.text.span.start, footnote.text.span.end)))
		.map((match, index) => match && footnotes[index].text.span.start + match.index)
		.find((offset): offset is number => typeof offset === 'number');
	if (cited !== undefined) {
		defects.push({ name: 'footnote symbol in lower case', start: cited, end: cited + 1, insert: text[cited].toLowerCase(), code: DiagnosticCode.SymbolMalformed, expected: true });
	}
	return defects;
}

describe('defects put into the real corpus', { skip }, () => {
	for (const file of files) {
		it(`${file}: a verb in the wrong part and a malformed symbol are reported at their line`, () => {
			const text = fs.readFileSync(path.join(corpusDir, file), 'utf8');
			for (const defect of injections(text)) {
				const mutated = text.slice(0, defect.start) + defect.insert + text.slice(defect.end);
				const lines = new LineIndex(splitLines(mutated));
				const line = lines.lineAt(defect.start);
				const found = computeDiagnostics(parseResolution(mutated))
					.filter(diagnostic => diagnostic.code === defect.code && lines.lineAt(diagnostic.span.start) === line);
				assert.equal(found.length > 0, defect.expected, `${defect.name}: ${defect.expected ? 'missed' : 'reported'} on line ${line + 1}`);
			}
		});
	}
});
