import { escapeHtml } from '../../../server/src/languageService/features/preview/inline';
import type { PreviewResult } from '../../../server/src/languageService/features/views/protocol';

/** The local resources of the preview page, as URIs the webview may load, and the nonce of this rendering. */
export interface PageResources {
	/** The webview's `cspSource`: the origin its local resources are served from. */
	cspSource: string;
	styleUri: string;
	scriptUri: string;
	nonce: string;
}

/**
 * The preview page around the server's rendering. The Content-Security-Policy allows nothing by default: styles,
 * images and fonts only from the extension's own media folder, and the one script that carries this page's nonce.
 * No remote content can load, and markup that slipped into the draft's text could not run even if it were not
 * already escaped. This module uses neither the VS Code API nor Node, so the web extension can share it.
 */
export function previewPage(preview: Pick<PreviewResult, 'html' | 'language' | 'dir' | 'title'>, resources: PageResources): string {
	const { cspSource, nonce } = resources;
	const policy = [
		'default-src \'none\'',
		`style-src ${cspSource}`,
		`img-src ${cspSource} data:`,
		`font-src ${cspSource}`,
		`script-src 'nonce-${nonce}'`,
	].join('; ');
	return `<!DOCTYPE html>
<html lang="${escapeHtml(preview.language)}" dir="${preview.dir === 'rtl' ? 'rtl' : 'ltr'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(resources.styleUri)}">
<title>${escapeHtml(preview.title)}</title>
</head>
<body>
<main class="page">${preview.html}</main>
<script nonce="${nonce}" src="${escapeHtml(resources.scriptUri)}"></script>
</body>
</html>`;
}

/** A fresh nonce for each page: 128 random bits, from the Web Crypto API that Node and browsers both offer. */
export function makeNonce(): string {
	const bytes = new Uint8Array(16);
	globalThis.crypto.getRandomValues(bytes);
	return Array.from(bytes, byte => byte.toString(16).padStart(2, '0')).join('');
}
