import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem, CompletionList, Hover, MarkupContent, Position } from 'vscode-languageserver-types';
import { makeNonce, previewPage } from '../../../client/src/preview/page';
import { hostileTexts } from '../../robustness/hostileTexts';
import { startServer, type LspServer } from '../../robustness/lspServer';
import { markdownHazards, previewHazards } from '../../robustness/markupChecks';
import { NETWORK_ATTEMPT } from '../../robustness/noNetwork';
import { tourServer } from '../../robustness/serverTour';
import { chineseExample, englishExample, repoRoot, serverBundle } from '../../support/paths';

const GUARD = path.join(__dirname, '..', '..', 'robustness', 'noNetwork.js');
const COMMAND_LINK = '[x](command:workbench.action.terminal.new)';
const IMAGE = '<img src=x onerror=alert(1)>';

/** A draft whose every part carries a command link and HTML, and a second one whose title does, which it cites. */
const HOSTILE_DRAFT = [
	'The General Assembly,', '',
	`Recalling ${COMMAND_LINK} and ${IMAGE}, its resolution 70/1 and document A/73/535<script>alert(1)</script>,¹`, '',
	`1. ${IMAGE} Decides ${COMMAND_LINK} to cite resolution 79/1 and A/RES/70/1;`, '',
	`2. ${COMMAND_LINK} Welcomes <b onmouseover=alert(1)>the</b> report;`, '',
	'3. Requests:', '',
	`(a) ${IMAGE} to act;`, '',
	`¹ See ${COMMAND_LINK} <img onerror=alert(1) src=y>.`, '',
].join('\n');
const HOSTILE_TITLE = `The General Assembly,\n\n79/1. ${IMAGE} ${COMMAND_LINK} <script>alert(1)</script>\n\n1. Decides.\n`;

/** The footnote markers, citations, numbers and openers of a draft, where hovers show what the draft says. */
function placesToHover(text: string): Position[] {
	const lines = text.split('\n');
	return lines.flatMap((line, number) => [...line.matchAll(/¹|A\/[\w/]+|\d+\/\d+|^\d+\.|^\(a\)|Recalling|Decides|Welcomes/g)]
		.map(match => ({ line: number, character: (match.index ?? 0) + 1 })));
}

/** Every Markdown string in hover and completion answers. */
function markdownOf(answers: Map<string, unknown[]>): string[] {
	const markdown: string[] = [];
	for (const hover of (answers.get('textDocument/hover') ?? []) as Array<Hover | null>) {
		for (const content of hover ? [hover.contents].flat() : []) {
			markdown.push(typeof content === 'string' ? content : (content as MarkupContent).value);
		}
	}
	for (const answer of (answers.get('textDocument/completion') ?? []) as Array<CompletionList | CompletionItem[] | null>) {
		for (const item of Array.isArray(answer) ? answer : answer?.items ?? []) {
			if (typeof item.documentation === 'object' && item.documentation.kind === 'markdown') {
				markdown.push(item.documentation.value);
			}
		}
	}
	return markdown;
}

describe('no network unless asked', () => {
	it('the guard blocks fetch, http, https, dns and sockets in a preloaded process, and says so', () => {
		const script = `for (const attempt of [() => fetch('https://undocs.org'), () => require('node:https').get('https://undocs.org'),
			() => require('node:dns').lookup('undocs.org', () => {}), () => require('node:net').connect(443, 'undocs.org')]) {
			try { attempt(); } catch { console.log('refused'); } }`;
		const result = spawnSync(process.execPath, ['--require', GUARD, '-e', script], { encoding: 'utf8' });
		assert.equal(result.stdout.match(/refused/g)?.length, 4, result.stderr);
		assert.equal(result.stderr.split(NETWORK_ATTEMPT).length - 1, 4);
	});
});

