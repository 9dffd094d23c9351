import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { BUILT_IN_CATALOGUE } from '../../../server/src/languageService/catalogue/builtIn';
import { Catalogue, EntryMap } from '../../../server/src/languageService/catalogue/catalogue';
import { getHover } from '../../../server/src/languageService/features/hover';
import { corpusSkip, readCorpusFile } from '../../support/corpus';
import { navigationFixture, rangeText, textWithCursor, type NavigationFixture } from '../../support/navigation';
import { chineseExample, englishExample } from '../../support/paths';

const builtIn = new Catalogue(() => [BUILT_IN_CATALOGUE]);

function hover(input: NavigationFixture, catalogue: Catalogue | undefined = builtIn): { value: string; covers: string } | undefined {
	const result = getHover(input.resolution, input.document, input.position, catalogue);
	return result ? { value: (result.contents as MarkupContent).value, covers: rangeText(input.document, result.range!) } : undefined;
}

const ENGLISH = `
	The General Assembly,

	Recalling its resolution 70/1 of 25 September 2014 and the report of the Secretary-General (A/73/535),¹

	1. Welcomes the report;²

	2. Requests the Secretary-General to report on paragraph 1 above, pursuant to S/RES/2334 (2016);

	3. Decides to remain seized of the matter, recalling Human Rights Council decision 19/119.

	¹ See A/60/687.
	² A/73/66-E/2018/10.
`;

describe('hover in an English draft', () => {
	const at = (needle: string, offset = 1) => {
		const input = navigationFixture(ENGLISH);
		const cursor = input.text.indexOf(needle) + offset;
		return hover({ ...input, position: input.document.positionAt(cursor) });
	};

	it('decodes a symbol and links it to undocs.org in English', () => {
		const result = at('A/73/535')!;
		assert.equal(result.covers, 'A/73/535');
		assert.match(result.value, /^\*\*A\/73\/535\*\* — General Assembly, seventy\\-third session, document 535/);
		assert.match(result.value, /\(https:\/\/undocs\.org\/en\/A\/73\/535\)/);
	});

	it('names a resolution reference with organ, catalogue title, symbol and the catalogue\'s source', () => {
		const result = at('70/1')!;
		assert.equal(result.covers, '70/1');
		assert.match(result.value, /\*\*General Assembly resolution 70\/1\*\* of 25 September 2015/);
		assert.match(result.value, /Title: “Transforming our world: the 2030 Agenda for Sustainable Development”/);
		assert.match(result.value, /Symbol: A\/RES\/70\/1 — General Assembly, seventieth session, resolution 70\/1/);
		assert.match(result.value, /Source: the built\\-in list, as cited in A\/RES\/75\/202/);
		assert.match(result.value, /\(https:\/\/undocs\.org\/en\/A\/RES\/70\/1\)/);
	});

	it('warns when the cited date disagrees with the catalogue', () => {
		assert.match(at('70/1')!.value, /⚠ The citation says 25 September 2014; the catalogue dates it 25 September 2015\\\./);
	});

	it('says a decision of the Human Rights Council has its own symbol, and links a Security Council symbol with its year', () => {
		assert.match(at('19/119')!.value, /\*\*Human Rights Council decision 19\/119\*\*/);
		assert.match(at('19/119')!.value, /A\/HRC\/DEC\/19\/119/);
		assert.match(at('S/RES/2334')!.value, /Security Council, resolution 2334 \\\(2016\\\)/);
		assert.match(at('S/RES/2334')!.value, /\(https:\/\/undocs\.org\/en\/S\/RES\/2334%20%282016%29\)/);
	});

	it('shows a footnote marker\'s text with its citations decoded', () => {
		const result = at('),¹', 2)!;
		assert.equal(result.covers, '¹');
		assert.match(result.value, /^\*\*Footnote 1\*\* · cited once/);
		assert.match(result.value, /> See A\/60/);
		assert.match(result.value, /- A\/60\/687 — General Assembly, sixtieth session, document 687/);
	});

	it('describes both parts of a joint symbol inside a footnote', () => {
		const result = at(';²')!;
		assert.match(result.value, /A\/73\/66\\-E\/2018\/10 — General Assembly, seventy\\-third session, document 66 \/ Economic and Social Council, 2018, document 10/);
	});

	it('says where a footnote is cited when the cursor is on its text', () => {
		assert.equal(at('¹ See', 3)!.value, '**Footnote 1** · cited once: preambular paragraph 1');
	});

	it('counts an operative paragraph among all of them', () => {
		const result = at('2. Requests', 0)!;
		assert.equal(result.covers, '2');
		assert.equal(result.value, '**Operative paragraph 2 of 3**');
	});

	it('explains an opening verb and lists its equivalents in six languages', () => {
		const result = at('Requests')!;
		assert.match(result.value, /^\*\*Requests\*\* · operative form/);
		assert.match(result.value, /usually the Secretary\\-General/);
		assert.match(result.value, /\| French \| — \| Prie \|/);
		assert.match(result.value, /\| Chinese \| 请 \| 请 \|/);
		assert.match(result.value, /\| Arabic \| — \| تطلب إلى/);
	});

	it('previews the paragraph that "paragraph 1 above" names', () => {
		const result = at('paragraph 1 above', 10)!;
		assert.equal(result.covers, '1');
		assert.equal(result.value, '**Operative paragraph 1**\n\nWelcomes the report;');
	});

	it('has nothing to say about ordinary words', () => {
		assert.equal(at('Secretary-General to'), undefined);
	});
});

