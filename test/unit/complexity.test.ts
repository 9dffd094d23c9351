import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import * as ts from 'typescript';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseResolution, type DocumentLanguage, type Resolution, type SubParagraph } from '../../server/src/languageService';
import { computeDiagnostics, DEFAULT_CONFIG } from '../../server/src/languageService/diagnostics';
import { DocumentCache } from '../../server/src/languageService/documentCache';
import { LintService } from '../../server/src/lint/lintService';
import type { LintSettings } from '../../server/src/lint/lintSettings';
import { repoRoot } from '../support/paths';

/**
 * Guards the cost of analysis without timing anything (timings belong to `npm run bench`): a text made of k
 * copies of a body yields exactly k times the nodes and the findings, each copy the same as the first, and an edit
 * makes the server re-read only the document that changed, with no walk over the workspace on the way.
 *
 * The bodies are preambles: copies of numbered paragraphs or footnotes would restart their numbering, which the
 * checker rightly reports once per document, not once per copy. Each body carries defects so that findings exist.
 */
const BODIES: Record<'en' | 'zh', string> = {
	en: [
		'Recalling its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,',
		'Noting with concern the report of the Secretary-General (A/79/245) Error! Bookmark not defined.;',
		'Welcoming **the work** of the regional commissions under Economic and Social Council resolution 2018/28 of 24 July 2018,',
		'Considering the following:',
		'(a) affordable and meaningful connectivity,',
		'(b) digital skills for all,',
		'Reaffirming the commitments made in Security Council resolution 2334 (2016) and in document A//79/1,',
		'Bearing in mind that the Addis Ababa Action Agenda (A/RES/69/313) is an integral part of the 2030 Agenda;',
	].join('\n\n'),
	zh: [
		'回顾其 2015 年 9 月 25 日题为“变革我们的世界：2030 年可持续发展议程”的第 70/1 号决议，',
		'注意到秘书长的报告(A/79/245)错误！未定义书签。；',
		'欢迎区域委员会根据经济及社会理事会 2018 年 7 月 24 日第 2018/28 号决议开展的工作，',
		'考虑到以下各点：',
		'(a) 可负担的连通性，',
		'(b) 数字技能，',
		'又重申安全理事会第 2334 (2016) 号决议，',
	].join('\n\n'),
};

function countSubParagraphs(subParagraphs: readonly SubParagraph[]): number {
	return subParagraphs.reduce((sum, sub) => sum + 1 + countSubParagraphs(sub.children), 0);
}

/** Every kind of node the model holds, counted. */
function nodeCounts(resolution: Resolution): Record<string, number> {
	const paragraphs = [...resolution.preamble, ...resolution.operative];
	return {
		preamble: resolution.preamble.length,
		operative: resolution.operative.length,
		subParagraphs: paragraphs.reduce((sum, paragraph) => sum + countSubParagraphs(paragraph.subParagraphs), 0),
		sections: resolution.sections.length,
		footnotes: resolution.footnotes.length,
		markers: resolution.markers.length,
		citations: resolution.citations.length,
		artefacts: resolution.artefacts.length,
		unclassified: resolution.unclassified.length,
		problems: resolution.problems.length,
	};
}

/** The findings as code and span, relative to `offset`, for comparing one copy with another. */
function findingsFrom(resolution: Resolution, offset: number, end: number): string[] {
	return computeDiagnostics(resolution)
		.filter(finding => finding.span.start >= offset && finding.span.start < end)
		.map(finding => `${finding.code} ${finding.span.start - offset}-${finding.span.end - offset}`);
}

