/**
 * Hover Markdown is built from text the user typed (a draft, a catalogue file) and is shown untrusted: the client
 * renders no command links and no HTML. Every piece of document text still goes through `escapeMarkdown`, so that
 * a title with "*", "[" or "<" in it reads as written instead of turning into emphasis, a link or markup.
 */

// Every ASCII punctuation character that CommonMark lets a backslash escape and that could start markup.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&]/g;
const LINE_BREAKS = /\s*[\r\n]+\s*/g;

/** Document text as literal Markdown on one line. */
export function escapeMarkdown(text: string): string {
	return String(text).replace(LINE_BREAKS, ' ').replace(MARKDOWN_SPECIAL, '\\$&');
}

/** A link whose address is percent-encoded where Markdown would read it as syntax (parentheses, spaces, brackets). */
export function markdownLink(label: string, url: string): string {
	const address = url.replace(/[()\s<>[\]]/g, char => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
	return `[${escapeMarkdown(label)}](${address})`;
}

/** A shortened document text for a preview line: whole words up to about `length` characters. */
export function shorten(text: string, length: number): string {
	const single = text.replace(/\s+/g, ' ').trim();
	if (single.length <= length) {
		return single;
	}
	const cut = single.slice(0, length);
	const space = cut.lastIndexOf(' ');
	return `${space > length * 0.6 ? cut.slice(0, space) : cut}…`;
}
