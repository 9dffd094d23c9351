/**
 * The grammar of United Nations document symbols as pieces of regular expressions, which the symbol finder and
 * parser (symbols.ts) compile. It follows the Dag Hammarskjöld Library guide: an upper-case series, then
 * slash-separated components, an optional reissue star, lettered part and parenthesised part; two symbols joined
 * by a hyphen form a joint symbol.
 */

// The pieces of the grammar. A component never ends in a full stop, which is what keeps a sentence's closing
// full stop out of "… TD/B/EDE/1/3.", and every repetition is anchored on a distinct character ("/", "." or
// "-"), so that no input can make the engine backtrack more than linearly.
export const HYPHEN = '[-\\u2011]';
const SESSION_COMPONENT = `E?S${HYPHEN}\\d+`;
export const WORD_COMPONENT = '[A-Z][A-Za-z]*(?:\\.[A-Z0-9][A-Za-z0-9]*)*';
export const COMPONENT = `(?:${SESSION_COMPONENT}|${WORD_COMPONENT}|\\d+[A-Z]?)`;
const ROMAN = '[IVXLC]+';
const PARENTHESIS_CONTENT = [
	ROMAN, `E?S${HYPHEN}${ROMAN}`, '\\d{4}', 'Vol\\.\\s?[IVX]+', `Parts?\\s?[IVX]+(?:${HYPHEN}[IVX]+)?`,
	'Sect\\.\\s?\\d+', 'SUPP', 'Resumption\\s?\\d+',
].join('|');
const SIMPLE = `[A-Z]{1,8}(?:/${COMPONENT})+\\*{0,2}(?:\\s[A-Z](?=\\s?\\())?(?:\\s?\\((?:${PARENTHESIS_CONTENT})\\))?`;
export const JOINT = `${SIMPLE}(?:${HYPHEN}${SIMPLE})*`;
