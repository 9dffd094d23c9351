import type { LanguagePack } from './pack';

/**
 * Russian wording for decoded symbols and hovers, in the terms of the Russian UN texts ("Семьдесят пятая сессия",
 * "Пункт 16 повестки дня", dates "25 сентября 2015 года", R58).
 */

// "сессия" is feminine: the ordinals agree with it ("третья", "семидесятая").
const UNITS = ['', 'первая', 'вторая', 'третья', 'четвертая', 'пятая', 'шестая', 'седьмая', 'восьмая', 'девятая'];
const TEENS = ['десятая', 'одиннадцатая', 'двенадцатая', 'тринадцатая', 'четырнадцатая', 'пятнадцатая',
	'шестнадцатая', 'семнадцатая', 'восемнадцатая', 'девятнадцатая'];
const TENS = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'];
const TEN_ORDINALS = ['', '', 'двадцатая', 'тридцатая', 'сороковая', 'пятидесятая', 'шестидесятая', 'семидесятая',
	'восьмидесятая', 'девяностая'];
const HUNDREDS = ['', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот'];

/** The feminine ordinal for "сессия" ("семьдесят третья"); figures for round hundreds and beyond 999. */
export function russianOrdinal(value: number): string {
	const rest = value % 100;
	if (!Number.isInteger(value) || value < 1 || value > 999 || rest === 0) {
		return `${value}-я`;
	}
	const tens = Math.floor(rest / 10);
	const units = rest % 10;
	const below = rest < 10 ? UNITS[rest] : rest < 20 ? TEENS[rest - 10]
		: units === 0 ? TEN_ORDINALS[tens] : `${TENS[tens]} ${UNITS[units]}`;
	return [HUNDREDS[Math.floor(value / 100)], below].filter(Boolean).join(' ');
}

// Dates put the month in the genitive ("25 сентября").
const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября',
	'ноября', 'декабря'];

const ORGANS = {
	GA: 'Генеральная Ассамблея',
	SC: 'Совет Безопасности',
	ECOSOC: 'Экономический и Социальный Совет',
	HRC: 'Совет по правам человека',
	unknown: 'неизвестный орган',
};

// "резолюция 70/1 Генеральной Ассамблеи": the organ follows in the genitive.
const OF_ORGAN = new Map<string, string>([
	[ORGANS.GA, 'Генеральной Ассамблеи'],
	[ORGANS.SC, 'Совета Безопасности'],
	[ORGANS.ECOSOC, 'Экономического и Социального Совета'],
	[ORGANS.HRC, 'Совета по правам человека'],
]);

/** "один раз", "3 раза", "5 раз", "21 раз". */
function times(count: number): string {
	if (count === 1) {
		return 'один раз';
	}
	const last = count % 10;
	const few = last >= 2 && last <= 4 && (count % 100 < 12 || count % 100 > 14);
	return `${count} ${few ? 'раза' : 'раз'}`;
}

