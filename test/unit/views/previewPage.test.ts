import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeNonce, previewPage } from '../../../client/src/preview/page';
import { renderPreview } from '../../../server/src/languageService/features/preview/render';
import { parse } from './support';

const resources = { cspSource: 'https://file+.vscode-resource.vscode-cdn.net', styleUri: 'https://x/media/preview.css', scriptUri: 'https://x/media/preview.js', nonce: 'abc123' };

describe('preview page: previewPage', () => {
	const { resolution, document } = parse('The General Assembly,\n\nRecalling <b>this</b>,\n\n1. Decides.\n');
	const page = previewPage(renderPreview(resolution, document), resources);

	it('allows nothing by default, local styles, images and fonts, and only the script with the nonce', () => {
		const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1];
		assert.equal(policy, 'default-src \'none\'; style-src https://file+.vscode-resource.vscode-cdn.net; '
			+ 'img-src https://file+.vscode-resource.vscode-cdn.net data:; font-src https://file+.vscode-resource.vscode-cdn.net; script-src \'nonce-abc123\'');
		const scripts = [...page.matchAll(/<script[^>]*>/g)].map(match => match[0]);
		assert.deepEqual(scripts, ['<script nonce="abc123" src="https://x/media/preview.js">']);
		assert.ok(!/https?:\/\/(?!x\/|file\+)/.test(page.replace(/<a class="symbol"[^>]*>/g, '')), 'a remote resource in the page');
	});

	it('keeps the draft\'s markup escaped and sets the language and direction', () => {
		assert.match(page, /Recalling<\/em> &lt;b&gt;this&lt;\/b&gt;,/);
		assert.match(page, /^<!DOCTYPE html>\n<html lang="en" dir="ltr">/);
		const arabic = previewPage({ html: '', language: 'ar', dir: 'rtl', title: '<t>' }, resources);
		assert.match(arabic, /<html lang="ar" dir="rtl">/);
		assert.match(arabic, /<title>&lt;t&gt;<\/title>/);
	});

	it('makes a new 128-bit nonce each time', () => {
		const nonces = new Set(Array.from({ length: 20 }, makeNonce));
		assert.equal(nonces.size, 20);
		assert.ok([...nonces].every(nonce => /^[0-9a-f]{32}$/.test(nonce)));
	});
});
