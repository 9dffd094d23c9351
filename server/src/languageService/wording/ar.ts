import type { LanguagePack } from './pack';

/**
 * Arabic wording for decoded symbols and hovers, in the terms of the Arabic UN texts ("الدورة الخامسة والسبعون",
 * "البند 16 من جدول الأعمال", dates "25 أيلول/سبتمبر 2015", R58). Figures stay Western, as the texts write them.
 */

// "الدورة" is feminine: its ordinal follows it and agrees ("الثالثة والسبعون", units before tens).
const UNITS = ['', 'الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة'];
const TENS = ['', '', 'العشرون', 'الثلاثون', 'الأربعون', 'الخمسون', 'الستون', 'السبعون', 'الثمانون', 'التسعون'];

/** The feminine ordinal after "الدورة" ("الثالثة والسبعون"); figures from 100 on, as the texts write them. */
export function arabicOrdinal(value: number): string {
	if (!Number.isInteger(value) || value < 1 || value > 99) {
		return String(value);
	}
	if (value <= 10) {
		return UNITS[value];
	}
	const units = value % 10;
	// In compounds "one" is "الحادية" ("الحادية عشرة", "الحادية والعشرون").
	const unit = units === 1 ? 'الحادية' : UNITS[units];
	if (value < 20) {
		return `${unit} عشرة`;
	}
	const tens = TENS[Math.floor(value / 10)];
	return units === 0 ? tens : `${unit} و${tens}`;
}

// Each month twice, the Levantine name then the Egyptian one (R58).
const MONTHS = ['كانون الثاني/يناير', 'شباط/فبراير', 'آذار/مارس', 'نيسان/أبريل', 'أيار/مايو', 'حزيران/يونيه',
	'تموز/يوليه', 'آب/أغسطس', 'أيلول/سبتمبر', 'تشرين الأول/أكتوبر', 'تشرين الثاني/نوفمبر', 'كانون الأول/ديسمبر'];

const ORGANS = {
	GA: 'الجمعية العامة',
	SC: 'مجلس الأمن',
	ECOSOC: 'المجلس الاقتصادي والاجتماعي',
	HRC: 'مجلس حقوق الإنسان',
	unknown: 'هيئة غير معروفة',
};

/** "مرة واحدة", "مرتين", "3 مرات", "11 مرة": the counted noun agrees with the number. */
function times(count: number): string {
	if (count === 1) {
		return 'مرة واحدة';
	}
	if (count === 2) {
		return 'مرتين';
	}
	return count <= 10 ? `${count} مرات` : `${count} مرة`;
}

