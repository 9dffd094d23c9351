/**
 * Chinese for the messages about a draft's structure: numbering, footnotes, endings, negotiation brackets and
 * the fixes that renumber. Keyed by the English template as the rules write it (see localize.ts). Where a rule
 * picks between fixed words ("after"/"before", "is"/"are"), each choice is its own template, so the Chinese
 * sentence can be written whole; a template that is a prefix of a longer one comes after it, because the first
 * template that matches wins.
 */
// The languages and sub-paragraph levels as numbering.ts and placement.ts name them.
const LANGUAGES: Readonly<Record<string, string>> = {
	English: '英文', Chinese: '中文', French: '法文', Spanish: '西班牙文', Russian: '俄文', Arabic: '阿拉伯文',
};
const LEVELS: Readonly<Record<string, string>> = {
	'first-level': '第一级', 'second-level': '第二级', 'third-level': '第三级', 'fourth-level': '第四级',
};

function byLanguage(entries: (name: string) => Record<string, string>): Record<string, string> {
	return Object.assign({}, ...Object.keys(LANGUAGES).map(entries));
}

function bySubParagraphLevel(): Record<string, string> {
	return byLanguage(name => Object.fromEntries(Object.entries(LEVELS).map(([level, chinese]) => [
		`In ${name} texts, ${level} sub-paragraphs are labelled {0}, {1} …, not {2}.`,
		`${LANGUAGES[name]}文本中的${chinese}分段应依次标为 {0}、{1} ……，而不是 {2}。`,
	])));
}

