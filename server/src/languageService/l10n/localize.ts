import { ZH_MESSAGES } from './zh';

/** The interface languages the server's messages exist in; the drafts' own language is another matter. */
export type UiLanguage = 'en' | 'zh';

/**
 * The interface language for a locale as clients send it in `initialize` (VS Code sends its display language,
 * "zh-cn"). Only Simplified Chinese has a catalogue; every other locale reads English.
 */
export function uiLanguage(locale: string | undefined): UiLanguage {
	return /^zh(?:$|[-_](?:cn|hans|sg))/i.test(locale ?? '') ? 'zh' : 'en';
}

/**
 * Translates whole messages by their English template, the way `vscode.l10n` keys its bundles: a catalogue maps
 * "A Word field error was left in the text: \"{0}\". …" to its Chinese text, and the arguments found in the English
 * message fill the Chinese one. Rules go on writing English sentences; a message whose template is not in the
 * catalogue stays English rather than half translated.
 */
export class MessageCatalogue {
	private readonly templates: Array<{ pattern: RegExp; translation: string }>;

	constructor(entries: Readonly<Record<string, string>>) {
		this.templates = Object.entries(entries).map(([english, translation]) => ({ pattern: templatePattern(english), translation }));
	}

	translate(message: string): string {
		for (const { pattern, translation } of this.templates) {
			const match = pattern.exec(message);
			if (match) {
				return translation.replace(/\{(\d+)\}/g, (placeholder, index: string) => match[Number(index) + 1] ?? placeholder);
			}
		}
		return message;
	}
}

const CATALOGUES: Partial<Record<UiLanguage, MessageCatalogue>> = {};

/** A message of the server in the interface language; English messages are returned as they are. */
export function localizeMessage(message: string, language: UiLanguage): string {
	if (language === 'en') {
		return message;
	}
	CATALOGUES.zh ??= new MessageCatalogue(ZH_MESSAGES);
	return CATALOGUES.zh.translate(message);
}

// "{0}" stands for any text; everything else must match exactly. Placeholders are numbered in the order they appear.
function templatePattern(template: string): RegExp {
	const parts = template.split(/\{\d+\}/).map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`^${parts.join('(.*?)')}$`, 's');
}