describe('hover in a Chinese draft', () => {
	const CHINESE = `
		大会，

		回顾其 2015 年 9 月 25 日第 70/1 号决议和秘书长的报告(A/73/535)，¹

		1. 欢迎该报告；

		2. 请秘书长就上文第 1 段提出报告。

		¹ 见 A/60/687。
	`;
	const at = (needle: string, offset = 1) => {
		const input = navigationFixture(CHINESE);
		return hover({ ...input, position: input.document.positionAt(input.text.indexOf(needle) + offset) });
	};

	it('decodes a symbol in Chinese and links to undocs.org/zh', () => {
		const result = at('A/73/535')!;
		assert.match(result.value, /^\*\*A\/73\/535\*\* — 大会，第七十三届会议，第 535 号文件/);
		assert.match(result.value, /在 undocs\.org 上打开：\[undocs\\\.org\/zh\/A\/73\/535\]\(https:\/\/undocs\.org\/zh\/A\/73\/535\)/);
	});

	it('names a resolution in Chinese with its Chinese title', () => {
		const result = at('70/1')!;
		assert.match(result.value, /^\*\*大会第 70\/1 号决议\*\*（2015 年 9 月 25 日）/);
		assert.match(result.value, /标题：“变革我们的世界：2030 年可持续发展议程”/);
		assert.match(result.value, /来源：内置列表/);
	});

	it('shows the footnote text on the marker and the places on the text, in Chinese', () => {
		assert.match(at('，¹')!.value, /^\*\*脚注 1\*\* · 引用 1 次\n\n> 见 A\/60\/687。/);
		assert.equal(at('¹ 见', 3)!.value, '**脚注 1** · 引用 1 次：序言部分第 1 段');
	});

	it('counts operative paragraphs and explains verbs in Chinese', () => {
		assert.equal(at('2. 请', 0)!.value, '**执行部分第 2 段（共 2 段）**');
		const verb = at('欢迎', 0)!.value;
		assert.match(verb, /^\*\*欢迎\*\* · 序言部分和执行部分通用/);
		assert.match(verb, /对某一进展、报告或倡议表示赞许。/);
		assert.match(verb, /\| 英文 \| Welcoming \| Welcomes \|/);
	});

	it('previews the paragraph named by 第 1 段', () => {
		assert.equal(at('第 1 段', 2)!.value, '**执行部分第 1 段**\n\n欢迎该报告；');
	});
});

describe('hover and the catalogue', () => {
	it('prefers a catalogue file\'s title to the built-in one and names the file and line', () => {
		const file = new EntryMap([{ symbol: 'A/RES/70/1', titles: { en: 'Our *own* [title]' }, date: '2015-09-25', source: { kind: 'file', label: 'catalogue.json:4', line: 4 } }]);
		const input = textWithCursor(fs.readFileSync(englishExample, 'utf8'), '70/1');
		const result = hover(input, new Catalogue(() => [file, BUILT_IN_CATALOGUE]))!;
		assert.match(result.value, /Title: “Our \\\*own\\\* \\\[title\\\]”/, 'document text is escaped');
		assert.match(result.value, /Source: the catalogue file catalogue\\\.json:4/);
	});

	it('works without any catalogue, from the symbol grammar alone', () => {
		const input = textWithCursor(fs.readFileSync(chineseExample, 'utf8'), 'A/80/512');
		assert.match(hover(input, undefined)!.value, /大会，第八十届会议，第 512 号文件/);
	});

	it('escapes Markdown, HTML and command links that a draft might carry', () => {
		const input = navigationFixture('The General Assembly,\n\n1. Decides;¹\n\n¹ <img src=x> [run](command:workbench.action.quit) `code`\n');
		const value = hover({ ...input, position: input.document.positionAt(input.text.indexOf('¹')) })!.value;
		assert.doesNotMatch(value, /(?<!\\)</, 'every angle bracket is escaped');
		assert.ok(!value.includes('command:'), value);
		assert.match(value, /> \\<img src=x\\> run \\`code\\`/);
	});
});

describe('hover on the Chinese text of resolution 73/218', { skip: corpusSkip }, () => {
	const text = corpusSkip ? '' : readCorpusFile('zh-a-res-73-218.txt');

	it('shows A/73/535 as a General Assembly document of the seventy-third session with an undocs.org/zh link', () => {
		const result = hover(textWithCursor(text, 'A/73/535'))!;
		assert.match(result.value, /大会，第七十三届会议/);
		assert.match(result.value, /https:\/\/undocs\.org\/zh\/A\/73\/535/);
	});

	it('shows the text of footnote 4, "见 A/60/687。", with A/60/687 decoded, on each of its three markers', () => {
		const markers = textWithCursor(text, '⁴').resolution.markers.filter(marker => marker.number === 4);
		assert.equal(markers.length, 3);
		for (const marker of markers) {
			const input = textWithCursor(text, '⁴');
			const result = hover({ ...input, position: input.document.positionAt(marker.span.start) })!;
			assert.match(result.value, /^\*\*脚注 4\*\* · 引用 3 次/);
			assert.match(result.value, /> 见 A\/60\/687。/);
			assert.match(result.value, /- A\/60\/687 — 大会，第六十届会议，第 687 号文件/);
		}
	});

	it('renders a footnote text that opens with a link without its brackets', () => {
		const result = hover(textWithCursor(text, '⁷'))!;
		assert.match(result.value, /> A\/73\/66\\-E\/2018\/10。/);
	});

	it('counts operative paragraph 5 of 39', () => {
		assert.equal(hover(textWithCursor(text, '\n5. ', { shift: 1 }))!.value, '**执行部分第 5 段（共 39 段）**');
	});
});
