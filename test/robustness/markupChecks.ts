/**
 * What must never appear in output that an editor renders: Markdown that a client would turn into a live command
 * or script link, raw HTML in Markdown, and markup in the preview beyond the fixed set of tags the renderer writes.
 * Text from a draft has to arrive escaped, since some clients (VS Code with trusted Markdown, Neovim plug-ins, web
 * editors) render what they are given.
 */

// A link or autolink whose target is a scheme that runs something, written so that a Markdown renderer honours it.
const LIVE_LINK = /(?<!\\)\]\(\s*<?\s*(?:command|javascript|vbscript|data|file):|<(?:command|javascript|vbscript):/i;
// An HTML tag or comment start that is not escaped: `<img`, `</b`, `<!--`.
const RAW_HTML = /(?<![\\`])<(?:[a-z][a-z0-9-]*[\s/>]|\/[a-z]|!)/i;

/** The hazards in one Markdown string, as readable reasons; empty when it is safe to render. */
export function markdownHazards(markdown: string): string[] {
	const code = stripCodeSpans(markdown);
	const hazards: string[] = [];
	const link = LIVE_LINK.exec(code);
	if (link) {
		hazards.push(`a live link: …${code.slice(Math.max(0, link.index - 20), link.index + 30)}…`);
	}
	const html = RAW_HTML.exec(code);
	if (html) {
		hazards.push(`raw HTML: …${code.slice(Math.max(0, html.index - 20), html.index + 30)}…`);
	}
	return hazards;
}

/** Code spans render their content as text, so `<img>` inside backticks is harmless; a stray backtick is not a span. */
function stripCodeSpans(markdown: string): string {
	return markdown.replace(/(`+)(?!`)[^]*?(?<!`)\1(?!`)/g, match => ' '.repeat(match.length));
}

/** The tags the preview renderer writes itself; anything else in its HTML came from the draft unescaped. */
const PREVIEW_TAGS = new Set(['article', 'section', 'header', 'footer', 'div', 'p', 'h1', 'h2', 'h3', 'h4', 'span', 'em', 'strong', 'sup', 'a', 'mark', 'br']);

/** The hazards in the preview's HTML fragment: unknown tags, event handlers, scripts, remote or scripted URLs. */
export function previewHazards(html: string): string[] {
	const hazards: string[] = [];
	for (const match of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)) {
		const [tag, name, attributes] = match;
		if (!PREVIEW_TAGS.has(name.toLowerCase())) {
			hazards.push(`the tag ${tag.slice(0, 60)}`);
		}
		if (/\son[a-z]+\s*=/i.test(attributes)) {
			hazards.push(`an event handler in ${tag.slice(0, 60)}`);
		}
		// A link the reader follows is fine; a URL the page would load by itself, or one that runs script, is not.
		if (/\s(?:src|srcset|action|style|background)\s*=/i.test(attributes)) {
			hazards.push(`an attribute that loads a resource in ${tag.slice(0, 60)}`);
		}
		if (/href\s*=\s*["']?\s*(?:javascript|vbscript|data|command|file):/i.test(attributes)) {
			hazards.push(`a scripted link in ${tag.slice(0, 60)}`);
		}
	}
	return hazards;
}
