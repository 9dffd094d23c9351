import type { DocumentLanguage, Organ } from '../model/types';

/**
 * The words around resolution numbers in each language: the keyword before a number ("resolution",
 * "résolutions", "резолюцию", "القرار"), the organ names, the words that link a number to its date ("of", "du",
 * ", de", "от", "المؤرخ") and the separators of a list of numbers. Every expression is compiled once, here.
 */

/** Organ names as capture groups, longest first inside each language, so that "Economic and Social Council" wins over "Council". */
interface OrganNames {
	SC: string;
	ECOSOC: string;
	HRC: string;
	GA: string;
	/** A bare "Council", which names the document's own council, whichever it is. */
	COUNCIL: string;
}

const ORGAN_NAMES: Record<DocumentLanguage, OrganNames> = {
	en: {
		SC: 'Security\\s+Council', ECOSOC: 'Economic\\s+and\\s+Social\\s+Council', HRC: 'Human\\s+Rights\\s+Council',
		GA: '(?:General\\s+)?Assembly', COUNCIL: 'Council',
	},
	fr: {
		SC: 'Conseil\\s+de\\s+sécurité', ECOSOC: 'Conseil\\s+économique\\s+et\\s+social',
		HRC: 'Conseil\\s+des\\s+droits\\s+de\\s+l[’\']\\s?homme', GA: 'Assemblée(?:\\s+générale)?', COUNCIL: 'Conseil',
	},
	es: {
		SC: 'Consejo\\s+de\\s+Seguridad', ECOSOC: 'Consejo\\s+Económico\\s+y\\s+Social', HRC: 'Consejo\\s+de\\s+Derechos\\s+Humanos',
		GA: 'Asamblea(?:\\s+General)?', COUNCIL: 'Consejo',
	},
	ru: {
		SC: 'Совет\\p{L}*\\s+Безопасности', ECOSOC: 'Экономическ\\p{L}*\\s+и\\s+Социальн\\p{L}*\\s+Совет\\p{L}*',
		HRC: 'Совет\\p{L}*\\s+по\\s+правам\\s+человека', GA: '(?:Генеральн\\p{L}*\\s+)?Ассамбле\\p{L}*', COUNCIL: 'Совет\\p{L}*',
	},
	ar: {
		SC: 'مجلس\\s+الأمن', ECOSOC: 'المجلس\\s+الاقتصادي\\s+والاجتماعي', HRC: 'مجلس\\s+حقوق\\s+الإنسان',
		GA: 'الجمعية(?:\\s+العامة)?', COUNCIL: 'المجلس',
	},
	zh: {
		SC: '安全理事会|安理会', ECOSOC: '经济及社会理事会|经社理事会', HRC: '人权理事会', GA: '联合国大会|大会', COUNCIL: '理事会',
	},
};

/** The organs in the order of their capture groups in {@link organAlternatives}. */
const ORGAN_ORDER = ['SC', 'ECOSOC', 'HRC', 'GA', 'COUNCIL'] as const;

// Plain numbered groups, not named ones: a match of an expression with named groups builds a groups object,
// and every keyword, date link and organ look-back matched one.
function organAlternatives(language: DocumentLanguage): string {
	const names = ORGAN_NAMES[language];
	return ORGAN_ORDER.map(organ => `(${names[organ]})`).join('|');
}

/** Which organ a match of an expression built with {@link organAlternatives} names; 'COUNCIL' for a bare "Council". */
export type OrganMention = Exclude<Organ, 'unknown'> | 'COUNCIL';

/** The organ named by the organ groups of `match`, which start at group `firstGroup`. */
export function organOfMatch(match: RegExpExecArray, firstGroup: number): OrganMention | undefined {
	for (let i = 0; i < ORGAN_ORDER.length; i++) {
		if (match[firstGroup + i] !== undefined) {
			return ORGAN_ORDER[i];
		}
	}
	return undefined;
}

/** The first organ group of {@link ReferencePatterns.keyword}, after the decision group. */
export const KEYWORD_ORGAN_GROUP = 2;