describe('the server with the network blocked', { skip: fs.existsSync(serverBundle) ? false : 'the server is not built' }, () => {
	let server: LspServer;
	const answers = new Map<string, unknown[]>();

	before(async () => {
		server = await startServer({ preload: [GUARD] });
		await tourServer(server, 'file:///drafts/title.resolution.txt', HOSTILE_TITLE);
		const tour = await tourServer(server, 'file:///drafts/hostile.resolution.txt', HOSTILE_DRAFT, placesToHover(HOSTILE_DRAFT));
		tour.forEach((list, method) => answers.set(method, list));
	});

	after(async () => {
		await server?.stop();
	});

	it('answers every feature on the examples and odd drafts without trying the network or failing', async () => {
		const drafts = [englishExample, chineseExample].map(file => ({ name: file, text: fs.readFileSync(file, 'utf8') }))
			.concat(hostileTexts().filter(hostile => hostile.text.length < 70_000));
		for (const [index, draft] of drafts.entries()) {
			await tourServer(server, `file:///drafts/${index}.resolution.txt`, draft.text);
		}
		assert.ok(answers.size >= 8, `only ${[...answers.keys()].join(', ')} were asked`);
		assert.deepEqual(server.errors, []);
		assert.ok(!server.stderr().includes(NETWORK_ATTEMPT), server.stderr());
	});

	it('hover and completion Markdown on a draft full of command links and HTML has neither live', () => {
		const markdown = markdownOf(answers);
		// The footnote's hover quotes its text, so the draft's own markup does reach the Markdown, escaped or not.
		assert.ok(markdown.some(value => value.includes('onerror')), 'no hover or completion quoted the draft\'s markup');
		const hazards = markdown.flatMap(value => markdownHazards(value).map(hazard => `${hazard}\n  in: ${value.slice(0, 200)}`));
		assert.deepEqual(hazards, []);
	});

	it('the preview of that draft contains only the renderer\'s own markup', () => {
		const [preview] = answers.get('unResolution/preview') as Array<{ html: string }>;
		assert.ok(preview.html.includes('&lt;img'), 'the draft\'s markup is not in the preview at all');
		assert.deepEqual(previewHazards(preview.html), []);
	});
});

describe('the preview page', () => {
	const page = (html: string) => previewPage({ html, language: 'en', dir: 'ltr', title: `${IMAGE}</title>` },
		{ cspSource: 'vscode-resource:', styleUri: 'vscode-resource:/media/preview.css', scriptUri: 'vscode-resource:/media/preview.js', nonce: makeNonce() });

	it('has a strict Content-Security-Policy: nothing by default, nothing remote, one script by nonce', () => {
		const html = page('<p>text</p>');
		const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
		assert.match(policy, /default-src 'none'/);
		assert.match(policy, /script-src 'nonce-[0-9a-f]{32}'(?:;|$)/);
		assert.doesNotMatch(policy, /https?:|\*|'unsafe-inline'|'unsafe-eval'/);
		const scripts = html.match(/<script\b[^>]*>/g) ?? [];
		assert.equal(scripts.length, 1);
		assert.match(scripts[0], /nonce="[0-9a-f]{32}"/);
	});

	it('escapes the title and draws a new nonce for each page', () => {
		assert.ok(!page('').includes(`${IMAGE}</title>`));
		assert.notEqual(makeNonce(), makeNonce());
	});
});

describe('the language client', () => {
	it('never turns on trusted Markdown or HTML, so command links and markup in hovers stay inert', () => {
		const sources: string[] = [];
		const visit = (dir: string) => fs.readdirSync(dir, { withFileTypes: true }).forEach(entry => entry.isDirectory()
			? visit(path.join(dir, entry.name)) : entry.name.endsWith('.ts') && sources.push(path.join(dir, entry.name)));
		visit(path.join(repoRoot, 'client', 'src'));
		assert.ok(sources.length > 5);
		const offenders = sources.filter(file => /\b(?:isTrusted|supportHtml)\s*[:=]\s*(?:true|\{)|\bmarkdown\s*:\s*\{/.test(fs.readFileSync(file, 'utf8')));
		assert.deepEqual(offenders, []);
	});
});
