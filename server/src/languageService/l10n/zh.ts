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
	// The notice of diagnostics/limit.ts when a document has more findings than unResolution.maxProblems; the
	// setting's name is a placeholder, since it is an identifier to type, not a word to translate.
	'1 more finding was not shown: only the {0} most severe are listed (setting {1}).':
		'另有 1 项检查结果未显示：只列出了最严重的 {0} 项（设置 {1}）。',
	'{0} more findings were not shown: only the {1} most severe are listed (setting {2}).':
		'另有 {0} 项检查结果未显示：只列出了最严重的 {1} 项（设置 {2}）。',
	...ZH_STRUCTURE,
	...ZH_WORDING,
};
