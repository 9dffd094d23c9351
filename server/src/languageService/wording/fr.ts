import type { LanguagePack } from './pack';

/**
 * French wording for decoded symbols and hovers, in the terms of the French UN texts (session lines
 * "Soixante-quinzième session", "Point 16 de l’ordre du jour", dates "25 septembre 2015", R58).
 */

const UNITS = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze',
	'treize', 'quatorze', 'quinze', 'seize'];
const TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

/** French cardinal from 1 to 99 in the traditional spelling the UN keeps ("soixante et onze", "quatre-vingts"). */
function cardinalBelowHundred(value: number): string {
	if (value <= 16) {
		return UNITS[value];
	}
	if (value < 20) {
		return `dix-${UNITS[value - 10]}`;
	}
	const tens = Math.floor(value / 10);
	const units = value % 10;
	if (tens <= 6) {
		return `${TENS[tens]}${units === 0 ? '' : units === 1 ? ' et un' : `-${UNITS[units]}`}`;
	}
	if (tens === 7) {
		return value === 71 ? 'soixante et onze' : `soixante-${cardinalBelowHundred(value - 60)}`;
	}
	return value === 80 ? 'quatre-vingts' : `quatre-vingt-${cardinalBelowHundred(value - 80)}`;
}

/** The feminine ordinal a "session" takes ("première", "soixante-treizième"); figures beyond 999. */
export function frenchOrdinal(value: number): string {
	if (!Number.isInteger(value) || value < 1 || value > 999) {
		return `${value}e`;
	}
	if (value === 1) {
		return 'première';
	}
	const hundreds = Math.floor(value / 100);
	const rest = value % 100;
	const head = hundreds === 0 ? '' : hundreds === 1 ? 'cent' : `${UNITS[hundreds]} cent${rest === 0 ? 's' : ''}`;
	const cardinal = [head, rest > 0 ? cardinalBelowHundred(rest) : ''].filter(Boolean).join(' ');
	// The ordinal suffix goes on the last word only: "cinq" → "cinquième", "neuf" → "neuvième", "vingts" → "vingtième".
	const last = /[a-zé]+$/.exec(cardinal)![0];
	const stem = last === 'cinq' ? 'cinqu' : last === 'neuf' ? 'neuv' : last.replace(/s$/, '').replace(/e$/, '');
	return `${cardinal.slice(0, -last.length)}${stem}ième`;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
	'novembre', 'décembre'];

const ORGANS = {
	GA: 'Assemblée générale',
	SC: 'Conseil de sécurité',
	ECOSOC: 'Conseil économique et social',
	HRC: 'Conseil des droits de l’homme',
	unknown: 'organe inconnu',
};

// "résolution 70/1 de l’Assemblée générale": French names the organ after the number, with its article.
const OF_ORGAN = new Map<string, string>([
	[ORGANS.GA, 'de l’Assemblée générale'],
	[ORGANS.SC, 'du Conseil de sécurité'],
	[ORGANS.ECOSOC, 'du Conseil économique et social'],
	[ORGANS.HRC, 'du Conseil des droits de l’homme'],
]);

