import type { LanguageVocabulary } from './types';
import { AFTER_PHRASE, rowsToEntries, withRepetitionVariants, type Row } from './phrases';

// Spanish openers: gerunds in the preamble ("Recordando"), third-person verbs in the operative part ("Decide");
// adjectives agree with the organ (la Asamblea: "Convencida"; el Consejo: "Convencido"). Attested = seen in
// the Spanish versions of the corpus resolutions or a ✓ cell of drafting-rules.md §3.
const ROWS: readonly Row[] = [
	['recall', 'Recordando', 'preambular', true],
	['recall', 'Recordando con satisfacción', 'preambular', true],
	['reaffirm', 'Reafirmando', 'preambular', true],
	['recognize', 'Reconociendo', 'preambular', true],
	['take-note', 'Tomando nota', 'preambular', true],
	['note', 'Observando', 'preambular', true],
	['note', 'Observando con gran preocupación', 'preambular', true],
	['note', 'Observando con grave preocupación', 'preambular', true],
	['note', 'Observando con satisfacción', 'preambular', true],
	['note', 'Observando con preocupación', 'preambular', false],
	['stress', 'Destacando', 'preambular', true],
	['emphasize', 'Poniendo de relieve', 'preambular', true],
	['reiterate', 'Reiterando', 'preambular', true],
	['welcome', 'Acogiendo con beneplácito', 'preambular', true],
	['support', 'Apoyando', 'preambular', true],
	['call-upon', 'Exhortando', 'preambular', true],
	['conscious', 'Consciente', 'preambular', true],
	['bear-in-mind', 'Teniendo presente', 'preambular', false],
	['have-examined', 'Habiendo examinado', 'preambular', true],
	['consider', 'Considerando', 'preambular', false],
	['convinced', 'Convencida', 'preambular', false, 'feminine'],
	['convinced', 'Convencido', 'preambular', false, 'masculine'],
	['guided', 'Guiada por', 'preambular', false, 'feminine'],
	['guided', 'Guiado por', 'preambular', false, 'masculine'],
	['concerned', 'Preocupada', 'preambular', false, 'feminine'],
	['concerned', 'Preocupado', 'preambular', false, 'masculine'],
	['regret', 'Lamentando', 'preambular', false],
	['commend', 'Encomiando', 'preambular', false],
	['recognize', 'Reconoce', 'operative', true],
	['welcome', 'Acoge con beneplácito', 'operative', true],
	['reaffirm', 'Reafirma', 'operative', true],
	['stress', 'Destaca', 'operative', true],
	['encourage', 'Alienta', 'operative', true],
	['note', 'Observa', 'operative', true],
	['urge', 'Insta', 'operative', true],
	['recall', 'Recuerda', 'operative', true],
	['call-upon', 'Exhorta', 'operative', true],
	['invite', 'Invita', 'operative', true],
	['request', 'Solicita', 'operative', true],
	['request', 'Pide', 'operative', false],
	['decide', 'Decide', 'operative', true],
	['emphasize', 'Pone de relieve', 'operative', true],
	['underline', 'Subraya', 'operative', true],
	['take-note', 'Toma nota', 'operative', true],
	['commend', 'Encomia', 'operative', true],
	['affirm', 'Afirma', 'operative', true],
	['condemn', 'Condena', 'operative', false],
	['demand', 'Exige', 'operative', false],
	['authorize', 'Autoriza', 'operative', false],
	['recommend', 'Recomienda', 'operative', false],
	['express', 'Expresa', 'operative', false],
];

const MARKERS = ['también', 'además'];

export const spanish: LanguageVocabulary = {
	language: 'es',
	entries: rowsToEntries(withRepetitionVariants(ROWS, MARKERS, AFTER_PHRASE)),
	repetitionMarkers: MARKERS,
};
