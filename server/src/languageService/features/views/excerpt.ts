/** Views show excerpts, not paragraphs: long enough to recognise a paragraph, short enough for one line. */
const EXCERPT_LENGTH = 60;

/** The text on one line, cut at `length` characters with an ellipsis. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
	const single = text.replace(/\s+/g, ' ').trim();
	return single.length > length ? `${single.slice(0, length - 1)}…` : single;
}