export const ARABIC: LanguagePack = {
	organs: ORGANS,
	date: (day, month, year) => `${day} ${MONTHS[month - 1]} ${year}`,
	names: {
		series: {
			A: 'الجمعية العامة', S: 'مجلس الأمن', E: 'المجلس الاقتصادي والاجتماعي', ST: 'الأمانة العامة',
			T: 'مجلس الوصاية', TD: 'مؤتمر الأمم المتحدة للتجارة والتنمية', UNEP: 'برنامج الأمم المتحدة للبيئة',
			DP: 'برنامج الأمم المتحدة الإنمائي', ICEF: 'منظمة الأمم المتحدة للطفولة', CD: 'مؤتمر نزع السلاح',
			JIU: 'وحدة التفتيش المشتركة', PBC: 'لجنة بناء السلام', HRI: 'الصكوك الدولية لحقوق الإنسان',
		},
		bodies: {
			'A/C.1': 'اللجنة الأولى', 'A/C.2': 'اللجنة الثانية', 'A/C.3': 'اللجنة الثالثة',
			'A/C.4': 'اللجنة الرابعة', 'A/C.5': 'اللجنة الخامسة', 'A/C.6': 'اللجنة السادسة',
			'A/HRC': 'مجلس حقوق الإنسان', 'A/CN.4': 'لجنة القانون الدولي',
			'A/CN.9': 'لجنة الأمم المتحدة للقانون التجاري الدولي', 'A/CN.10': 'هيئة نزع السلاح',
			'E/CN.3': 'اللجنة الإحصائية', 'E/CN.4': 'لجنة حقوق الإنسان', 'E/CN.5': 'لجنة التنمية الاجتماعية',
			'E/CN.6': 'لجنة وضع المرأة', 'E/CN.7': 'لجنة المخدرات', 'E/CN.9': 'لجنة السكان والتنمية',
			'E/CN.15': 'لجنة منع الجريمة والعدالة الجنائية',
			'E/CN.16': 'لجنة تسخير العلم والتكنولوجيا لأغراض التنمية',
			'E/CN.17': 'لجنة التنمية المستدامة', 'E/CN.18': 'منتدى الأمم المتحدة المعني بالغابات',
			'E/HLPF': 'المنتدى السياسي الرفيع المستوى المعني بالتنمية المستدامة',
			'E/ECA': 'اللجنة الاقتصادية لأفريقيا', 'E/ECE': 'اللجنة الاقتصادية لأوروبا',
			'E/ESCAP': 'اللجنة الاقتصادية والاجتماعية لآسيا والمحيط الهادئ',
			'E/ESCWA': 'اللجنة الاقتصادية والاجتماعية لغربي آسيا',
			'TD/B': 'مجلس التجارة والتنمية', 'ST/AI': 'أمر إداري', 'ST/SGB': 'نشرة الأمين العام', 'ST/IC': 'تعميم إعلامي',
		},
		generic: {
			'AC.': 'لجنة مخصصة', 'C.': 'لجنة', 'CN.': 'لجنة', 'CONF.': 'مؤتمر', 'GC.': 'مجلس إدارة',
			'PC.': 'لجنة تحضيرية', 'PC': 'لجنة تحضيرية', 'SC.': 'لجنة فرعية', 'Sub.': 'لجنة فرعية', 'WG.': 'فريق عامل',
		},
		special: {
			RES: 'القرار', DEC: 'المقرر', PRST: 'بيان رئاسي', INF: 'وثيقة إعلامية', NGO: 'بيان مقدم من منظمة غير حكومية',
			PET: 'التماس', L: 'وثيقة محدودة التوزيع', CRP: 'ورقة غرفة اجتماعات', PV: 'المحضر الحرفي',
			SR: 'المحضر الموجز', WP: 'ورقة عمل', R: 'وثيقة مقيدة التوزيع', SER: 'سلسلة',
		},
		modifiers: { Add: 'الإضافة', Corr: 'التصويب', Rev: 'التنقيح', Amend: 'التعديل', Summary: 'الموجز' },
		parenthesis: {
			'Vol.': 'المجلد', Part: 'الجزء', Parts: 'الأجزاء', 'Sect.': 'الباب', Resumption: 'الدورة المستأنفة',
			SUPP: 'الملحق',
		},
		generalCommittee: 'مكتب الجمعية العامة',
		draftNote: 'مشروع في العادة',
	},
	phrasing: {
		separator: '، ',
		session(kind, value) {
			switch (kind) {
				case 'year': return String(value);
				case 'special': return `الدورة الاستثنائية ${arabicOrdinal(value)}`;
				case 'emergency': return `الدورة الاستثنائية الطارئة ${arabicOrdinal(value)}`;
				default: return `الدورة ${arabicOrdinal(value)}`;
			}
		},
		year: year => year,
		document: number => `الوثيقة ${number}`,
		numbered: (kind, number, note) => `${kind} ${number}${note ? ` (${note})` : ''}`,
		resolution: (kind, cited) => `${kind} ${cited}`,
		meeting: (record, meeting) => `${record} للجلسة ${meeting}`,
		series: (kind, name) => `${kind} ${name}`,
		modifier: (kind, number) => number === undefined ? kind : `${kind} ${number}`,
		division: (kind, value) => `${kind} ${value}`,
		genericBody: (kind, rest) => rest ? `${kind} ${rest}` : kind,
		reissued: 'أعيد إصدارها لأسباب فنية',
		joint: parts => `رمز مشترك لوثيقة واحدة صادرة لعدد ${parts.length} من الهيئات: ${parts.map(part => `${part.symbol} (${part.meaning})`).join('؛ ')}`,
	},
	hover: {
		footnote: number => `الحاشية ${number}`,
		citedTimes: count => `أحيل إليها ${times(count)}`,
		citedIn: (count, places) => `أحيل إليها ${times(count)}: ${places}`,
		notCited: 'لا توجد علامة تحيل إلى هذه الحاشية',
		noFootnoteText: number => `لا يوجد نص للحاشية ${number}.`,
		severalTexts: count => `يحمل هذا الرقم ${count} من نصوص الحواشي.`,
		place(place) {
			switch (place.kind) {
				case 'preambular': return `الفقرة ${place.index} من الديباجة`;
				case 'operative': return place.number !== undefined ? `الفقرة ${place.number} من المنطوق` : 'فقرة من المنطوق';
				case 'footnote': return `الحاشية ${place.number}`;
				default: return 'الترويسة';
			}
		},
		// "و" joins the last item without a space ("أ، ب وج").
		list: items => items.length <= 1 ? items.join('') : `${items.slice(0, -1).join('، ')} و${items[items.length - 1]}`,
		operativeOf: (number, count, section) => `الفقرة ${number} من المنطوق من أصل ${count}${section ? `، الجزء ${section}` : ''}`,
		standsAt: position => `تقع في الموضع ${position}: يلزم التحقق من الترقيم.`,
		partName: part => part === 'preambular' ? 'الديباجة' : 'المنطوق',
		formOf: part => part === 'both' ? 'تستهل فقرات في الجزأين كليهما' : part === 'preambular' ? 'صيغة الديباجة' : 'صيغة المنطوق',
		repeated: 'مكررة (أيضا، كذلك)',
		equivalentsHeader: ['اللغة', 'الديباجة', 'المنطوق'],
		languageName: language => ({ en: 'الإنكليزية', fr: 'الفرنسية', es: 'الإسبانية', ru: 'الروسية', zh: 'الصينية', ar: 'العربية' })[language],
		// The link label is the address itself; the field names the Official Document System in Arabic words.
		field: name => `${({ title: 'العنوان', subject: 'الموضوع', date: 'التاريخ', symbol: 'الرمز', source: 'المصدر', open: 'فتح في نظام الوثائق الرسمية' })[name]}: `,
		// Arabic puts the organ straight after the noun ("قرار الجمعية العامة 70/1").
		reference: (organ, kind, number) => `${kind === 'decision' ? 'مقرر' : 'قرار'} ${organ || 'رقم'} ${number}`,
		// Arabic texts open a title with ” and close it with “, as the official texts print them.
		quote: text => `”${text}“`,
		sourceSeparator: '؛ ',
		dated: date => ` المؤرخ ${date}`,
		noSymbol: 'لا تصدر مقررات هذه الهيئة في وثائق مستقلة، ولذلك لا يوجد رمز لفتحه.',
		unknownOrgan: 'لا يمكن معرفة الهيئة من الرقم وحده؛ يرجى ذكرها («قرار مجلس حقوق الإنسان …»).',
		dateMismatch: (cited, known) => `تذكر الإشارة تاريخ ${cited}؛ ويذكر الفهرس تاريخ ${known}.`,
		reportFor: symbol => `التقرير الذي اعتمدت على أساسه الوثيقة ${symbol}.`,
		source(source) {
			switch (source.kind) {
				case 'workspace': return `ملف مساحة العمل ${source.label}`;
				case 'file': return `ملف الفهرس ${source.label}`;
				case 'online': return `${source.label} (بحث عبر الإنترنت)`;
				default: return `القائمة المدمجة، كما وردت في ${source.label}`;
			}
		},
		paragraph: number => `الفقرة ${number} من المنطوق`,
		noParagraph: number => `لا توجد في هذا النص فقرة ${number} في المنطوق.`,
	},
};
