/**
 * Short drafts, each with one defect that a rule reports and a fix repairs, in English and Chinese, and French for
 * the rules only French has. They are written for these tests (never copied from the corpus) and derived from one
 * clean draft per language by a single replacement, so that a failure points at exactly one defect.
 */
export interface DefectiveDraft {
	name: string;
	text: string;
	/** The code the defect must raise, with at least one fix offered. */
	code: string;
}

export const CLEAN_ENGLISH = [
	'The General Assembly,',
	'',
	'Recalling its resolution 70/1 of 25 September 2015,¹',
	'',
	'Noting the report of the Secretary-General,²',
	'',
	'1. Welcomes the report;',
	'',
	'2. Requests the Secretary-General:',
	'',
	'(a) To continue the work;',
	'',
	'(b) To report back;',
	'',
	'3. Decides to remain seized of the matter.',
	'',
	'¹ See A/70/1.',
	'² A/80/245.',
	'',
	'70th plenary meeting',
	'22 December 2025',
	'',
].join('\n');

export const CLEAN_CHINESE = [
	'大会，',
	'',
	'回顾其 2015 年 9 月 25 日第 70/1 号决议，¹',
	'',
	'注意到秘书长的报告，²',
	'',
	'1. 欢迎该报告；',
	'',
	'2. 请秘书长：',
	'',
	'(a) 继续开展工作；',
	'',
	'(b) 提出报告；',
	'',
	'3. 决定继续处理此案。',
	'',
	'¹ 见 A/70/1。',
	'² A/80/245。',
	'',
	'第70次全体会议',
	'2025年12月22日',
	'',
].join('\n');

/** One French draft, for the rules only French has: gender agreement and the space before high punctuation. */
export const CLEAN_FRENCH = [
	'L\'Assemblée générale,',
	'',
	'Rappelant sa résolution 70/1,',
	'',
	'Consciente de l\'importance du sujet,',
	'',
	'1. Prie le Secrétaire général de poursuivre ses travaux\u00a0;',
	'',
	'2. Décide de rester saisie de la question.',
	'',
].join('\n');

function variant(name: string, clean: string, code: string, ...replacements: Array<[string | RegExp, string]>): DefectiveDraft {
	let text = clean;
	for (const [from, to] of replacements) {
		const next = text.replace(from, to);
		if (next === text) {
			throw new Error(`defective draft ${name}: ${String(from)} not found`);
		}
		text = next;
	}
	return { name, text, code };
}

const en = (name: string, code: string, ...replacements: Array<[string | RegExp, string]>) =>
	variant(`en: ${name}`, CLEAN_ENGLISH, code, ...replacements);
const zh = (name: string, code: string, ...replacements: Array<[string | RegExp, string]>) =>
	variant(`zh: ${name}`, CLEAN_CHINESE, code, ...replacements);

const fr = (name: string, code: string, ...replacements: Array<[string | RegExp, string]>) =>
	variant(`fr: ${name}`, CLEAN_FRENCH, code, ...replacements);

