import type { LanguageVocabulary } from './types';
import { BEFORE_ARABIC_PREPOSITION, rowsToEntries, withRepetitionVariants, withArabicGenders, type Row } from './phrases';

// Arabic openers: the first preambular paragraph opens with "إذ" and an imperfect verb, later ones with "وإذ"
// (or "وقد" and a perfect for "Having …"); operative paragraphs open with the bare imperfect (R71). Verbs agree
// with the organ, so each row here is the feminine form of the General Assembly and the masculine twin of the
// councils is derived (phrases.ts). Attested = seen in the Arabic versions of the corpus resolutions or a ✓
// cell of drafting-rules.md §3.
const ROWS: readonly Row[] = [
	['recall', 'إذ تشير إلى', 'preambular', true],
	['recall', 'وإذ تشير إلى', 'preambular', true],
	['recall', 'وإذ تشير بارتياح إلى', 'preambular', true],
	['reaffirm', 'إذ تؤكد من جديد', 'preambular', false],
	['reaffirm', 'وإذ تؤكد من جديد', 'preambular', true],
	['reaffirm', 'وإذ تعيد تأكيد', 'preambular', true],
	['reiterate', 'وإذ تكرر تأكيد', 'preambular', true],
	['recognize', 'وإذ تنوه ب', 'preambular', true],
	['recognize', 'وإذ تسلّم ب', 'preambular', true],
	['acknowledge', 'وإذ تقر ب', 'preambular', true],
	['take-note', 'وإذ تحيط علما ب', 'preambular', true],
	['note', 'إذ تلاحظ', 'preambular', true],
	['note', 'وإذ تلاحظ', 'preambular', true],
	['note', 'وإذ تلاحظ بقلق بالغ', 'preambular', true],
	['note', 'وإذ تلاحظ بارتياح', 'preambular', true],
	['note', 'إذ تلاحظ مع القلق', 'preambular', true],
	['stress', 'وإذ تشدد على', 'preambular', true],
	['stress', 'وإذ تشدد، مع ذلك، على', 'preambular', true],
	['emphasize', 'وإذ تؤكد', 'preambular', true],
	['aware', 'وإذ تدرك', 'preambular', true],
	['welcome', 'وإذ ترحب ب', 'preambular', true],
	['support', 'وإذ تعرب عن دعمها ل', 'preambular', false],
	['express', 'وإذ تعرب عن', 'preambular', false],
	['call-upon', 'وإذ تدعو', 'preambular', true],
	['bear-in-mind', 'وإذ تضع في اعتبارها', 'preambular', false],
	['have-considered', 'وقد نظرت في', 'preambular', true],
	['guided', 'وإذ تسترشد ب', 'preambular', false],
	['regret', 'وإذ تأسف', 'preambular', false],
	['commend', 'وإذ تثني على', 'preambular', false],
	['recognize', 'تسلّم ب', 'operative', true],
	['recognize', 'تسلّم في هذا الصدد ب', 'operative', true],
	['acknowledge', 'تقر', 'operative', true],
	['welcome', 'ترحب ب', 'operative', true],
	['reaffirm', 'تؤكد من جديد', 'operative', true],
	['reaffirm', 'تؤكد مجددا', 'operative', true],
	['emphasize', 'تؤكد', 'operative', true],
	['stress', 'تشدد على', 'operative', true],
	['encourage', 'تشجع على', 'operative', true],
	['encourage', 'تشجع', 'operative', true],
	['note', 'تلاحظ', 'operative', true],
	['urge', 'تحث على', 'operative', true],
	['recall', 'تشير إلى', 'operative', true],
	['call-upon', 'تهيب ب', 'operative', true],
	['invite', 'تدعو', 'operative', true],
	['request', 'تطلب إلى', 'operative', true],
	['decide', 'تقرر', 'operative', true],
	['recognize', 'تنوه ب', 'operative', true],
	['take-note', 'تحيط علما ب', 'operative', true],
	['take-note', 'تحيط علما', 'operative', true],
	['commend', 'تثني على', 'operative', true],
	['recommend', 'توصي', 'operative', false],
	['condemn', 'تدين', 'operative', false],
	['express', 'تعرب عن', 'operative', false],
];

const MARKERS = ['أيضا', 'كذلك'];

export const arabic: LanguageVocabulary = {
	language: 'ar',
	entries: rowsToEntries(withRepetitionVariants(withArabicGenders(ROWS), MARKERS, BEFORE_ARABIC_PREPOSITION)),
	repetitionMarkers: MARKERS,
};
