import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseResolution, type DocumentLanguage, type Organ, type Resolution } from '../../server/src/languageService';
import { computeDiagnostics } from '../../server/src/languageService/diagnostics';
import { getVocabulary } from '../../server/src/languageService/vocabulary';
import { allSnippets, bodyOf, expand, longestChoice } from '../support/snippets';

// The French, Spanish, Russian and Arabic snippets: skeletons of the four organs and the small paragraph, list and
// footnote snippets. Every option of every choice list is tried (all lists take their k-th option at once), so a
// verb the vocabulary does not know, a verb of the wrong gender or a layout a rule objects to shows up whichever
// option the drafter picks.

type Language = Exclude<DocumentLanguage, 'en' | 'zh'>;

const LANGUAGE_NAMES: Record<Language, string> = { fr: 'French', es: 'Spanish', ru: 'Russian', ar: 'Arabic' };
const ORGANS: ReadonlyArray<[Organ, string, 'ga' | 'sc' | 'ecosoc' | 'hrc']> = [
	['GA', 'General Assembly', 'ga'],
	['SC', 'Security Council', 'sc'],
	['ECOSOC', 'Economic and Social Council', 'ecosoc'],
	['HRC', 'Human Rights Council', 'hrc'],
];
const GENDER: Record<Organ, 'feminine' | 'masculine' | undefined> = {
	GA: 'feminine', SC: 'masculine', ECOSOC: 'masculine', HRC: 'masculine', unknown: undefined,
};

const snippets = allSnippets();

/** Every expansion of a body: one per option index of its longest choice list. */
function expansions(body: string): string[] {
	return Array.from({ length: longestChoice(body) }, (_, choice) => expand(body, { choice }));
}

/** The openers of every paragraph, each known to the vocabulary and, where it marks a gender, of the organ's. */
function assertOpenersAgree(resolution: Resolution, organ: Organ, context: string): void {
	const entries = getVocabulary(resolution.language).entries;
	for (const paragraph of [...resolution.preamble, ...resolution.operative]) {
		const opener = paragraph.opener;
		assert.ok(opener?.known, `${context}: "${paragraph.body.text.slice(0, 40)}" opens with no known verb`);
		const entry = entries.find(candidate => candidate.phrase === opener.canonical);
		assert.ok(!entry?.gender || entry.gender === GENDER[organ], `${context}: "${opener.canonical}" is ${entry?.gender}`);
	}
}

function assertQuiet(text: string, resolution: Resolution, context: string): void {
	const findings = computeDiagnostics(resolution).map(d => `${d.severity} ${d.code} "${text.slice(d.span.start, d.span.end)}": ${d.message}`);
	assert.deepEqual(findings, [], context);
}

describe('snippets in French, Spanish, Russian and Arabic', () => {
	for (const [language, languageName] of Object.entries(LANGUAGE_NAMES) as Array<[Language, string]>) {
		for (const [organ, organName, short] of ORGANS) {
			const name = `${organName} resolution (${languageName})`;
			it(`${name} parses whole with every option, its verbs known and agreeing, and no finding`, () => {
				const snippet = snippets[name];
				assert.ok(snippet, `no snippet "${name}"`);
				assert.ok([snippet.prefix].flat().includes(`resolution-${short}-${language}`), 'prefix');
				assert.ok(snippet.description.startsWith(name), 'the description names the organ and the language');
				for (const [choice, text] of expansions(bodyOf(snippets, name)).entries()) {
					const context = `${name}, option ${choice + 1}`;
					const resolution = parseResolution(text);
					assert.deepEqual([resolution.organ, resolution.language], [organ, language], context);
					assert.ok(resolution.header.number && resolution.header.adoption?.date, `${context}: number and adoption lines`);
					assert.equal(resolution.preamble.length, 2, context);
					assert.deepEqual(resolution.operative.map(paragraph => paragraph.number), [1, 2], context);
					assert.equal(resolution.footnotes.length, organ === 'GA' ? 1 : 0, `${context}: footnotes`);
					assert.equal(resolution.closing !== undefined, organ !== 'SC', `${context}: closing formula`);
					assert.equal(resolution.closing?.date?.iso, resolution.closing && resolution.header.adoption?.date?.iso, context);
					assert.deepEqual(resolution.unclassified, [], context);
					assertOpenersAgree(resolution, organ, context);
					assertQuiet(text, resolution, context);
				}
			});
		}
	}

	it('the Arabic skeletons open the preamble with إذ and the next paragraph with وإذ, and number "1 - "', () => {
		for (const [, organName] of ORGANS) {
			const resolution = parseResolution(expand(bodyOf(snippets, `${organName} resolution (Arabic)`)));
			assert.deepEqual(resolution.preamble.map(paragraph => paragraph.opener?.canonical.split(' ')[0]), ['إذ', 'وإذ'], organName);
			assert.ok(resolution.operative.every(paragraph => resolution.text.startsWith(`${paragraph.number} - `, paragraph.span.start)), organName);
		}
	});

	it('the General Assembly skeletons put the footnote marker before the punctuation, with a no-break space in French', () => {
		const after: Record<Language, [string, string]> = { fr: ['¹', '\u00a0;'], es: ['¹', ';'], ru: ['¹', ';'], ar: ['⁽¹⁾', '؛'] };
		for (const [language, [marker, punctuation]] of Object.entries(after) as Array<[Language, [string, string]]>) {
			const resolution = parseResolution(expand(bodyOf(snippets, `General Assembly resolution (${LANGUAGE_NAMES[language]})`)));
			assert.equal(resolution.markers.length, 1, language);
			const { start, end } = resolution.markers[0].span;
			assert.deepEqual([resolution.text.slice(start, end), resolution.text.slice(end, end + punctuation.length)], [marker, punctuation], language);
		}
	});
});