export const RUSSIAN: LanguagePack = {
	organs: ORGANS,
	date: (day, month, year) => `${day} ${MONTHS[month - 1]} ${year} года`,
	names: {
		series: {
			A: 'Генеральная Ассамблея', S: 'Совет Безопасности', E: 'Экономический и Социальный Совет', ST: 'Секретариат',
			T: 'Совет по Опеке', TD: 'Конференция Организации Объединенных Наций по торговле и развитию',
			UNEP: 'Программа Организации Объединенных Наций по окружающей среде',
			DP: 'Программа развития Организации Объединенных Наций', ICEF: 'Детский фонд Организации Объединенных Наций',
			CD: 'Конференция по разоружению', JIU: 'Объединенная инспекционная группа',
			PBC: 'Комиссия по миростроительству', HRI: 'Международные договоры по правам человека',
		},
		bodies: {
			'A/C.1': 'Первый комитет', 'A/C.2': 'Второй комитет', 'A/C.3': 'Третий комитет',
			'A/C.4': 'Четвертый комитет', 'A/C.5': 'Пятый комитет', 'A/C.6': 'Шестой комитет',
			'A/HRC': 'Совет по правам человека', 'A/CN.4': 'Комиссия международного права',
			'A/CN.9': 'Комиссия Организации Объединенных Наций по праву международной торговли',
			'A/CN.10': 'Комиссия по разоружению', 'E/CN.3': 'Статистическая комиссия',
			'E/CN.4': 'Комиссия по правам человека', 'E/CN.5': 'Комиссия социального развития',
			'E/CN.6': 'Комиссия по положению женщин', 'E/CN.7': 'Комиссия по наркотическим средствам',
			'E/CN.9': 'Комиссия по народонаселению и развитию',
			'E/CN.15': 'Комиссия по предупреждению преступности и уголовному правосудию',
			'E/CN.16': 'Комиссия по науке и технике в целях развития',
			'E/CN.17': 'Комиссия по устойчивому развитию', 'E/CN.18': 'Форум Организации Объединенных Наций по лесам',
			'E/HLPF': 'Политический форум высокого уровня по устойчивому развитию',
			'E/ECA': 'Экономическая комиссия для Африки', 'E/ECE': 'Европейская экономическая комиссия',
			'E/ESCAP': 'Экономическая и социальная комиссия для Азии и Тихого океана',
			'E/ESCWA': 'Экономическая и социальная комиссия для Западной Азии',
			'TD/B': 'Совет по торговле и развитию', 'ST/AI': 'административная инструкция',
			'ST/SGB': 'бюллетень Генерального секретаря', 'ST/IC': 'информационный циркуляр',
		},
		generic: {
			'AC.': 'специальный комитет', 'C.': 'комитет', 'CN.': 'комиссия', 'CONF.': 'конференция',
			'GC.': 'совет управляющих', 'PC.': 'подготовительный комитет', 'PC': 'подготовительный комитет',
			'SC.': 'подкомитет', 'Sub.': 'подкомиссия', 'WG.': 'рабочая группа',
		},
		special: {
			RES: 'резолюция', DEC: 'решение', PRST: 'заявление Председателя', INF: 'информационный документ',
			NGO: 'заявление неправительственной организации', PET: 'петиция',
			L: 'документ ограниченного распространения', CRP: 'документ зала заседаний', PV: 'стенографический отчет',
			SR: 'краткий отчет', WP: 'рабочий документ', R: 'документ для служебного пользования', SER: 'серия',
		},
		modifiers: { Add: 'добавление', Corr: 'исправление', Rev: 'пересмотренный вариант', Amend: 'поправка', Summary: 'резюме' },
		parenthesis: {
			'Vol.': 'том', Part: 'часть', Parts: 'части', 'Sect.': 'раздел', Resumption: 'возобновленная сессия',
			SUPP: 'дополнение',
		},
		generalCommittee: 'Генеральный комитет',
		draftNote: 'как правило, проект',
	},
	phrasing: {
		separator: ', ',
		session(kind, value) {
			switch (kind) {
				case 'year': return String(value);
				case 'special': return `${russianOrdinal(value)} специальная сессия`;
				case 'emergency': return `${russianOrdinal(value)} чрезвычайная специальная сессия`;
				default: return `${russianOrdinal(value)} сессия`;
			}
		},
		year: year => year,
		document: number => `документ ${number}`,
		numbered: (kind, number, note) => `${kind} ${number}${note ? ` (${note})` : ''}`,
		resolution: (kind, cited) => `${kind} ${cited}`,
		meeting: (record, meeting) => `${record} о ${meeting}-м заседании`,
		series: (kind, name) => `${kind} ${name}`,
		modifier: (kind, number) => number === undefined ? kind : `${kind} ${number}`,
		division: (kind, value) => `${kind} ${value}`,
		genericBody: (kind, rest) => rest ? `${kind} ${rest}` : kind,
		reissued: 'переиздано по техническим причинам',
		joint: parts => `совместное условное обозначение, один документ для ${parts.length} органов: ${parts.map(part => `${part.symbol} (${part.meaning})`).join('; ')}`,
	},
	hover: {
		footnote: number => `Сноска ${number}`,
		citedTimes: count => `упоминается ${times(count)}`,
		citedIn: (count, places) => `упоминается ${times(count)}: ${places}`,
		notCited: 'ни один знак сноски не ссылается на эту сноску',
		noFootnoteText: number => `У сноски ${number} нет текста.`,
		severalTexts: count => `Текстов сносок с этим номером: ${count}.`,
		place(place) {
			switch (place.kind) {
				case 'preambular': return `пункт ${place.index} преамбулы`;
				case 'operative': return place.number !== undefined ? `пункт ${place.number} постановляющей части` : 'пункт постановляющей части';
				case 'footnote': return `сноска ${place.number}`;
				default: return 'заголовок';
			}
		},
		list: items => items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} и ${items[items.length - 1]}`,
		operativeOf: (number, count, section) => `Пункт ${number} постановляющей части из ${count}${section ? `, раздел ${section}` : ''}`,
		standsAt: position => `Стоит на ${position}-м месте: нумерацию нужно проверить.`,
		partName: part => part === 'preambular' ? 'преамбула' : 'постановляющая часть',
		formOf: part => part === 'both' ? 'открывает пункты обеих частей' : part === 'preambular' ? 'форма преамбулы' : 'форма постановляющей части',
		repeated: 'повтор (также, далее)',
		equivalentsHeader: ['Язык', 'Преамбула', 'Постановляющая часть'],
		languageName: language => ({ en: 'английский', fr: 'французский', es: 'испанский', ru: 'русский', zh: 'китайский', ar: 'арабский' })[language],
		field: name => `${({ title: 'Название', subject: 'Тема', date: 'Дата', symbol: 'Условное обозначение', source: 'Источник', open: 'Открыть на undocs.org' })[name]}: `,
		reference: (organ, kind, number) => `${kind === 'decision' ? 'Решение' : 'Резолюция'} ${number} ${OF_ORGAN.get(organ) ?? ''}`,
		quote: text => `«${text}»`,
		sourceSeparator: '; ',
		dated: date => ` от ${date}`,
		noSymbol: 'Решения этого органа не издаются отдельными документами, поэтому условного обозначения у них нет.',
		unknownOrgan: 'По одному номеру нельзя определить орган; укажите его («резолюция … Совета по правам человека»).',
		dateMismatch: (cited, known) => `В ссылке указано ${cited}; по каталогу дата — ${known}.`,
		reportFor: symbol => `Доклад, на основании которого принят документ ${symbol}.`,
		source(source) {
			switch (source.kind) {
				case 'workspace': return `файл рабочей области ${source.label}`;
				case 'file': return `файл каталога ${source.label}`;
				case 'online': return `${source.label} (поиск в сети)`;
				default: return `встроенный список, по тексту ${source.label}`;
			}
		},
		paragraph: number => `Пункт ${number} постановляющей части`,
		noParagraph: number => `В этом тексте нет пункта ${number} постановляющей части.`,
	},
};