describe('analysis grows linearly with the text', () => {
	for (const language of ['en', 'zh'] as const satisfies readonly DocumentLanguage[]) {
		const body = `${BODIES[language]}\n\n`;
		const one = parseResolution(body, { language });
		const single = nodeCounts(one);
		const singleFindings = findingsFrom(one, 0, body.length);

		test(`${language}: the body alone has nodes and findings to count`, () => {
			assert.ok(single.preamble > 0 && single.subParagraphs > 0 && single.citations > 0, JSON.stringify(single));
			assert.ok(singleFindings.length > 0, 'the body should carry defects');
		});

		for (const k of [2, 3, 7]) {
			test(`${language}: ${k} copies give exactly ${k} times the nodes and findings, each copy like the first`, () => {
				const copies = parseResolution(body.repeat(k), { language });
				const counts = nodeCounts(copies);
				for (const [kind, count] of Object.entries(single)) {
					assert.equal(counts[kind], k * count, `${kind}: ${counts[kind]} for ${k} copies, ${count} for one`);
				}
				assert.equal(computeDiagnostics(copies).length, k * singleFindings.length);
				for (let copy = 0; copy < k; copy++) {
					assert.deepEqual(findingsFrom(copies, copy * body.length, (copy + 1) * body.length), singleFindings, `copy ${copy + 1}`);
				}
			});
		}
	}
});

describe('a keystroke re-reads only the document that changed', () => {
	test('the server parses one document per edit, however many are open', async () => {
		let parses = 0;
		const models = new DocumentCache<Resolution>(text => {
			parses++;
			return parseResolution(text);
		});
		// The settings are the editor's; here every document takes the default configuration.
		const settings = { get: async () => DEFAULT_CONFIG, forget: () => undefined, invalidate: () => undefined } as unknown as LintSettings;
		const lint = new LintService(models, settings);
		const documents = ['a', 'b', 'c'].map(name => TextDocument.create(`file:///${name}.resolution.txt`, 'un-resolution', 1, `${BODIES.en}\n`));
		for (const document of documents) {
			await lint.get(document);
		}
		assert.equal(parses, 3);
		TextDocument.update(documents[1], [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }], 2);
		for (const document of documents) {
			await lint.get(document);
		}
		assert.equal(parses, 4, 'only the edited document is parsed again');
	});

	test('what runs per keystroke touches only the changed document, never the workspace', () => {
		const serverDir = path.join(repoRoot, 'server', 'src');
		const offenders: string[] = [];
		const visit = (dir: string): void => {
			for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
				const full = path.join(dir, entry.name);
				if (entry.isDirectory()) {
					visit(full);
				} else if (entry.isFile() && entry.name.endsWith('.ts')) {
					const where = path.relative(repoRoot, full);
					offenders.push(...perKeystrokeScans(fs.readFileSync(full, 'utf8')).map(problem => `${where}: ${problem}`));
				}
			}
		};
		visit(serverDir);
		assert.deepEqual(offenders, []);
	});
});

/** The registrations whose listener runs on every keystroke: a change of content, and a pull of diagnostics. */
const PER_KEYSTROKE = /\.(?:onDidChangeContent|onDidChangeTextDocument|diagnostics\.on)$/;
/** A walk over all open documents or the workspace's files, or any file access. */
const SCAN = /\.(?:all|keys)\(\)|\b(?:scan|findFiles|readdir|readFile|readFileSync|opendir)\(|\bfs\./;

/**
 * The listeners registered for every keystroke, each checked for a walk over the workspace in its own body.
 * The workspace index scans files once, at start and when folders change; it must never be reached from here.
 */
function perKeystrokeScans(source: string): string[] {
	const problems: string[] = [];
	const file = ts.createSourceFile('source.ts', source, ts.ScriptTarget.Latest, true);
	const visit = (node: ts.Node): void => {
		if (ts.isCallExpression(node) && PER_KEYSTROKE.test(node.expression.getText(file))) {
			const listener = node.arguments.map(argument => argument.getText(file)).join(' ');
			if (SCAN.test(listener)) {
				problems.push(`a per-keystroke listener walks the workspace: ${listener.slice(0, 80)}`);
			}
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return problems;
}
