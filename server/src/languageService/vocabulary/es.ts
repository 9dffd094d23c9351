import type { LanguageVocabulary } from './types';
import { phrasesToEntries } from './phrases';

// Opening phrases seen in the es versions of the corpus resolutions (shared/reference/aligned-openers.md), each
// attested in an official text. The concept key is left to a later issue that links equivalents across languages.
const PREAMBULAR: readonly string[] = [
	'Recordando',
	'Recordando también',
	'Reafirmando',
	'Reafirmando también',
	'Reafirmando además',
	'Reconociendo',
	'Reconociendo también',
	'Reconociendo además',
	'Recordando además',
	'Tomando nota',
	'Tomando nota también',
	'Observando',
	'Observando también',
	'Destacando, sin embargo',
	'Destacando también',
	'Observando con gran preocupación',
	'Observando además',
	'Consciente',
	'Reiterando',
	'Observando con grave preocupación',
	'Recordando con satisfacción',
	'Acogiendo con beneplácito',
	'Acogiendo con beneplácito también',
	'Acogiendo con beneplácito además',
	'Observando con satisfacción',
	'Observando con satisfacción también',
	'Poniendo de relieve',
	'Apoyando',
	'Exhortando',
];

const OPERATIVE: readonly string[] = [
	'Reconoce',
	'Acoge con beneplácito',
	'Reafirma',
	'Destaca',
	'Alienta',
	'Observa',
	'Observa también',
	'Insta',
	'Reconoce, a este respecto',
	'Acoge con beneplácito también',
	'Acoge con beneplácito además',
	'Reconoce también',
	'Reconoce además',
	'Recuerda',
	'Exhorta',
	'Invita',
	'Solicita',
	'Decide',
	'Pone de relieve',
	'Subraya',
	'Solicita también',
	'Toma nota',
	'Encomia',
	'Afirma',
];

export const spanish: LanguageVocabulary = {
	language: 'es',
	entries: phrasesToEntries(PREAMBULAR, OPERATIVE),
	repetitionMarkers: ['también', 'además'],
};
