import type { LanguageVocabulary, VerbEntry } from './types';

// Chinese uses one verb form in both parts (drafting-rules.md R69), so every entry is `both`; the part of a
// paragraph is told by its number and its final punctuation. Repetition prefixes (又, 还) and adverbs ending in
// 地 ("满意地注意到") are handled by the matcher, so only bare verbs are listed. Each row: concept, verb,
// attested in an official text.
type Row = [concept: string, verb: string, attested: boolean];

const ROWS: readonly Row[] = [
	['recall', '回顾', true],
	['reaffirm', '重申', true],
	['recognize', '确认', true],
	['recognize', '认识到', true],
	['acknowledge', '承认', true],
	['affirm', '申明', true],
	['note', '注意到', true],
	['take-note', '表示注意到', true],
	['take-note', '知悉', true],
	['welcome', '欢迎', true],
	['emphasize', '强调', true],
	['stress', '强调指出', true],
	['underline', '着重指出', true],
	['reiterate', '再次承诺', true],
	['support', '支持', true],
	['call-upon', '呼吁', true],
	['call-upon', '吁请', false],
	['urge', '促请', true],
	['urge', '敦促', true],
	['encourage', '鼓励', true],
	['invite', '邀请', true],
	['request', '请', true],
	['decide', '决定', true],
	['demand', '要求', false],
	['authorize', '授权', false],
	['commend', '赞扬', true],
	['express', '表示', false],
	['express-concern', '表示关切', false],
	['express-appreciation', '表示感谢', false],
	['condemn', '谴责', false],
	['strongly-condemn', '强烈谴责', false],
	['deplore', '痛惜', false],
	['regret', '惋惜', true],
	['consider', '认为', true],
	['recommend', '建议', true],
	['endorse', '核可', false],
	['approve', '核准', false],
	['adopt', '通过', false],
	['declare', '宣布', false],
	['bear-in-mind', '铭记', true],
	['have-considered', '审议了', true],
	['guided', '遵循', false],
	['guided', '以…为指导', false],
	['convinced', '深信', false],
	['aware', '意识到', true],
	['conscious', '认识到', false],
	['concerned', '关切', false],
	['alarmed', '震惊', false],
	['determined', '决心', false],
	['take-into-account', '考虑到', false],
	['look-forward', '期待', false],
];

function entries(): VerbEntry[] {
	return ROWS.map(([concept, phrase, attested]) => ({ phrase, part: 'both', concept, attested }));
}

export const chinese: LanguageVocabulary = {
	language: 'zh',
	entries: entries(),
	repetitionMarkers: ['又', '还'],
};
