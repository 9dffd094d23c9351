import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseResolution } from '../../../server/src/languageService';
import { computeDiagnostics } from '../../../server/src/languageService/diagnostics';
import { fixTitle } from '../../../server/src/languageService/features/fixes/edits';
import { localizeMessage } from '../../../server/src/languageService/l10n/localize';
import { ZH_MESSAGES } from '../../../server/src/languageService/l10n/zh';

// Defective drafts, each made to set off many rules at once: gaps and repeats in the numbering, footnotes without
// texts, cited twice or out of order, wrong endings, verbs in the other part, unknown verbs, emphasis on some verbs
// only, negotiation brackets, a malformed symbol, a Word field error and a heading that names two sessions.
const HEADING = (adopted: string, report: string, closing: string) => ({
	head: ['Seventy-third session', 'Agenda item 20', '', `Resolution adopted by the General Assembly on ${adopted}`, '',
		`[on the report of the Second Committee (${report})]`, '', '73/218. Harmony with Nature'].join('\n'),
	foot: ['62nd plenary meeting', closing].join('\n'),
});

const ENGLISH = (() => {
	// The adoption date and the report point to other sessions than the number and the session line.
	const { head, foot } = HEADING('20 December 2017', 'A/74/535', '20 December 2018');
	return [
		head,
		'The General Assembly',
		'*Recalling* its resolution 64/196,³ and the report,²',
		'Reaffirming the Charter.',
		'Recalling the study A//RES/72/1/,¹',
		'Decides that the study is useful,',
		'Frobnicating the matter,',
		'2. Welcomes the report, Error! Bookmark not defined. and the study,¹',
		'2. Welcomes the note;',
		'5. Requests the Secretary-General to report [on the matter] [on the note]:',
		'(a) On the first point;',
		'(c) On the second point;',
		'(ii) On the third point;',
		'5 bis. Recalling the earlier text;',
		'7. Further requests the Committee to act [;',
		'[…]',
		'8. Decides to remain seized of the matter;',
		foot,
		'¹ A/72/1.',
		'¹ A/72/9.',
		'⁴ A/72/4.',
	].join('\n\n');
})();

// The heading agrees with itself, but the closing formula gives another date than the adoption line.
const CLOSING = (() => {
	const { head, foot } = HEADING('20 December 2018', 'A/73/535', '21 December 2018');
	return [head, 'The General Assembly,', 'Recalling its resolution 70/1,', '1. Decides to continue the discussion.', foot].join('\n\n');
})();

const CHINESE = [
	'大会，',
	'回顾其第64/196号决议³和报告²。',
	'重申《联合国宪章》，',
	'决定该研究有用，',
	'1. 欢迎报告¹；',
	'1. 决定继续处理此案，',
	'3. 请秘书长提出报告[；',
	'¹ A/72/1。',
	'¹ A/72/9。',
	'⁴ A/72/4。',
].join('\n\n');

/** Every English sentence the server would show for a draft: messages, related information and fix titles. */
function shownTexts(draft: string): string[] {
	return computeDiagnostics(parseResolution(draft)).flatMap(diagnostic => [
		diagnostic.message,
		...(diagnostic.related ?? []).map(related => related.message),
		...(diagnostic.fixes ?? []).map(fixTitle),
	]);
}

// A message counts as translated when a template matched: the result differs from the English and is written in
// Chinese. What it may still hold in Latin letters is what the English interpolated (quoted text, symbols, the
// rules' own English reasons and labels); the catalogue test below keeps the templates themselves free of English.
function untranslated(english: string, chinese: string): boolean {
	return chinese === english || !/\p{Script=Han}/u.test(chinese);
}

describe('every message of the rules has its Chinese', () => {
	for (const [name, draft] of [['English', ENGLISH], ['English closing', CLOSING], ['Chinese', CHINESE]] as const) {
		it(`the messages and fix titles for a defective ${name} draft read in Chinese for zh-cn and unchanged for en`, () => {
			const texts = shownTexts(draft);
			assert.ok(texts.length >= 4, `only ${texts.length} messages: ${texts.join('\n')}`);
			const missing = texts.filter(text => untranslated(text, localizeMessage(text, 'zh')));
			assert.deepEqual(missing, []);
			for (const text of texts) {
				assert.equal(localizeMessage(text, 'en'), text);
			}
		});
	}

	it('the drafts set off every rule family the catalogue translates', () => {
		const codes = new Set<string>([ENGLISH, CLOSING, CHINESE].flatMap(draft => computeDiagnostics(parseResolution(draft)).map(diagnostic => diagnostic.code)));
		for (const code of [
			'numbering.operative', 'numbering.subparagraph', 'footnote.undefined', 'footnote.unused', 'footnote.order',
			'footnote.duplicate-definition', 'footnote.repeated-marker', 'footnote.placement', 'punctuation.preambular',
			'punctuation.operative', 'punctuation.final', 'verb.wrong-part', 'verb.unknown', 'verb.repeated',
			'style.verb-emphasis', 'draft.leftover', 'artifact.field-error', 'structure.unclassified', 'symbol.malformed',
			'header.inconsistent',
		]) {
			assert.ok(codes.has(code), code);
		}
	});

	it('no Chinese template keeps English words of its own, only the placeholders and the name "Word"', () => {
		for (const [english, chinese] of Object.entries(ZH_MESSAGES)) {
			assert.doesNotMatch(chinese.replace(/\{\d+\}|Word/g, ''), /[A-Za-z]/, english);
		}
	});
});
