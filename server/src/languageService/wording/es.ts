import type { LanguagePack } from './pack';

/**
 * Spanish wording for decoded symbols and hovers, in the terms of the Spanish UN texts ("Septuagésimo quinto
 * período de sesiones", "Tema 16 del programa", dates "25 de septiembre de 2015", R58).
 */

// "período" is masculine and the ordinal stands before it, so 1 and 3 lose their final o ("primer", "tercer").
const UNITS = ['', 'primer', 'segundo', 'tercer', 'cuarto', 'quinto', 'sexto', 'séptimo', 'octavo', 'noveno'];
const TEENS = ['décimo', 'undécimo', 'duodécimo', 'decimotercer', 'decimocuarto', 'decimoquinto', 'decimosexto',
	'decimoséptimo', 'decimoctavo', 'decimonoveno'];
const TENS = ['', '', 'vigésimo', 'trigésimo', 'cuadragésimo', 'quincuagésimo', 'sexagésimo', 'septuagésimo',
	'octogésimo', 'nonagésimo'];
const HUNDREDS = ['', 'centésimo', 'ducentésimo', 'tricentésimo', 'cuadringentésimo', 'quingentésimo', 'sexcentésimo',
	'septingentésimo', 'octingentésimo', 'noningentésimo'];

/** The ordinal before "período de sesiones" ("septuagésimo tercer"); figures beyond 999. */
export function spanishOrdinal(value: number): string {
	if (!Number.isInteger(value) || value < 1 || value > 999) {
		return `${value}º`;
	}
	const rest = value % 100;
	const tens = Math.floor(rest / 10);
	const units = rest % 10;
	const below = rest === 0 ? '' : rest < 10 ? UNITS[rest] : rest < 20 ? TEENS[rest - 10]
		: units === 0 ? TENS[tens] : `${TENS[tens]} ${UNITS[units]}`;
	return [HUNDREDS[Math.floor(value / 100)], below].filter(Boolean).join(' ');
}

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre',
	'noviembre', 'diciembre'];

const ORGANS = {
	GA: 'Asamblea General',
	SC: 'Consejo de Seguridad',
	ECOSOC: 'Consejo Económico y Social',
	HRC: 'Consejo de Derechos Humanos',
	unknown: 'órgano desconocido',
};

// "resolución 70/1 de la Asamblea General": the organ follows the number, with its article.
const OF_ORGAN = new Map<string, string>([
	[ORGANS.GA, 'de la Asamblea General'],
	[ORGANS.SC, 'del Consejo de Seguridad'],
	[ORGANS.ECOSOC, 'del Consejo Económico y Social'],
	[ORGANS.HRC, 'del Consejo de Derechos Humanos'],
]);

