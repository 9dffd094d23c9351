import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseResolution } from '../../../server/src/languageService';
import { fixture, slice } from '../../support/fixture';

const organ = 'The General Assembly,\n\n';

describe('preambular and operative paragraphs', () => {
	it('reads openers by longest match, with "also", "further" and "with concern"', () => {
		const text = organ + [
			'Recalling its resolution on coastal fisheries,',
			'Recalling also the outcome of the last review,',
			'Taking note with appreciation of the report,',
			'Noting with grave concern the decline of reefs,',
			'Bearing in mind the needs of island States,',
			'1. Takes note of the report;',
			'2. Also requests the Secretary-General to report;',
			'3. Calls upon all States to cooperate.',
		].join('\n\n');
		const resolution = parseResolution(text);
		assert.deepEqual(resolution.preamble.map(p => p.opener?.canonical), [
			'Recalling', 'Recalling also', 'Taking note with appreciation of', 'Noting with grave concern', 'Bearing in mind',
		]);
		assert.deepEqual(resolution.preamble.map(p => p.opener?.repeated), [false, true, false, false, false]);
		assert.deepEqual(resolution.operative.map(p => [p.number, p.opener?.canonical, p.opener?.form]), [
			[1, 'Takes note of', 'operative'], [2, 'Also requests', 'operative'], [3, 'Calls upon', 'operative'],
		]);
	});

	it('maps the opener back to the source through Markdown emphasis', () => {
		const { text, ranges } = fixture(`
			大会，

			*⟦回顾⟧*其以往的决议，

			1. **⟦又欢迎⟧**各方作出的努力；
		`);
		const resolution = parseResolution(text);
		assert.deepEqual(resolution.preamble[0].opener!.span, ranges[0]);
		assert.deepEqual(resolution.operative[0].opener!.span, ranges[1]);
		assert.equal(resolution.operative[0].opener!.repeated, true);
	});

	it('separates paragraphs on single newlines when a sentence closes and a new paragraph opens', () => {
		const text = organ + 'Noting the report,\nWelcoming the progress,\n1. Encourages States to act;\n2. Invites donors to contribute;\n3. Decides to review the matter.';
		const resolution = parseResolution(text);
		assert.equal(resolution.preamble.length, 2);
		assert.deepEqual(resolution.operative.map(p => p.number), [1, 2, 3]);
	});

	it('joins a line wrapped inside a paragraph', () => {
		const text = organ + 'Noting the report of the Secretary-General on the\nprogress made since the last session,\n\n1. Decides to continue.';
		const resolution = parseResolution(text);
		assert.equal(resolution.preamble.length, 1);
		assert.equal(resolution.preamble[0].body.text, 'Noting the report of the Secretary-General on the progress made since the last session,');
	});

	it('joins a paragraph split at a page break, across the footnote block that stands between its halves', () => {
		const { text, ranges } = fixture(`
			大会，

			⟦确认各国在海洋观测方面开展合作，¹ 这种合作有助于⟧

			¹ 见 A/81/100。

			² 见 A/81/101。

			⟦加强沿海社区的抵御能力，²⟧

			1. 决定继续审议这一问题。
		`);
		const resolution = parseResolution(text);
		assert.equal(resolution.preamble.length, 1);
		assert.deepEqual(resolution.preamble[0].pieces, ranges);
		assert.equal(resolution.preamble[0].body.text, '确认各国在海洋观测方面开展合作，¹ 这种合作有助于 加强沿海社区的抵御能力，²');
		assert.equal(resolution.footnotes.length, 2);
		assert.deepEqual(resolution.footnotes.map(f => f.references.length), [1, 1]);
	});

	it('does not join a block that opens a new paragraph, even after a paragraph left without punctuation', () => {
		const text = organ + 'Recalling its previous resolutions\n\nNoting the report,\n\n1. Decides to continue.';
		const resolution = parseResolution(text);
		assert.equal(resolution.preamble.length, 2);
	});

	it('reads Arabic operative numbers "1 - " and Russian lower-case operative verbs', () => {
		const arabic = parseResolution('إن الجمعية العامة،\n\nإذ تشير إلى قرارها السابق،\n\n1 - تقرر مواصلة النظر في المسألة؛\n\n2 - تطلب إلى الأمين العام تقديم تقرير.');
		assert.deepEqual(arabic.operative.map(p => [p.number, p.opener?.canonical]), [[1, 'تقرر'], [2, 'تطلب إلى']]);
		assert.equal(arabic.preamble[0].opener?.canonical, 'إذ تشير إلى');
		const russian = parseResolution('Генеральная Ассамблея,\n\nотмечая доклад,\n\n1. постановляет продолжить рассмотрение вопроса.');
		assert.equal(russian.language, 'ru');
		assert.equal(russian.preamble[0].opener?.canonical, 'отмечая');
		assert.equal(russian.operative[0].opener?.canonical, 'постановляет');
	});

	it('reads the single unnumbered operative paragraph of a short resolution as operative', () => {
		const resolution = parseResolution(organ + 'Recalling its earlier decision,\n\nDecides to defer the item to its next session.');
		assert.equal(resolution.preamble.length, 1);
		assert.equal(resolution.operative.length, 1);
		assert.equal(resolution.operative[0].number, undefined);
	});

	it('reads lettered section headings inside the operative part and attaches paragraphs to them', () => {
		const { text, ranges } = fixture(`
			The Economic and Social Council,

			Recalling its earlier resolutions,

			⟦A. Themes for the coming years⟧

			1. Decides on the themes;

			⟦B. Working methods⟧

			2. Requests a review of methods.
		`);
		const resolution = parseResolution(text);
		assert.deepEqual(resolution.sections.map(s => [s.label, s.title?.text, s.span]), [
			['A', 'Themes for the coming years', ranges[0]], ['B', 'Working methods', ranges[1]],
		]);
		assert.deepEqual(resolution.operative.map(p => p.section), [0, 1]);
		assert.equal(resolution.preamble.length, 1);
	});

	it('reports an unnumbered paragraph among operative paragraphs as unclassified, with a problem', () => {
		const { text, ranges } = fixture(organ + 'Noting the report,\n\n1. Decides to act;\n\n⟦Something that belongs nowhere.⟧\n\n2. Requests a report.');
		const resolution = parseResolution(text);
		assert.equal(resolution.unclassified.length, 1);
		assert.deepEqual(resolution.unclassified[0].span, ranges[0]);
		assert.equal(resolution.problems[0].code, 'parse.unclassified');
		assert.deepEqual(resolution.operative.map(p => p.number), [1, 2]);
	});

	it('keeps the number span of each operative paragraph', () => {
		const { text, ranges } = fixture(organ + 'Noting the report,\n\n⟦12⟧. Decides to act.');
		assert.equal(slice(text, parseResolution(text).operative[0].numberSpan!), slice(text, ranges[0]));
	});
});