/** What a test writes around the small snippets to make a whole draft of them, per language (and Arabic organ). */
interface Frame {
	language: Language;
	organ: Organ;
	organLine: string;
	/** Arabic: the first preambular paragraph, with إذ, before the snippet's وإذ paragraph. */
	lead?: string;
	/** The operative paragraph that introduces the list, numbered 2. */
	listIntro: string;
	/** The last operative paragraph, numbered 3, with footnote marker 1. */
	last: string;
	names: { pp: string; op: string };
	suffix: string;
}

const FRAMES: readonly Frame[] = [
	{
		language: 'fr', organ: 'GA', organLine: 'L’Assemblée générale,', listIntro: '2. Recommande les mesures suivantes\u00a0:',
		last: '3. Prie le Secrétaire général de lui faire rapport sur la question¹.', names: { pp: 'Preambular paragraph', op: 'Operative paragraph' }, suffix: '(French)',
	},
	{
		language: 'es', organ: 'GA', organLine: 'La Asamblea General,', listIntro: '2. Recomienda las medidas siguientes:',
		last: '3. Solicita al Secretario General que la informe sobre la cuestión¹.', names: { pp: 'Preambular paragraph', op: 'Operative paragraph' }, suffix: '(Spanish)',
	},
	{
		language: 'ru', organ: 'GA', organLine: 'Генеральная Ассамблея,', listIntro: '2. рекомендует следующие меры:',
		last: '3. просит Генерального секретаря представить доклад по этому вопросу¹.', names: { pp: 'Preambular paragraph', op: 'Operative paragraph' }, suffix: '(Russian)',
	},
	{
		language: 'ar', organ: 'GA', organLine: 'إن الجمعية العامة،', lead: 'إذ تلاحظ مع القلق تزايد التحديات في هذا المجال،',
		listIntro: '2 - توصي باتخاذ التدابير التالية:', last: '3 - تطلب إلى الأمين العام أن يقدم تقريرا عن المسألة⁽¹⁾.',
		names: { pp: 'Preambular paragraph, General Assembly', op: 'Operative paragraph, General Assembly' }, suffix: '(Arabic)',
	},
	{
		language: 'ar', organ: 'ECOSOC', organLine: 'إن المجلس الاقتصادي والاجتماعي،', lead: 'إذ يلاحظ مع القلق تزايد التحديات في هذا المجال،',
		listIntro: '2 - يوصي باتخاذ التدابير التالية:', last: '3 - يطلب إلى الأمين العام أن يقدم تقريرا عن المسألة⁽¹⁾.',
		names: { pp: 'Preambular paragraph, council', op: 'Operative paragraph, council' }, suffix: '(Arabic)',
	},
];

const LABELS: Record<Language, [string[], string[]]> = {
	fr: [['a)', 'b)', 'c)'], ['i)', 'ii)']],
	es: [['a)', 'b)', 'c)'], ['i)', 'ii)']],
	ru: [['a)', 'b)', 'c)'], ['i)', 'ii)']],
	ar: [['(أ)', '(ب)', '(ج)'], ['’1‘', '’2‘']],
};

/** A whole draft of the small snippets: paragraph and list snippets with `choice`, the footnote with its first number. */
function composeDraft(frame: Frame, choice: number): string {
	const piece = (name: string, options = {}) => expand(bodyOf(snippets, `${name} ${frame.suffix}`), options).trimEnd();
	return [
		frame.organLine,
		frame.lead,
		piece(frame.names.pp, { choice }),
		piece(frame.names.op, { choice }),
		frame.listIntro,
		piece('Sub-paragraph list'),
		piece('Second-level sub-paragraph list'),
		frame.last,
		piece('Footnote'),
	].filter(part => part !== undefined).join('\n\n');
}

describe('paragraph, list and footnote snippets in French, Spanish, Russian and Arabic', () => {
	for (const frame of FRAMES) {
		const title = `${frame.suffix.slice(1, -1)}${frame.organ === 'GA' ? '' : ', council'}`;
		it(`${title}: a draft made of them parses as what they say, with every option and no finding`, () => {
			const body = [frame.names.pp, frame.names.op].map(name => bodyOf(snippets, `${name} ${frame.suffix}`)).join('\n');
			for (let choice = 0; choice < longestChoice(body); choice++) {
				const context = `${title}, option ${choice + 1}`;
				const text = composeDraft(frame, choice);
				const resolution = parseResolution(text);
				assert.deepEqual([resolution.organ, resolution.language], [frame.organ, frame.language], context);
				assert.equal(resolution.preamble.length, frame.lead ? 2 : 1, context);
				assert.deepEqual(resolution.operative.map(paragraph => paragraph.number), [1, 2, 3], context);
				const [first, second] = LABELS[frame.language];
				const list = resolution.operative[1].subParagraphs;
				assert.deepEqual(list.map(sub => sub.label), first, context);
				assert.deepEqual(list[2].children.map(sub => sub.label), second, context);
				assert.deepEqual([resolution.footnotes.length, resolution.markers.length], [1, 1], context);
				assert.deepEqual(resolution.unclassified, [], context);
				assertOpenersAgree(resolution, frame.organ, context);
				assertQuiet(text, resolution, context);
			}
		});
	}

	it('every option of the footnote snippets is read as a footnote of that number', () => {
		for (const language of Object.values(LANGUAGE_NAMES)) {
			const body = bodyOf(snippets, `Footnote (${language})`);
			expansions(body).forEach((text, choice) => {
				const footnotes = parseResolution(text).footnotes;
				assert.deepEqual(footnotes.map(footnote => footnote.number), [choice + 1], `${language}, option ${choice + 1}`);
			});
		}
	});
});
