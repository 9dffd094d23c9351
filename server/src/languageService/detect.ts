/**
 * Recognising a resolution by its content, so that drafts saved as plain `.txt` or `.md` files get the resolution
 * language mode without the user renaming them.
 *
 * The check is deliberately cheap and conservative: it runs on every plain-text and Markdown document the editor
 * opens, so it reads only the top of the text and looks for lines that ordinary prose almost never contains on
 * their own — an organ line ("The General Assembly,"), a number-and-title line ("73/218. Title"), a Security
 * Council number line ("Resolution 2334 (2016)") or a resolution symbol standing alone ("A/RES/79/75").
 */

/** Only the top of a document is read: the heading and the organ line are always within it. */
const SCAN_CHARACTERS = 8 * 1024;

/** The organ line follows the heading, which is at most about twenty lines even with a masthead. */
const SCAN_NON_EMPTY_LINES = 40;

/** Comma variants: ASCII, full-width (Chinese) and Arabic. */
const COMMA = '[,，،]';

/**
 * Organ lines in the six official languages. Where the masthead repeats the organ's name without an article
 * ("General Assembly", "Генеральная Ассамблея", "大会"), the pattern insists on the article or the comma, so that
 * a masthead alone is not taken for the enacting formula; other signals in the masthead are checked separately.
 */
const ORGAN_LINES: readonly RegExp[] = [
	new RegExp(`^The (?:General Assembly|Security Council|Economic and Social Council|Human Rights Council|Trusteeship Council)\\s*${COMMA}?$`, 'iu'),
	new RegExp(`^(?:L[’']\\s?Assemblée générale|Le Conseil de sécurité|Le Conseil économique et social|Le Conseil des droits de l[’']homme)\\s*${COMMA}?$`, 'iu'),
	new RegExp(`^(?:La Asamblea General|El Consejo de Seguridad|El Consejo Económico y Social|El Consejo de Derechos Humanos)\\s*${COMMA}?$`, 'iu'),
	new RegExp(`^(?:Генеральная Ассамблея|Совет Безопасности|Экономический и Социальный Совет|Совет по правам человека)\\s*${COMMA}$`, 'iu'),
	new RegExp(`^(?:大会|安全理事会|安理会|经济及社会理事会|经社理事会|人权理事会)\\s*${COMMA}$`, 'u'),
	new RegExp(`^إن\\s+(?:الجمعية العامة|مجلس الأمن|المجلس الاقتصادي والاجتماعي|مجلس حقوق الإنسان)\\s*${COMMA}?$`, 'u'),
];

/** Number-and-title and number lines, in every language's layout. */
const NUMBER_LINES: readonly RegExp[] = [
	// "73/218. Title", "2025/3. Title"; the title must start with a letter so that fractions and dates do not match.
	/^\d{1,4}\/\d{1,4}\.\s+\p{L}/u,
	// Arabic writes "75/202. - title" or "79/75 title" with no full stop.
	/^\d{1,4}\/\d{1,4}\s*(?:\.\s*)?(?:-\s*)?[\u0600-\u06FF]/u,
	// Security Council: "Resolution 2334 (2016)" and its translations.
	/^(?:Resolution|Résolution|Resolución|Резолюция|القرار)\s+\d{1,5}\s*\(\d{4}\)\s*[,.]?$/iu,
	// Security Council in Chinese: "第2732(2024)号决议", with ASCII or full-width parentheses.
	/^第\s*\d{1,5}\s*[(（]\d{4}[)）]\s*号决议$/u,
	// A resolution or draft-resolution symbol standing alone, as in a masthead: "A/RES/79/75", "A/C.2/80/L.12".
	/^(?:A|E|S)(?:\/HRC)?\/RES\/\d+(?:\/\d+|\s*\(\d{4}\))$/u,
	/^A\/(?:C\.\d\/)?\d{1,3}\/L\.\d+(?:\/Rev\.\d+)?$/u,
];

/**
 * Whether `text` looks like a UN resolution or draft resolution, judged from its first lines.
 *
 * Markdown decoration (emphasis, heading and quote markers) is ignored, so `**The General Assembly**,` counts.
 */
export function looksLikeResolution(text: string): boolean {
	let seen = 0;
	for (const rawLine of text.slice(0, SCAN_CHARACTERS).split(/\r\n|\r|\n/)) {
		const line = normaliseLine(rawLine);
		if (line.length === 0) {
			continue;
		}
		if (ORGAN_LINES.some(pattern => pattern.test(line)) || NUMBER_LINES.some(pattern => pattern.test(line))) {
			return true;
		}
		seen++;
		if (seen >= SCAN_NON_EMPTY_LINES) {
			return false;
		}
	}
	return false;
}

/** Removes what Markdown and word processors add around a line, and folds no-break spaces into plain ones. */
function normaliseLine(line: string): string {
	return line
		.replace(/[*_]/g, '')
		.replace(/^\s*(?:#{1,6}|>)\s*/, '')
		.replace(/[\u00A0\u202F\u2007]/g, ' ')
		.trim();
}
