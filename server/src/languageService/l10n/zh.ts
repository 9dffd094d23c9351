import { ZH_STRUCTURE } from './zhStructure';
import { ZH_WORDING } from './zhWording';

/**
 * The server's messages in Simplified Chinese, keyed by their English template. Each `{n}` is the n-th piece of
 * the English message that varies (a quoted text, a number, a reason). The artefact rules' messages are here; the
 * other rule families have their own files, so each stays readable beside the rules it translates.
 */
export const ZH_MESSAGES: Readonly<Record<string, string>> = {
	'A Word field error was left in the text: "{0}". Restore the reference it replaced.': '文本中残留了 Word 域错误：“{0}”。请恢复它所替换的引用。',
	'This text is not recognised as part of a resolution: {0}.': '无法将此文本识别为决议的组成部分：{0}。',
	'Remove the field error text': '删除域错误文本',
	...ZH_STRUCTURE,
	...ZH_WORDING,
};