export interface ReferencePatterns {
	/** Organ names anywhere (global): the last one before a citation names its organ. */
	organs: RegExp;
	/**
	 * A word every organ name contains ("Council", "Assembly"), so that a stretch without one is passed over
	 * without trying the organ names at every offset (not global).
	 */
	organWord: RegExp;
	/**
	 * A keyword, an optional organ name between keyword and number, and the space before the number (global).
	 * Group 1 is set for a decision; the organ groups start at {@link KEYWORD_ORGAN_GROUP}.
	 */
	keyword?: RegExp;
	/**
	 * What may stand before a keyword, tested on the few characters before it (end-anchored); without it, anything
	 * but a letter. Arabic attaches the article and prepositions to the word ("والقرار", "لقرار").
	 */
	keywordPrefix?: RegExp;
	/** An organ named right after the number: "résolution 2006/46 du Conseil" (sticky). */
	organAfter?: RegExp;
	/** The words between a number (or the organ after it) and its date (sticky). */
	dateLink?: RegExp;
	/** What may stand between two numbers of one list (sticky). */
	separator: RegExp;
	/** A further date after a date, for lettered parts adopted on different days: "A and B of 1 May and 2 June" (sticky). */
	nextDate?: RegExp;
}

// The Arabic keyword takes the article, a preposition or "and" in front and a plural, dual or pronoun ending
// behind: "القرار", "القرارات", "قرارها", "قراريها", "لقرار", "وبالقرار"; decisions are "مقرر". The prefix is
// checked by looking back from the stem, because an expression that starts with optional letters is tried slowly.
const ARABIC_PREFIX = /(?:^|[^\p{L}])[وف]?[بل]?(?:ال|ل)?$/u;
/** The longest Arabic prefix plus the character before it. */
export const KEYWORD_PREFIX_WINDOW = 5;
const ARABIC_AFFIXES_AFTER = '(?:ات|ين|ان|ي|ا)?(?:هما|هم|ها|ه)?(?![\\p{L}])';

// None of the keywords starts with a look-behind: the scanner checks what precedes a match, which is much
// cheaper than an assertion tried at every offset.
const KEYWORDS: Record<Exclude<DocumentLanguage, 'zh'>, string> = {
	en: '(?:([Dd]ecisions?)|[Rr]esolutions?)(?![\\p{L}])',
	fr: '(?:([Dd]écisions?)|[Rr]ésolutions?)(?![\\p{L}])',
	es: '(?:([Dd]ecisi(?:ón|ones))|[Rr]esoluci(?:ón|ones))(?![\\p{L}])',
	ru: '(?:([Рр]ешени\\p{L}*)|[Рр]езолюци\\p{L}*)',
	ar: `(?:(مقرر)|قرار)${ARABIC_AFFIXES_AFTER}`,
};

// Words between the keyword and the organ that follows it: "resoluciones del Consejo", "résolutions de l’Assemblée".
const ORGAN_LINKS: Record<Exclude<DocumentLanguage, 'zh'>, string> = {
	en: '(?:of\\s+the\\s+)',
	fr: '(?:du\\s+|de\\s+la\\s+|de\\s+l[’\']\\s?)',
	es: '(?:del\\s+|de\\s+la\\s+)',
	ru: '',
	ar: '',
};

// "No." and its equivalents sometimes stand between the keyword and the number.
const NUMBER_SIGN = '(?:(?:No|Nos|no|nos|n[º°o]|№)\\.?\\s*)?';

const DATE_LINKS: Record<Exclude<DocumentLanguage, 'zh'>, string> = {
	en: ',?\\s+(?:of|dated|adopted\\s+on)\\s+',
	fr: ',?\\s+(?:du|en\\s+date\\s+du)\\s+',
	es: ',?\\s+(?:de\\s+fecha\\s+|de\\s+)',
	ru: ',?\\s+от\\s+',
	ar: '،?\\s+المؤرخ\\p{L}*\\s+',
};

