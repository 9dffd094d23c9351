import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseResolution } from '../../../server/src/languageService';
import { computeDiagnostics, DiagnosticCode, type LintDiagnostic } from '../../../server/src/languageService/diagnostics';
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