export const ZH_STRUCTURE: Readonly<Record<string, string>> = {
	// numbering.ts
	'A resolution with a single operative paragraph leaves it unnumbered.': '决议只有一个执行段落时，该段不编号。',
	'Remove the paragraph number': '删除段落编号',
	'The paragraph before is numbered {0}.': '前一段的编号为 {0}。',
	'Operative paragraphs are numbered from 1, but the first one is numbered {0}.': '执行段落应从 1 开始编号，但第一段的编号为 {0}。',
	'Operative paragraph number {0} is used twice.': '执行段落编号 {0} 使用了两次。',
	'Operative paragraph {0} follows {1}: number {2} is missing.': '执行部分第 {0} 段接在第 {1} 段之后：缺少第 {2} 段。',
	'Operative paragraph {0} follows {1}: number {2} to {3} are missing.': '执行部分第 {0} 段接在第 {1} 段之后：缺少第 {2} 至第 {3} 段。',
	'Operative paragraph {0} comes after {1}: the numbers must rise by one.': '执行部分第 {0} 段排在第 {1} 段之后：编号应逐一递增。',
	// The language and the level ("English", "first-level") come from the rule's closed word lists, so each
	// combination is a template of its own (below) and reads in Chinese; this one catches a name added later.
	...bySubParagraphLevel(),
	'In {0} texts, {1} sub-paragraphs are labelled {2}, {3} …, not {4}.': '{0} 文本中的 {1} 分段应依次标为 {2}、{3} ……，而不是 {4}。',
	'Sub-paragraph {0} is labelled in another style than {1} above it.': '分段 {0} 的标号样式与上方的 {1} 不同。',
	'The list starts at {0}; it should start at {1}.': '该列分段从 {0} 开始；应从 {1} 开始。',
	'Sub-paragraph {0} follows {1}; expected {2}.': '分段 {0} 接在 {1} 之后；此处应为 {2}。',
	// footnotes.ts
	'Footnote marker {0} has no footnote text.': '脚注标号 {0} 没有对应的脚注案文。',
	'Footnote {0} has a second text; each number is defined once.': '脚注 {0} 有第二个案文；每个编号只能定义一次。',
	'Footnote {0} is first defined here.': '脚注 {0} 首次在此定义。',
	'Footnote {0} is not cited by any marker in the text.': '正文中没有任何标号引用脚注 {0}。',
	'Footnote {0} appears here for the first time, where footnote {1} is expected.': '脚注 {0} 在此首次出现，而此处应为脚注 {1}。',
	'Footnote {0} is cited again, as texts of the 73rd session and before did.': '脚注 {0} 被再次引用，这是第七十三届会议及以前各届文本的做法。',
	'Footnote {0} is cited again; resolutions now repeat a reference as a new footnote with the same text.': '脚注 {0} 被再次引用；现行决议将重复的引用列为案文相同的新脚注。',
	'Footnote {0} is first cited here.': '脚注 {0} 首次在此引用。',
	// placement.ts, by language as above, with the catch-all after.
	...byLanguage(name => ({
		[`In ${name} texts the footnote marker goes after the punctuation mark.`]: `${LANGUAGES[name]}文本中，脚注标号应置于标点符号之后。`,
		[`In ${name} texts the footnote marker goes before the punctuation mark.`]: `${LANGUAGES[name]}文本中，脚注标号应置于标点符号之前。`,
	})),
	'In {0} texts the footnote marker goes after the punctuation mark.': '{0} 文本中，脚注标号应置于标点符号之后。',
	'In {0} texts the footnote marker goes before the punctuation mark.': '{0} 文本中，脚注标号应置于标点符号之前。',
	'Put the marker after the punctuation mark': '将标号移至标点符号之后',
	'Put the marker before the punctuation mark': '将标号移至标点符号之前',
	'In French, "{0}" takes a no-break space before it.': '法文中，“{0}”之前应加不间断空格。',
	'Put a no-break space before the mark': '在该标点之前加不间断空格',
	// punctuation.ts; "…, not …" before the shorter form it extends.
	'The organ line takes "{0}" when preambular paragraphs follow.': '其后有序言段落时，机构名称行应以“{0}”结尾。',
	'A preambular paragraph ends with "{0}", not "{1}".': '序言段落应以“{0}”结尾，而不是“{1}”。',
	'A preambular paragraph ends with "{0}".': '序言段落应以“{0}”结尾。',
	'An operative paragraph other than the last ends with "{0}", not "{1}".': '除最后一段外，执行段落应以“{0}”结尾，而不是“{1}”。',
	'An operative paragraph other than the last ends with "{0}".': '除最后一段外，执行段落应以“{0}”结尾。',
	'The last operative paragraph ends with "{0}", not "{1}".': '最后一个执行段落应以“{0}”结尾，而不是“{1}”。',
	'The last operative paragraph ends with "{0}".': '最后一个执行段落应以“{0}”结尾。',
	'Replace "{0}" with "{1}"': '将“{0}”改为“{1}”',
	'End the paragraph with "{0}"': '以“{0}”结束本段',
	// draft.ts
	'Paragraph {0} {1} was inserted during negotiations; number it in sequence once the text is agreed.': '第 {0} 段 {1} 是谈判期间插入的段落；案文商定后应按顺序编号。',
	'A "[…]" marks text still to be drafted.': '“[…]”表示尚待起草的案文。',
	'Bracketed alternatives "[{0}]" are still open; keep the agreed wording only.': '方括号内的备选案文“[{0}]”仍未商定；只应保留商定的措辞。',
	'"[{0}]" is in negotiation brackets; remove the brackets once the wording is agreed.': '“[{0}]”仍在谈判方括号内；措辞商定后应删除方括号。',
	'Keep the text and remove the brackets': '保留案文并删除方括号',
	'An opening negotiation bracket has no partner in this paragraph.': '本段中的左谈判方括号没有对应的右方括号。',
	'A closing negotiation bracket has no partner in this paragraph.': '本段中的右谈判方括号没有对应的左方括号。',
	// Fix titles of features/fixes/edits.ts and features/codeActions.ts.
	'Renumber the operative paragraphs': '重新为执行段落编号',
	'Renumber the footnotes in order of first appearance': '按首次出现的顺序重新为脚注编号',
	'Renumber the sub-paragraphs of this paragraph': '重新为本段的分段编号',
	'Add the text of footnote {0}': '添加脚注 {0} 的案文',
	'Fix all numbering and punctuation problems': '修正所有编号和标点问题',
};
