// The script of the resolution preview (client/src/preview). It runs in the webview under a strict
// Content-Security-Policy, keeps the page and the editor scrolled to the same source line, and hands links and
// double clicks to the extension, which decides what to open.
(function () {
	'use strict';
	const vscode = acquireVsCodeApi();
	const page = document.querySelector('main.page');
	// After the extension scrolls the page, the scroll event that follows is its echo, not the user's.
	let ignoreScrollUntil = 0;

	/** The blocks of the page with the source line each starts on, in page order. */
	function blocks() {
		return Array.from(page.querySelectorAll('[data-line]'), element => ({
			element,
			line: Number(element.getAttribute('data-line')),
			top: element.getBoundingClientRect().top + window.scrollY,
		}));
	}

	/** Scrolls so that the source line `line` is at the top, between the blocks around it. */
	function scrollToLine(line) {
		const all = blocks();
		let previous;
		let next;
		for (const block of all) {
			if (block.line <= line && (!previous || block.line > previous.line)) {
				previous = block;
			}
			if (block.line > line && (!next || block.line < next.line)) {
				next = block;
			}
		}
		if (!previous) {
			previous = { line: 0, top: 0 };
		}
		let top = previous.top;
		// Part of the way into a long paragraph, when the next block follows it on the page.
		if (next && next.top > previous.top) {
			top += (next.top - previous.top) * (line - previous.line) / (next.line - previous.line);
		}
		ignoreScrollUntil = Date.now() + 200;
		window.scrollTo(0, Math.max(0, top - 8));
	}

	/** The source line at the top of the page, fractional inside a block. */
	function lineAtTop() {
		const all = blocks();
		const y = window.scrollY + 8;
		let index = -1;
		for (let i = 0; i < all.length && all[i].top <= y; i++) {
			index = i;
		}
		if (index < 0) {
			return 0;
		}
		const block = all[index];
		const next = all[index + 1];
		if (next && next.line > block.line && next.top > block.top) {
			return block.line + (next.line - block.line) * (y - block.top) / (next.top - block.top);
		}
		return block.line;
	}

	let scrollPending = false;
	window.addEventListener('scroll', () => {
		if (Date.now() < ignoreScrollUntil || scrollPending) {
			return;
		}
		scrollPending = true;
		window.requestAnimationFrame(() => {
			scrollPending = false;
			vscode.postMessage({ type: 'revealLine', line: lineAtTop() });
		});
	});

	window.addEventListener('message', event => {
		const message = event.data;
		if (message.type === 'scrollTo' && typeof message.line === 'number') {
			scrollToLine(message.line);
		} else if (message.type === 'update' && typeof message.html === 'string') {
			// The server escapes every piece of the draft's text, and the policy runs no script but this one.
			const y = window.scrollY;
			page.innerHTML = message.html;
			ignoreScrollUntil = Date.now() + 200;
			window.scrollTo(0, y);
		}
	});

	document.addEventListener('click', event => {
		const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
		if (!link) {
			return;
		}
		event.preventDefault();
		const href = link.getAttribute('href');
		if (href.startsWith('#')) {
			const target = document.getElementById(href.slice(1));
			if (target) {
				target.scrollIntoView({ block: 'center' });
			}
		} else {
			vscode.postMessage({ type: 'openLink', href });
		}
	});

	document.addEventListener('dblclick', event => {
		const block = event.target instanceof Element ? event.target.closest('[data-line]') : null;
		if (block) {
			vscode.postMessage({ type: 'openSource', line: Number(block.getAttribute('data-line')) });
		}
	});

	vscode.postMessage({ type: 'ready' });
}());
