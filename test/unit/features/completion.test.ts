import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem } from 'vscode-languageserver-types';
import { getCompletions, parseResolution, type CitationSource, type CompletionTrigger } from '../../../server/src/languageService';
import { corpusSkip, readCorpusFile } from '../../support/corpus';
import { fixture } from '../../support/fixture';
import { HOVER_WORDING } from '../../../server/src/languageService/features/hover/wording';
import { verbNotesIn } from '../../../server/src/languageService/wording/verbNotes';

/** The completion items at the `$0` of a fixture. */
function complete(source: string, trigger?: CompletionTrigger, citationSource?: CitationSource): CompletionItem[] {
	const { text, cursor } = fixture(source);
	assert.ok(cursor !== undefined, 'the fixture has no $0');
	return completeAt(text, cursor, trigger, citationSource);
}

function completeAt(text: string, offset: number, trigger?: CompletionTrigger, citationSource?: CitationSource): CompletionItem[] {
	const document = TextDocument.create('file:///draft.resolution', 'un-resolution', 1, text);
	return getCompletions(parseResolution(text), document, document.positionAt(offset), { trigger, citationSource }).items;
}

const sorted = (items: CompletionItem[]) => [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
const labels = (items: CompletionItem[]) => sorted(items).map(item => item.label);
const inserted = (items: CompletionItem[]) => sorted(items).map(item => (item.textEdit as { newText: string }).newText);
const documentation = (item: CompletionItem) => typeof item.documentation === 'string' ? item.documentation : item.documentation?.value ?? '';

const ENGLISH_PREAMBLE = `
	The General Assembly,

	Recalling its resolution 80/12 of 3 March 2026 on ocean observation,

	$0

	1. Welcomes the report of the Secretary-General (A/81/77);
`;

describe('completion of opening phrases', () => {
	it('offers preambular openers in the preamble, the also/further forms of the previous verb first', () => {
		const items = complete(ENGLISH_PREAMBLE);
		assert.deepEqual(labels(items).slice(0, 2), ['Recalling also', 'Recalling further']);
		assert.ok(labels(items).includes('Bearing in mind'));
		assert.ok(!labels(items).includes('Decides'), 'no operative verb in the preamble');
	});

	it('documents what a verb signals and its equivalents in other languages', () => {
		const recalling = complete(ENGLISH_PREAMBLE).find(item => item.label === 'Recalling')!;
		const text = documentation(recalling);
		assert.match(text, /Refers back to an earlier resolution/);
		assert.match(text, /Chinese 回顾/);
		assert.match(text, /French Rappelant/);
		assert.ok(complete(ENGLISH_PREAMBLE).every(item => documentation(item).length > 0));
	});

	it('writes the detail and the documentation in the draft\'s language', () => {
		const drafts = {
			fr: 'L’Assemblée générale,\n\nRappelant sa résolution 70/1,\n\n$0\n\n1. Prie le Secrétaire général de lui présenter un rapport.',
			zh: '大会，\n\n回顾其第70/1号决议，\n\n$0\n\n1. 请秘书长提交报告。',
		};
		for (const [language, draft] of Object.entries(drafts) as Array<['fr' | 'zh', string]>) {
			const notes = verbNotesIn(language);
			const item = complete(draft).find(candidate => candidate.label === (language === 'fr' ? 'Rappelant' : '回顾'))!;
			assert.equal(item.detail, notes.detail('preambular'));
			const text = documentation(item);
			for (const part of [notes.concepts.recall, notes.parts.preambular, notes.equivalents, `${HOVER_WORDING[language].languageName('en')} Recalling`]) {
				assert.ok(text.includes(part), `${language}: ${part} is not in ${text}`);
			}
			assert.ok(!text.includes(verbNotesIn('en').concepts.recall), text);
		}
	});

	it('offers operative verbs with the next number on a blank line after the last operative paragraph', () => {
		const items = complete(`
			The General Assembly,

			Noting the progress made,

			1. Requests the Secretary-General to report;

			$0
		`);
		assert.equal(labels(items)[0], 'Also requests');
		assert.equal(inserted(items)[0], '2. Also requests ');
		assert.ok(inserted(items).includes('2. Decides '));
		assert.ok(!labels(items).includes('Recalling'), 'no preambular opener in the operative part');
	});

	it('offers operative verbs right after a typed number, even when triggered by the space', () => {
		const items = complete('The General Assembly,\n\nNoting,\n\n1. Welcomes;\n\n2. $0', { invoked: false, character: ' ' });
		assert.ok(labels(items).includes('Decides'));
		assert.equal(inserted(items).find(text => text.startsWith('Decides')), 'Decides ');
	});

	it('replaces the letters already typed and keeps Markdown emphasis like the neighbours', () => {
		const { text, cursor } = fixture('The General Assembly,\n\n*Noting* the report,\n\n*Welcoming* the plan,\n\nRec$0\n\n1. Decides.');
		const document = TextDocument.create('file:///d', 'un-resolution', 1, text);
		const item = getCompletions(parseResolution(text), document, document.positionAt(cursor!)).items.find(i => i.label === 'Recalling')!;
		assert.deepEqual(item.textEdit, { range: { start: { line: 6, character: 0 }, end: { line: 6, character: 3 } }, newText: '*Recalling* ' });
	});

	it('offers both parts, the operative with number 1, when no operative paragraph exists yet', () => {
		const items = complete('The General Assembly,\n\nNoting the report,\n\n$0');
		assert.ok(labels(items).indexOf('Noting also') < labels(items).indexOf('Decides'));
		assert.ok(inserted(items).includes('1. Decides '));
	});

	it('works in Chinese: 又回顾 after 回顾, and numbered verbs after the last operative paragraph', () => {
		const preamble = complete('大会，\n\n回顾其 2026 年 3 月 3 日第 80/12 号决议，\n\n$0\n\n1. 欢迎秘书长的报告；');
		assert.deepEqual(labels(preamble).slice(0, 2), ['又回顾', '还回顾']);
		assert.equal(inserted(preamble)[0], '又回顾');
		const operative = complete('大会，\n\n注意到报告，\n\n1. 请秘书长提交报告；\n\n2. 又请秘书长继续工作；\n\n$0');
		assert.deepEqual(labels(operative).slice(0, 1), ['还请']);
		assert.ok(inserted(operative).includes('3. 决定'));
	});

	it('offers the other languages\' vocabulary with their own also-forms', () => {
		const french = complete('L’Assemblée générale,\n\nRappelant sa résolution 80/12,\n\n$0\n\n1. Décide de poursuivre.');
		assert.deepEqual(labels(french).slice(0, 2), ['Rappelant également', 'Rappelant en outre']);
		const arabic = complete('إن الجمعية العامة،\n\nإذ تشير إلى قرارها 80/12،\n\n$0\n\n1 - تقرر مواصلة النظر.');
		assert.equal(labels(arabic)[0], 'وإذ تشير أيضا إلى');
		const arabicOperative = complete('إن الجمعية العامة،\n\nإذ تشير إلى قرارها 80/12،\n\n1 - تقرر مواصلة النظر؛\n\n$0');
		assert.ok(inserted(arabicOperative).some(text => text.startsWith('2 - ')));
	});

	it('offers the forms that agree with the organ and keeps repeated forms for after their verb', () => {
		const council = labels(complete('Le Conseil de sécurité,\n\n$0\n\n1. Décide de rester saisi de la question.'));
		assert.ok(council.includes('Conscient') && !council.includes('Consciente'), 'masculine for le Conseil');
		assert.ok(!council.includes('Rappelant également'), 'no repeated form without a verb to repeat');
		const assembly = labels(complete('L’Assemblée générale,\n\n$0\n\n1. Décide de poursuivre.'));
		assert.ok(assembly.includes('Consciente') && !assembly.includes('Conscient'), 'feminine for l’Assemblée');
	});

	it('offers nothing in the heading, and nothing when a space is typed in running text', () => {
		assert.deepEqual(complete('Eighty-first session\n$0\n\nThe General Assembly,\n\n1. Decides.'), []);
		assert.deepEqual(complete('The General Assembly,\n\nNoting the $0', { invoked: false, character: ' ' }), []);
	});
});

describe('completion of sub-paragraph labels', () => {
	it('starts a list after a colon and continues it at every level', () => {
		const afterColon = complete('The General Assembly,\n\n1. Encourages Member States:\n\n$0');
		assert.equal(labels(afterColon)[0], '(a)');
		const nested = complete('The General Assembly,\n\n1. Encourages States:\n\n(a) To invest;\n\n(b) To support, including:\n\n(i) Open data;\n\n$0');
		assert.deepEqual(labels(nested).slice(0, 2), ['(ii)', '(c)']);
		assert.equal(inserted(nested)[0], '(ii) ');
	});

	it('uses the Chinese ㈠ level and the French a) style', () => {
		const chinese = complete('大会，\n\n1. 鼓励会员国：\n\n(a) 投资，包括：\n\n$0');
		assert.equal(labels(chinese)[0], '㈠');
		const french = complete('L’Assemblée générale,\n\n1. Encourage les États :\n\na) À investir;\n\n$0');
		assert.equal(labels(french)[0], 'b)');
	});
});

describe('completion of citations and footnotes', () => {
	it('offers the resolutions the draft cites after "resolution ", with their dates', () => {
		const items = complete('The General Assembly,\n\nRecalling its resolution 80/12 of 3 March 2026,\n\n1. Recalls resolution $0', { invoked: false, character: ' ' });
		assert.deepEqual(labels(items), ['80/12']);
		assert.match(items[0].detail ?? '', /3 March 2026/);
	});

	it('offers resolutions after the Chinese 第 and writes 号决议', () => {
		const items = complete('大会，\n\n回顾其第 80/12 号决议，\n\n1. 又回顾第 $0');
		assert.deepEqual(inserted(items), ['80/12 号决议']);
	});

	it('offers symbols after "A/", from the draft and from an injected catalogue', () => {
		const catalogue: CitationSource = {
			resolutions: () => [],
			symbols: typed => 'A/81/300'.startsWith(typed) ? [{ kind: 'symbol', symbol: 'A/81/300', title: 'Report on ocean observation', origin: 'catalogue' }] : [],
		};
		const items = complete('The General Assembly,\n\nNoting the report (A/81/77),\n\n1. Welcomes the report A/8$0', { invoked: false, character: '/' }, catalogue);
		assert.deepEqual(labels(items), ['A/81/77', 'A/81/300']);
		assert.match(documentation(items[1]), /Report on ocean observation/);
	});

	it('offers the next free footnote number and the existing footnotes with their text', () => {
		const items = complete('The General Assembly,\n\nRecalling the Convention,¹ and its Protocol,$0\n\n1. Decides.\n\n¹ United Nations, Treaty Series, vol. 9999.');
		assert.deepEqual(labels(items), ['²', '¹']);
		assert.match(documentation(items.find(item => item.label === '¹')!), /Treaty Series/);
		const markdown = complete('The General Assembly,\n\nNoting the report,[^1]\n\n1. Decides[^$0\n\n[^1]: A/81/300.', { invoked: false, character: '^' });
		assert.deepEqual(inserted(markdown), ['[^2]', '[^1]']);
	});

	it('offers the text of a footnote that is cited but not written, after the operative part', () => {
		const items = complete('大会，\n\n回顾公约，¹\n\n1. 决定继续审议。²\n\n$0\n\n¹ 《联合国条约汇编》。');
		assert.ok(inserted(items).includes('² '));
	});
});

describe('completion in the Chinese text of resolution 73/218', { skip: corpusSkip }, () => {
	const text = corpusSkip ? '' : readCorpusFile('zh-a-res-73-218.txt');
	// A new paragraph: a blank line and an empty line after the paragraph that ends at `offset`.
	const at = (offset: number) => completeAt(`${text.slice(0, offset)}\n\n\n${text.slice(offset)}`, offset + 2);

	it('offers operative paragraph 40 after paragraph 39, its verb in bold like most verbs of that text', () => {
		const resolution = parseResolution(text);
		const last = resolution.operative[resolution.operative.length - 1];
		assert.equal(last.number, 39);
		const items = at(last.span.end);
		assert.ok(inserted(items).includes('40. **决定**'), inserted(items).slice(0, 5).join(' | '));
	});

	it('offers 又回顾 first after the first preambular paragraph, which opens with 回顾', () => {
		const resolution = parseResolution(text);
		assert.equal(resolution.preamble[0].opener?.canonical, '回顾');
		assert.equal(labels(at(resolution.preamble[0].span.end))[0], '又回顾');
	});
});