export const DEFECTIVE_DRAFTS: readonly DefectiveDraft[] = [
	en('a skipped operative number', 'numbering.operative', ['3. Decides', '4. Decides']),
	en('a doubled operative number', 'numbering.operative', ['2. Requests', '1. Requests'], ['3. Decides', '2. Decides']),
	en('a single numbered operative paragraph', 'numbering.operative',
		[/1\. Welcomes[^]*?(?=3\. Decides)/, ''], ['3. Decides', '1. Decides']),
	en('a skipped sub-paragraph label', 'numbering.subparagraph', ['(b) To report', '(c) To report']),
	en('footnotes cited out of order', 'footnote.order', ['2015,¹', '2015,²'], ['Secretary-General,²', 'Secretary-General,¹']),
	en('a marker without a footnote text', 'footnote.undefined', ['the report;', 'the report;³']),
	en('a marker without any footnote text', 'footnote.undefined', [/¹ See A\/70\/1\.\n² A\/80\/245\.\n\n/, ''],
		['Secretary-General,²', 'Secretary-General,']),
	en('a Markdown marker without its definition', 'footnote.undefined',
		['2015,¹', '2015,[^1]'], ['Secretary-General,²', 'Secretary-General,[^2]'], ['¹ See A/70/1.\n² A/80/245.\n', '[^1]: See A/70/1.\n']),
	en('a preambular paragraph ending with a semicolon', 'punctuation.preambular', ['2015,¹', '2015;¹']),
	en('a preambular paragraph without an ending', 'punctuation.preambular', ['Secretary-General,²', 'Secretary-General²']),
	en('an organ line without its comma', 'punctuation.preambular', ['The General Assembly,', 'The General Assembly']),
	en('an operative paragraph ending with a comma', 'punctuation.operative', ['the report;', 'the report,']),
	en('the last paragraph ending with a semicolon', 'punctuation.final', ['of the matter.', 'of the matter;']),
	en('a Word field error', 'artifact.field-error', ['To continue the work;', 'To continue the work under paragraph Error! Bookmark not defined. above;']),
	en('a third-person verb opening a preambular paragraph', 'verb.wrong-part', ['Noting the report', 'Notes the report']),
	en('a participle opening an operative paragraph', 'verb.wrong-part', ['1. Welcomes the report', '1. Welcoming the report']),
	en('a preambular verb repeated without "also"', 'verb.repeated', ['Noting the report', 'Recalling the report']),
	en('an operative verb repeated without "Also"', 'verb.repeated', ['2. Requests the Secretary-General:', '2. Welcomes the Secretary-General:']),
	en('a doubled slash in a symbol', 'symbol.malformed', ['See A/70/1.', 'See A/70//1.']),
	en('a symbol in lower case', 'symbol.malformed', ['A/80/245.', 'a/80/245.']),
	en('negotiation brackets', 'draft.leftover', ['To continue the work;', 'To continue the [important] work;']),
	en('one emphasised opening verb among plain ones', 'style.verb-emphasis', ['1. Welcomes the report', '1. *Welcomes* the report']),
	en('a marker before the comma', 'footnote.placement', ['2015,¹', '2015¹,']),
	zh('a skipped operative number', 'numbering.operative', ['3. 决定', '4. 决定']),
	zh('a skipped sub-paragraph label', 'numbering.subparagraph', ['(b) 提出', '(c) 提出']),
	zh('footnotes cited out of order', 'footnote.order', ['决议，¹', '决议，²'], ['报告，²', '报告，¹']),
	zh('a marker without a footnote text', 'footnote.undefined', ['欢迎该报告；', '欢迎该报告；³']),
	zh('a preambular paragraph ending with a full stop', 'punctuation.preambular', ['报告，²', '报告。²']),
	zh('an operative paragraph without an ending', 'punctuation.operative', ['欢迎该报告；', '欢迎该报告']),
	zh('the last paragraph ending with a semicolon', 'punctuation.final', ['继续处理此案。', '继续处理此案；']),
	zh('a Word field error', 'artifact.field-error', ['继续开展工作；', '继续开展工作错误！未定义书签。；']),
	zh('a preambular verb repeated without 又', 'verb.repeated', ['注意到秘书长的报告', '回顾秘书长的报告']),
	zh('an operative verb repeated without 又', 'verb.repeated', ['2. 请秘书长', '2. 欢迎秘书长']),
	zh('negotiation brackets', 'draft.leftover', ['提出报告；', '提出[详细]报告；']),
	zh('a marker before the comma', 'footnote.placement', ['决议，¹', '决议¹，']),
	zh('a doubled slash in a symbol', 'symbol.malformed', ['见 A/70/1。', '见 A/70//1。']),
	fr('an adjective that does not agree with the Assembly', 'verb.agreement', ['Consciente de', 'Conscient de']),
	fr('a semicolon without the space before it', 'punctuation.spacing', ['travaux\u00a0;', 'travaux;']),
];