export const SPANISH: LanguagePack = {
	organs: ORGANS,
	date: (day, month, year) => `${day} de ${MONTHS[month - 1]} de ${year}`,
	names: {
		series: {
			A: 'Asamblea General', S: 'Consejo de Seguridad', E: 'Consejo Económico y Social', ST: 'Secretaría',
			T: 'Consejo de Administración Fiduciaria', TD: 'Conferencia de las Naciones Unidas sobre Comercio y Desarrollo',
			UNEP: 'Programa de las Naciones Unidas para el Medio Ambiente', DP: 'Programa de las Naciones Unidas para el Desarrollo',
			ICEF: 'Fondo de las Naciones Unidas para la Infancia', CD: 'Conferencia de Desarme', JIU: 'Dependencia Común de Inspección',
			PBC: 'Comisión de Consolidación de la Paz', HRI: 'Instrumentos internacionales de derechos humanos',
		},
		bodies: {
			'A/C.1': 'Primera Comisión', 'A/C.2': 'Segunda Comisión', 'A/C.3': 'Tercera Comisión',
			'A/C.4': 'Cuarta Comisión', 'A/C.5': 'Quinta Comisión', 'A/C.6': 'Sexta Comisión',
			'A/HRC': 'Consejo de Derechos Humanos', 'A/CN.4': 'Comisión de Derecho Internacional',
			'A/CN.9': 'Comisión de las Naciones Unidas para el Derecho Mercantil Internacional',
			'A/CN.10': 'Comisión de Desarme', 'E/CN.3': 'Comisión de Estadística',
			'E/CN.4': 'Comisión de Derechos Humanos', 'E/CN.5': 'Comisión de Desarrollo Social',
			'E/CN.6': 'Comisión de la Condición Jurídica y Social de la Mujer', 'E/CN.7': 'Comisión de Estupefacientes',
			'E/CN.9': 'Comisión de Población y Desarrollo',
			'E/CN.15': 'Comisión de Prevención del Delito y Justicia Penal',
			'E/CN.16': 'Comisión de Ciencia y Tecnología para el Desarrollo',
			'E/CN.17': 'Comisión sobre el Desarrollo Sostenible', 'E/CN.18': 'Foro de las Naciones Unidas sobre los Bosques',
			'E/HLPF': 'Foro Político de Alto Nivel sobre el Desarrollo Sostenible',
			'E/ECA': 'Comisión Económica para África', 'E/ECE': 'Comisión Económica para Europa',
			'E/ESCAP': 'Comisión Económica y Social para Asia y el Pacífico',
			'E/ESCWA': 'Comisión Económica y Social para Asia Occidental',
			'TD/B': 'Junta de Comercio y Desarrollo', 'ST/AI': 'instrucción administrativa',
			'ST/SGB': 'boletín del Secretario General', 'ST/IC': 'circular informativa',
		},
		generic: {
			'AC.': 'comité especial', 'C.': 'comisión', 'CN.': 'comisión', 'CONF.': 'conferencia',
			'GC.': 'consejo de administración', 'PC.': 'comité preparatorio', 'PC': 'comité preparatorio',
			'SC.': 'subcomité', 'Sub.': 'subcomisión', 'WG.': 'grupo de trabajo',
		},
		special: {
			RES: 'resolución', DEC: 'decisión', PRST: 'declaración de la Presidencia', INF: 'documento de información',
			NGO: 'exposición de una organización no gubernamental', PET: 'petición',
			L: 'documento de distribución limitada', CRP: 'documento de sesión', PV: 'acta literal',
			SR: 'acta resumida', WP: 'documento de trabajo', R: 'documento de distribución reservada', SER: 'serie',
		},
		modifiers: { Add: 'adición', Corr: 'corrección', Rev: 'revisión', Amend: 'enmienda', Summary: 'resumen' },
		parenthesis: {
			'Vol.': 'volumen', Part: 'parte', Parts: 'partes', 'Sect.': 'sección', Resumption: 'continuación',
			SUPP: 'suplemento',
		},
		generalCommittee: 'Mesa',
		draftNote: 'por lo general, un proyecto',
	},
	phrasing: {
		separator: ', ',
		session(kind, value) {
			switch (kind) {
				case 'year': return String(value);
				case 'special': return `${spanishOrdinal(value)} período extraordinario de sesiones`;
				case 'emergency': return `${spanishOrdinal(value)} período extraordinario de sesiones de emergencia`;
				default: return `${spanishOrdinal(value)} período de sesiones`;
			}
		},
		year: year => year,
		document: number => `documento ${number}`,
		numbered: (kind, number, note) => `${kind} ${number}${note ? ` (${note})` : ''}`,
		resolution: (kind, cited) => `${kind} ${cited}`,
		meeting: (record, meeting) => `${record} de la ${meeting}ª sesión`,
		series: (kind, name) => `${kind} ${name}`,
		modifier: (kind, number) => number === undefined ? kind : `${kind} ${number}`,
		division: (kind, value) => `${kind} ${value}`,
		genericBody: (kind, rest) => rest ? `${kind} ${rest}` : kind,
		reissued: 'reeditado por razones técnicas',
		joint: parts => `signatura conjunta, un mismo documento publicado para ${parts.length} órganos: ${parts.map(part => `${part.symbol} (${part.meaning})`).join('; ')}`,
	},
	hover: {
		footnote: number => `Nota ${number}`,
		citedTimes: count => count === 1 ? 'citada una vez' : `citada ${count} veces`,
		citedIn: (count, places) => `${count === 1 ? 'citada una vez' : `citada ${count} veces`}: ${places}`,
		notCited: 'ninguna llamada remite a esta nota',
		noFootnoteText: number => `La nota ${number} no tiene texto.`,
		severalTexts: count => `${count} textos de nota llevan este número.`,
		place(place) {
			switch (place.kind) {
				case 'preambular': return `párrafo ${place.index} del preámbulo`;
				case 'operative': return place.number !== undefined ? `párrafo ${place.number} de la parte dispositiva` : 'el párrafo de la parte dispositiva';
				case 'footnote': return `nota ${place.number}`;
				default: return 'el encabezamiento';
			}
		},
		list: items => items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`,
		operativeOf: (number, count, section) => `Párrafo ${number} de ${count} de la parte dispositiva${section ? `, parte ${section}` : ''}`,
		standsAt: position => `Ocupa la posición ${position}: conviene revisar la numeración.`,
		partName: part => part === 'preambular' ? 'preámbulo' : 'parte dispositiva',
		formOf: part => part === 'both' ? 'abre párrafos de ambas partes' : part === 'preambular' ? 'forma del preámbulo' : 'forma de la parte dispositiva',
		repeated: 'repetido (también, además)',
		equivalentsHeader: ['Idioma', 'Preámbulo', 'Parte dispositiva'],
		languageName: language => ({ en: 'inglés', fr: 'francés', es: 'español', ru: 'ruso', zh: 'chino', ar: 'árabe' })[language],
		field: name => `${({ title: 'Título', subject: 'Tema', date: 'Fecha', symbol: 'Signatura', source: 'Fuente', open: 'Abrir en undocs.org' })[name]}: `,
		reference: (organ, kind, number) => `${kind === 'decision' ? 'Decisión' : 'Resolución'} ${number} ${OF_ORGAN.get(organ) ?? ''}`,
		quote: text => `“${text}”`,
		sourceSeparator: '; ',
		dated: date => `, de ${date}`,
		noSymbol: 'Las decisiones de este órgano no se publican como documentos separados, así que no hay signatura que abrir.',
		unknownOrgan: 'El número por sí solo no indica el órgano; nómbrelo («resolución … del Consejo de Derechos Humanos»).',
		dateMismatch: (cited, known) => `La cita indica ${cited}; según el catálogo, la fecha es ${known}.`,
		reportFor: symbol => `Informe sobre cuya base se aprobó ${symbol}.`,
		source(source) {
			switch (source.kind) {
				case 'workspace': return `el archivo ${source.label} del espacio de trabajo`;
				case 'file': return `el archivo de catálogo ${source.label}`;
				case 'online': return `${source.label} (consulta en línea)`;
				default: return `la lista integrada, según ${source.label}`;
			}
		},
		paragraph: number => `Párrafo ${number} de la parte dispositiva`,
		noParagraph: number => `Este texto no tiene párrafo ${number} en la parte dispositiva.`,
	},
};
