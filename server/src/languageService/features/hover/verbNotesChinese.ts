import { verbNote } from '../completion/verbNotes';
import type { WordingLanguage } from '../../wording/language';

/**
 * What each opening verb signals, for Chinese drafts: the Chinese counterpart of the English notes the completion
 * shows (features/completion/verbNotes.ts), concept by concept. A concept without a Chinese note shows none rather
 * than an English sentence in a Chinese hover.
 */
const CHINESE_NOTES: Readonly<Record<string, string>> = {
	'recall': '援引构成本案文背景的以往决议、文书或事件，通常写明编号和日期。',
	'reaffirm': '重申本机构已采取的承诺或立场，效力与原先相同。',
	'recognize': '承认某一事实或原则有效；强于“注意到”，弱于“申明”。',
	'acknowledge': '承认某一事实或他方的工作，但不作评价。',
	'affirm': '坚定表明本机构的立场。',
	'note': '中性地记录某一事实，不表示赞同或反对。',
	'take-note': '记录已收到某一文件或出现某一情况，有意不认可其内容。',
	'welcome': '对某一进展、报告或倡议表示赞许。',
	'emphasize': '特别强调某一点；在多数案文中与“强调指出”可互换。',
	'stress': '特别强调某一点；常用于已有的义务。',
	'underline': '标明某一点尤为重要。',
	'reiterate': '重复以往的呼吁或立场，表明尚未得到落实。',
	'support': '表示支持某项倡议、进程或机构。',
	'call-upon': '向本机构以外的国家或其他行为体提出明确要求。',
	'call-on': '向本机构以外的国家或其他行为体提出明确要求。',
	'commend': '赞扬具名行为体的工作或成就。',
	'express': '表达本机构的态度：关切、感谢、遗憾、支持。',
	'express-concern': '表明本机构对某一局势感到关切。',
	'express-appreciation': '感谢具名行为体的工作或贡献。',
	'condemn': '以通常最严厉的措辞谴责某一行为。',
	'strongly-condemn': '以本机构使用的最严厉措辞谴责某一行为。',
	'deplore': '表示强烈不满，但程度不及谴责。',
	'regret': '对发生或未发生的事表示失望。',
	'consider': '表明本机构对某一问题的看法。',
	'encourage': '以支持性、非约束性的方式请有关方面采取行动。',
	'urge': '强烈敦促采取行动；语气强于“鼓励”和“邀请”。',
	'invite': '礼貌地、不具约束力地请有关方面采取行动或参与。',
	'request': '请本机构权限下的机构（通常是秘书长）采取行动或提出报告。',
	'decide': '作出本机构的决定；多数决议中语气最强的执行部分动词。',
	'demand': '要求遵守；主要由安全理事会使用。',
	'authorize': '授予采取行动的任务或许可；主要由安全理事会使用。',
	'endorse': '正式认可在别处拟订的案文或建议。',
	'approve': '正式核准，通常针对预算、方案或报告。',
	'adopt': '将宣言或行动纲领等案文作为本机构自己的案文予以通过。',
	'recommend': '建议其他机构或国家采取行动；经济及社会理事会提交大会的案文中常见。',
	'declare': '作出正式声明，例如宣布某项原则或国际日。',
	'look-forward': '表示期待未来的某一事件或报告。',
	'bear-in-mind': '将某一考虑因素铭记在心而不直接据此行动；仅用于序言部分。',
	'take-into-account': '表明已权衡某一考虑因素。',
	'have-considered': '表明本机构在采取行动前已审议某一报告或项目；仅用于序言部分。',
	'guided': '指明指导本行动的原则或文书，通常是《宪章》。',
	'convinced': '表明促成本行动的坚定信念。',
	'aware': '表明本机构了解某一事实或风险。',
	'conscious': '表明本机构意识到某一事实或责任。',
	'concerned': '表明本机构对某一局势感到关切。',
	'alarmed': '表明某一局势已恶化到令人震惊的程度。',
	'determined': '表明本机构实现某一目标的决心。',
};

/** What the verb of a concept signals, in the hover's language. */
export function verbSignal(concept: string | undefined, language: WordingLanguage): string | undefined {
	if (!concept) {
		return undefined;
	}
	// French, Spanish, Russian and Arabic notes are not written yet: no note beats an English one in their hovers.
	return language === 'zh' ? CHINESE_NOTES[concept] : language === 'en' ? verbNote(concept) : undefined;
}
