/**
 * Odd and hostile drafts, generated rather than stored: what a diplomat can paste or open by mistake. Each must
 * be read without a crash or a hang; what cannot be made sense of degrades to unclassified text.
 */
export interface HostileText {
	name: string;
	text: string;
}

const PARAGRAPH = 'Recalling its resolution 70/1 of 25 September 2015 on the 2030 Agenda for Sustainable Development,\n\n';
const LABELS = ['(a)', '(i)', 'a.', 'i.', '(b)', '(ii)', 'b.', 'ii.'];

/** Bytes of a binary file as an editor would show them when forced to open it as UTF-8. */
function binary(length: number): string {
	let text = '';
	for (let i = 0; i < length; i++) {
		text += String.fromCharCode((i * 7919 + 13) % 256);
	}
	return text;
}

/** The drafts the issue lists, small enough for the unit tests: everything but the 20 MB file. */
export function hostileTexts(): HostileText[] {
	let footnotes = 'The General Assembly,\n\n';
	for (let number = 1; number <= 10_000; number++) {
		footnotes += `${number}. Decides to act.[^${number}]\n\n`;
	}
	for (let number = 1; number <= 10_000; number++) {
		footnotes += `[^${number}]: See A/RES/70/${number}.\n`;
	}
	const nested = ['The General Assembly,', '', '1. Decides:', ''];
	for (let i = 0; i < 2000; i++) {
		nested.push(`${LABELS[i % LABELS.length]} ${'  '.repeat(i % 4)}to act at level ${i % 4};`, '');
	}
	return [
		{ name: 'an empty file', text: '' },
		{ name: 'only white space', text: ' \n\r\n\t\r\u2028\u00a0\n' },
		{ name: 'a binary file with NUL bytes', text: binary(64 * 1024) },
		{ name: 'NUL bytes inside a draft', text: `The General Assembly,\n\n\u0000Recalling\u0000 its resolution 70/1,\n\n1. Decides\u0000.` },
		{ name: 'one line of 100,000 characters', text: 'The General Assembly, ' + 'recalling resolution 70/1 and A/73/535 '.repeat(2600).slice(0, 100_000) },
		{ name: 'one line of 100,000 slashes', text: '/'.repeat(100_000) },
		{ name: '10,000 footnotes', text: footnotes },
		{ name: 'lone surrogates', text: 'The General Assembly,\n\n\ud800Recalling\udc00 its \udbff resolution 70/1,\ud800\n\n1. Decides\udfff.\n\n¹\ud83d' },
		{ name: 'a byte-order mark, and another inside', text: `\ufeffThe General Assembly,\n\n\ufeffRecalling its resolution 70/1,\n\n1. Decides.` },
		{ name: 'mixed line endings', text: 'The General Assembly,\r\n\rRecalling its resolution 70/1,\n\r\n1. Decides;\r\r2. Requests.\u2028\u2029\u0085' },
		{ name: 'only CRs', text: '\r'.repeat(50_000) },
		{ name: '2,000 sub-paragraphs four levels deep', text: nested.join('\n') },
		{ name: '10,000 opening parentheses', text: `The General Assembly,\n\n1. Decides ${'('.repeat(10_000)}` },
		{ name: '60,000 asterisks', text: `The General Assembly,\n\n${'*'.repeat(60_000)}` },
		{ name: '20,000 Markdown links', text: `The General Assembly,\n\n1. Recalls ${'[70/1](#) '.repeat(20_000)}` },
		{ name: '50,000 blank lines', text: 'The General Assembly,' + '\n'.repeat(50_000) + '1. Decides.' },
		{ name: 'markup and command links', text: '<script>alert(1)</script>\n\nThe General Assembly,\n\n[x](command:workbench.action.terminal.new)\n\n<img src=x onerror=alert(1)>' },
	];
}

/**
 * A 20 MB draft: an organ line and one preambular paragraph repeated, the size where VS Code stops tokenising.
 * Each paragraph cites footnote 1, which has no text, so even the numbering rules that still run at this size find
 * two problems in every paragraph, some 380,000 in all: more than an editor can be sent (unResolution.maxProblems).
 */
export function twentyMegabyteDraft(): string {
	const paragraph = PARAGRAPH.replace(',\n\n', ',[^1]\n\n');
	return 'The General Assembly,\n\n' + paragraph.repeat(Math.ceil(20_000_000 / paragraph.length));
}
