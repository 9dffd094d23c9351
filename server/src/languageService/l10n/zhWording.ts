/**
 * Chinese for the messages about a draft's wording and references: opening verbs, emphasis, agreement, the
 * heading's session, citation dates and document symbols. Keyed by the English template (see localize.ts).
 * A paragraph the rules describe as "preambular paragraph 3" or "operative paragraph 5" is spelt out in each
 * template, so that it reads 序言部分第 3 段 / 执行部分第 5 段 rather than keeping the English label; a template
 * that is a prefix of a longer one comes after it, because the first template that matches wins.
 */
export const ZH_WORDING: Readonly<Record<string, string>> = {
	// verbs.ts: a preambular form can only be misplaced in the operative part and the other way round.
	'"{0}" is a preambular form (a participle or an adjective), but it opens operative paragraph {1}. Write "{2}".': '“{0}”是序言段落的开头形式（分词或形容词），却用作执行部分第 {1} 段的开头。应写作“{2}”。',
	'"{0}" is a preambular form (a participle or an adjective), but it opens operative paragraph {1}.': '“{0}”是序言段落的开头形式（分词或形容词），却用作执行部分第 {1} 段的开头。',
	'"{0}" is an operative form (a verb in the present tense), but it opens preambular paragraph {1}. Write "{2}".': '“{0}”是执行段落的开头形式（现在时动词），却用作序言部分第 {1} 段的开头。应写作“{2}”。',
	'"{0}" is an operative form (a verb in the present tense), but it opens preambular paragraph {1}.': '“{0}”是执行段落的开头形式（现在时动词），却用作序言部分第 {1} 段的开头。',
	'"{0}" is not an opening phrase the vocabulary knows; preambular paragraph {1} usually opens with a preambular form (a participle or an adjective).': '词汇表中没有“{0}”这一开头用语；序言部分第 {1} 段通常以分词或形容词开头。',
	'"{0}" is not an opening phrase the vocabulary knows; operative paragraph {1} usually opens with an operative form (a verb in the present tense).': '词汇表中没有“{0}”这一开头用语；执行部分第 {1} 段通常以现在时动词开头。',
	'Preambular paragraph {0} does not open with a verb.': '序言部分第 {0} 段不以动词开头。',
	'Operative paragraph {0} does not open with a verb.': '执行部分第 {0} 段不以动词开头。',
	'Change to "{0}"': '改为“{0}”',
	// style.ts
	'The opening verb of preambular paragraph {0} is not emphasised, unlike {1} of the {2} preambular paragraphs.': '序言部分第 {0} 段的开头动词未加强调，而 {2} 个序言段落中有 {1} 个加了强调。',
	'The opening verb of preambular paragraph {0} is emphasised, unlike {1} of the {2} preambular paragraphs.': '序言部分第 {0} 段的开头动词加了强调，而 {2} 个序言段落中有 {1} 个未加强调。',
	'The opening verb of operative paragraph {0} is not emphasised, unlike {1} of the {2} operative paragraphs.': '执行部分第 {0} 段的开头动词未加强调，而 {2} 个执行段落中有 {1} 个加了强调。',
	'The opening verb of operative paragraph {0} is emphasised, unlike {1} of the {2} operative paragraphs.': '执行部分第 {0} 段的开头动词加了强调，而 {2} 个执行段落中有 {1} 个未加强调。',
	'Emphasise "{0}"': '将“{0}”设为强调',
	'Remove the emphasis from "{0}"': '取消“{0}”的强调',
	// verbRepetition.ts and the marker fixes of verbForms.ts (also punctuation.ts's "Add ","").
	'"{0}" repeats the opening verb of preambular paragraph {1} without a marker; a repeated verb reads "{2}".': '“{0}”重复了序言部分第 {1} 段的开头动词，但没有表示重复的词语；重复的动词应写作“{2}”。',
	'"{0}" repeats the opening verb of operative paragraph {1} without a marker; a repeated verb reads "{2}".': '“{0}”重复了执行部分第 {1} 段的开头动词，但没有表示重复的词语；重复的动词应写作“{2}”。',
	'The verb is first used in preambular paragraph {0}.': '该动词首次用于序言部分第 {0} 段。',
	'The verb is first used in operative paragraph {0}.': '该动词首次用于执行部分第 {0} 段。',
	'Add "{0}"': '添加“{0}”',
	// agreement.ts; the organ's name is written in the draft's language and stays so.
	'"{0}" is feminine; it should agree with {1}: "{2}".': '“{0}”是阴性形式，应与“{1}”的性一致：“{2}”。',
	'"{0}" is masculine; it should agree with {1}: "{2}".': '“{0}”是阳性形式，应与“{1}”的性一致：“{2}”。',
	'"{0}" is feminine; it should agree with {1}.': '“{0}”是阴性形式，应与“{1}”的性一致。',
	'"{0}" is masculine; it should agree with {1}.': '“{0}”是阳性形式，应与“{1}”的性一致。',
	'Write "{0}"': '改为“{0}”',
	// header.ts; the heading elements ("adoption date 24 December 2018") and periods ("the 73rd session") are
	// the rule's English labels and stay as written.
	'The closing date {0} differs from the adoption date {1}; the closing formula gives the date of adoption.': '结尾日期 {0} 与通过日期 {1} 不一致；结尾套语所载应为通过日期。',
	'The adoption line gives {0}.': '通过日期行所载日期为 {0}。',
	'The {0} falls outside {1} (September {2} to September {3}), which {4} points to.': '{0} 不在 {4} 所指的 {1}（{2} 年 9 月至 {3} 年 9 月）之内。',
	'The {0} falls outside {1} (September {2} to September {3}), which {4} point to.': '{0} 不在 {4} 所指的 {1}（{2} 年 9 月至 {3} 年 9 月）之内。',
	'The {0} falls outside {1}, which {2} points to.': '{0} 不在 {2} 所指的 {1} 之内。',
	'The {0} falls outside {1}, which {2} point to.': '{0} 不在 {2} 所指的 {1} 之内。',
	'The {0} points to {1}, but {2} points to {3}.': '{0} 指向 {1}，但 {2} 指向 {3}。',
	'The {0} points to {1}, but {2} point to {3}.': '{0} 指向 {1}，但 {2} 指向 {3}。',
	'The {0} points to {1}.': '{0} 指向 {1}。',
	// citations.ts writes its own Chinese for Chinese drafts; these are its English messages.
	'Resolution {0} is dated {1}, not {2} (source: {3}).': '第 {0} 号决议的日期是 {1}，而不是 {2}（来源：{3}）。',
	'Decision {0} is dated {1}, not {2} (source: {3}).': '第 {0} 号决定的日期是 {1}，而不是 {2}（来源：{3}）。',
	'Change to {0}': '改为 {0}',
	// symbols.ts; the reasons are the rule's English list and stay as written.
	'"{0}" is not a well-formed document symbol: {1}. Did you mean {2}?': '“{0}”不是格式正确的文号：{1}。是否应为 {2}？',
	'"{0}" is not a well-formed document symbol: {1}.': '“{0}”不是格式正确的文号：{1}。',
};