export const FRENCH: LanguagePack = {
	organs: ORGANS,
	date: (day, month, year) => `${day === 1 ? '1er' : day} ${MONTHS[month - 1]} ${year}`,
	names: {
		series: {
			A: 'Assemblée générale', S: 'Conseil de sécurité', E: 'Conseil économique et social', ST: 'Secrétariat',
			T: 'Conseil de tutelle', TD: 'Conférence des Nations Unies sur le commerce et le développement',
			UNEP: 'Programme des Nations Unies pour l’environnement', DP: 'Programme des Nations Unies pour le développement',
			ICEF: 'Fonds des Nations Unies pour l’enfance', CD: 'Conférence du désarmement', JIU: 'Corps commun d’inspection',
			PBC: 'Commission de consolidation de la paix', HRI: 'Instruments internationaux relatifs aux droits de l’homme',
		},
		bodies: {
			'A/C.1': 'Première Commission', 'A/C.2': 'Deuxième Commission', 'A/C.3': 'Troisième Commission',
			'A/C.4': 'Quatrième Commission', 'A/C.5': 'Cinquième Commission', 'A/C.6': 'Sixième Commission',
			'A/HRC': 'Conseil des droits de l’homme', 'A/CN.4': 'Commission du droit international',
			'A/CN.9': 'Commission des Nations Unies pour le droit commercial international',
			'A/CN.10': 'Commission du désarmement', 'E/CN.3': 'Commission de statistique',
			'E/CN.4': 'Commission des droits de l’homme', 'E/CN.5': 'Commission du développement social',
			'E/CN.6': 'Commission de la condition de la femme', 'E/CN.7': 'Commission des stupéfiants',
			'E/CN.9': 'Commission de la population et du développement',
			'E/CN.15': 'Commission pour la prévention du crime et la justice pénale',
			'E/CN.16': 'Commission de la science et de la technique au service du développement',
			'E/CN.17': 'Commission du développement durable', 'E/CN.18': 'Forum des Nations Unies sur les forêts',
			'E/HLPF': 'Forum politique de haut niveau pour le développement durable',
			'E/ECA': 'Commission économique pour l’Afrique', 'E/ECE': 'Commission économique pour l’Europe',
			'E/ESCAP': 'Commission économique et sociale pour l’Asie et le Pacifique',
			'E/ESCWA': 'Commission économique et sociale pour l’Asie occidentale',
			'TD/B': 'Conseil du commerce et du développement', 'ST/AI': 'instruction administrative',
			'ST/SGB': 'circulaire du Secrétaire général', 'ST/IC': 'circulaire d’information',
		},
		generic: {
			'AC.': 'comité spécial', 'C.': 'commission', 'CN.': 'commission', 'CONF.': 'conférence',
			'GC.': 'conseil d’administration', 'PC.': 'comité préparatoire', 'PC': 'comité préparatoire',
			'SC.': 'sous-comité', 'Sub.': 'sous-commission', 'WG.': 'groupe de travail',
		},
		special: {
			RES: 'résolution', DEC: 'décision', PRST: 'déclaration de la présidence', INF: 'document d’information',
			NGO: 'déclaration d’une organisation non gouvernementale', PET: 'pétition',
			L: 'document à distribution limitée', CRP: 'document de séance', PV: 'procès-verbal',
			SR: 'compte rendu analytique', WP: 'document de travail', R: 'document à distribution restreinte', SER: 'série',
		},
		modifiers: { Add: 'additif', Corr: 'rectificatif', Rev: 'révision', Amend: 'amendement', Summary: 'résumé' },
		parenthesis: {
			'Vol.': 'volume', Part: 'partie', Parts: 'parties', 'Sect.': 'chapitre', Resumption: 'reprise',
			SUPP: 'supplément',
		},
		generalCommittee: 'Bureau',
		draftNote: 'en général un projet',
	},
	phrasing: {
		separator: ', ',
		session(kind, value) {
			switch (kind) {
				case 'year': return String(value);
				case 'special': return `${frenchOrdinal(value)} session extraordinaire`;
				case 'emergency': return `${frenchOrdinal(value)} session extraordinaire d’urgence`;
				default: return `${frenchOrdinal(value)} session`;
			}
		},
		year: year => year,
		document: number => `document ${number}`,
		numbered: (kind, number, note) => `${kind} ${number}${note ? ` (${note})` : ''}`,
		resolution: (kind, cited) => `${kind} ${cited}`,
		meeting: (record, meeting) => `${record} de la ${meeting}e séance`,
		series: (kind, name) => `${kind} ${name}`,
		modifier: (kind, number) => number === undefined ? kind : `${kind} ${number}`,
		division: (kind, value) => `${kind} ${value}`,
		genericBody: (kind, rest) => rest ? `${kind} ${rest}` : kind,
		reissued: 'nouveau tirage pour raisons techniques',
		joint: parts => `cote commune, un même document publié pour ${parts.length} organes : ${parts.map(part => `${part.symbol} (${part.meaning})`).join(' ; ')}`,
	},
	hover: {
		footnote: number => `Note ${number}`,
		citedTimes: count => count === 1 ? 'appelée une fois' : `appelée ${count} fois`,
		citedIn: (count, places) => `${count === 1 ? 'appelée une fois' : `appelée ${count} fois`} : ${places}`,
		notCited: 'aucun appel de note ne renvoie à cette note',
		noFootnoteText: number => `La note ${number} n’a pas de texte.`,
		severalTexts: count => `${count} textes de note portent ce numéro.`,
		place(place) {
			switch (place.kind) {
				case 'preambular': return `alinéa ${place.index} du préambule`;
				case 'operative': return place.number !== undefined ? `paragraphe ${place.number} du dispositif` : 'le paragraphe du dispositif';
				case 'footnote': return `note ${place.number}`;
				default: return 'l’en-tête';
			}
		},
		list: items => items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`,
		operativeOf: (number, count, section) => `Paragraphe ${number} du dispositif sur ${count}${section ? `, partie ${section}` : ''}`,
		standsAt: position => `Il occupe la position ${position} : la numérotation est à vérifier.`,
		partName: part => part === 'preambular' ? 'préambule' : 'dispositif',
		formOf: part => part === 'both' ? 'ouvre des paragraphes des deux parties' : `forme du ${part === 'preambular' ? 'préambule' : 'dispositif'}`,
		repeated: 'répété (également, en outre)',
		equivalentsHeader: ['Langue', 'Préambule', 'Dispositif'],
		languageName: language => ({ en: 'anglais', fr: 'français', es: 'espagnol', ru: 'russe', zh: 'chinois', ar: 'arabe' })[language],
		field: name => `${({ title: 'Titre', subject: 'Objet', date: 'Date', symbol: 'Cote', source: 'Source', open: 'Ouvrir sur undocs.org' })[name]} : `,
		reference: (organ, kind, number) => `${kind === 'decision' ? 'Décision' : 'Résolution'} ${number} ${OF_ORGAN.get(organ) ?? ''}`,
		// French sets its guillemets and its semicolon off with (no-break) spaces.
		quote: text => `«\u00a0${text}\u00a0»`,
		sourceSeparator: ' ; ',
		dated: date => ` du ${date}`,
		noSymbol: 'Les décisions de cet organe ne paraissent pas sous forme de documents distincts : il n’y a pas de cote à ouvrir.',
		unknownOrgan: 'Le numéro seul ne dit pas quel organe a adopté le texte ; nommez-le (« résolution … du Conseil des droits de l’homme »).',
		dateMismatch: (cited, known) => `La citation indique le ${cited} ; le catalogue le date du ${known}.`,
		reportFor: symbol => `Rapport sur la base duquel ${symbol} a été adopté.`,
		source(source) {
			switch (source.kind) {
				case 'workspace': return `le fichier ${source.label} de l’espace de travail`;
				case 'file': return `le fichier catalogue ${source.label}`;
				case 'online': return `${source.label} (recherche en ligne)`;
				default: return `la liste intégrée, d’après ${source.label}`;
			}
		},
		paragraph: number => `Paragraphe ${number} du dispositif`,
		noParagraph: number => `Ce texte n’a pas de paragraphe ${number} dans le dispositif.`,
	},
};