const CONJUNCTIONS = 'and|or|as\\s+well\\s+as|et|ou|y|e|o|и|или|а\\s+также|و|أو|和|及|以及|与';
const ANNEX = 'annexe?s?|anexos?|приложени[ея]|المرفق|附件';
const LIST_PUNCTUATION = '[\\s,،、，]*';
const SEPARATOR = `${LIST_PUNCTUATION}(?:(?:${ANNEX})${LIST_PUNCTUATION})?(?:(?:${CONJUNCTIONS})(?![\\p{L}])\\s*)?`;
const NEXT_DATE = `\\s*(?:,|${CONJUNCTIONS})\\s*`;

// Every alternative of ORGAN_NAMES contains one of these words ("المجلس" contains "مجلس", "安全理事会" contains "理事会").
const ORGAN_WORDS: Record<DocumentLanguage, string> = {
	en: 'Council|Assembly',
	fr: 'Conseil|Assemblée',
	es: 'Consejo|Asamblea',
	ru: 'Совет|Ассамбле',
	ar: 'مجلس|الجمعية',
	zh: '理事会|安理会|大会',
};

function build(language: DocumentLanguage): ReferencePatterns {
	const organs = organAlternatives(language);
	const separator = new RegExp(SEPARATOR, 'uy');
	if (language === 'zh') {
		return { organs: new RegExp(organs, 'gu'), organWord: new RegExp(ORGAN_WORDS.zh, 'u'), separator };
	}
	return {
		organs: new RegExp(organs, 'giu'),
		organWord: new RegExp(ORGAN_WORDS[language], 'iu'),
		keyword: new RegExp(`${KEYWORDS[language]}(?:\\s+${ORGAN_LINKS[language]}(?:${organs}))?\\s*${NUMBER_SIGN}`, 'gu'),
		keywordPrefix: language === 'ar' ? ARABIC_PREFIX : undefined,
		organAfter: new RegExp(`\\s+${ORGAN_LINKS[language]}(?:${organs})`, 'iuy'),
		dateLink: new RegExp(DATE_LINKS[language], 'uy'),
		separator,
		nextDate: new RegExp(NEXT_DATE, 'uy'),
	};
}

const PATTERNS: Record<DocumentLanguage, ReferencePatterns> = {
	en: build('en'), fr: build('fr'), es: build('es'), ru: build('ru'), ar: build('ar'), zh: build('zh'),
};

export function referencePatterns(language: DocumentLanguage): ReferencePatterns | undefined {
	return PATTERNS[language];
}

const LETTER = /\p{L}/u;

/**
 * Whether a letter stands right before `offset` (which a keyword may not follow). Most keywords follow a space: an
 * ASCII character is a letter when it is A to Z in either case, and only the others are left to the letter class.
 */
export function isLetterBefore(text: string, offset: number): boolean {
	const code = text.charCodeAt(offset - 1);
	if (code < 0x80 || Number.isNaN(code)) {
		return (code >= 0x41 && code <= 0x5A) || (code >= 0x61 && code <= 0x7A);
	}
	return LETTER.test(text.charAt(offset - 1));
}

/**
 * Whether the character at `index` ends the clause in which an organ name can still qualify a citation (";",
 * a line break, "。", "；", "؛"). Compared by code, since every citation looks back over a clause.
 */
export function isClauseEnd(text: string, index: number): boolean {
	switch (text.charCodeAt(index)) {
		case 0x3B: case 0x0A: case 0x3002: case 0xFF1B: case 0x061B:
			return true;
		default:
			return false;
	}
}

/** The characters for which {@link isClauseEnd} holds, found by one pass of an expression over a stretch. */
const CLAUSE_END = /[;\n\u3002\uFF1B\u061B]/g;

/**
 * The offset in `stretch` of its last clause end, or -1. A loop back over character codes cost twice as much: the
 * texts are slices of the document, which every charCodeAt unwraps.
 */
export function lastClauseEnd(stretch: string): number {
	CLAUSE_END.lastIndex = 0;
	let last = -1;
	while (CLAUSE_END.test(stretch)) {
		last = CLAUSE_END.lastIndex - 1;
	}
	return last;
}
