import type { VerbNoteWording } from './types';

// The notes name Arabic opening phrases in the General Assembly's feminine form ("تلاحظ", "تشجع"), as
// vocabulary/ar.ts lists them; the councils' masculine twins ("يلاحظ", "يشجع") are derived from these forms there.
// Named phrases are quoted in ”…“, the quotation marks the Arabic official texts print (see the quote() helper in
// wording/ar.ts). The organ is "الهيئة", as in wording/ar.ts. The implied subject of each note is the phrase
// ("الصيغة"), which is feminine, so the notes open with a feminine verb.

/** Arabic notes, written concept for concept from the English ones in the register of the Arabic official texts. */
export const ARABIC_VERB_NOTES: VerbNoteWording = {
	concepts: {
		'recall': 'تحيل إلى قرار أو صك أو حدث سابق يشكّل إطارا لهذا النص، ويُذكر في العادة برقمه وتاريخه.',
		'reaffirm': 'تعيد تأكيد التزام أو موقف سبق أن اتخذته الهيئة، بالقوة نفسها التي كان عليها من قبل.',
		// The English compares with noting and affirming. The Arabic texts use "تؤكد" for "Affirms" (equivalents.ts),
		// and also for "Stresses" and "Emphasizes". The note still names it, because Arabic has no separate verb
		// for affirming.
		'recognize': 'تعترف بصحة واقعة أو مبدأ؛ وهي أقوى من ”تلاحظ“ وأضعف من ”تؤكد“.',
		'acknowledge': 'تقر بواقعة أو بما أنجزه الآخرون من عمل، دون إبداء رأي فيه.',
		'affirm': 'تعلن بحزم موقفا بوصفه رأي الهيئة.',
		'note': 'تسجل واقعة بحياد، دون تأييد أو اعتراض.',
		'take-note': 'تسجل ورود وثيقة أو وقوع تطور، وتتعمد ألا تؤيد مضمونه.',
		'welcome': 'تعرب عن استحسان تطور أو تقرير أو مبادرة.',
		// "Stress" is "تشدد على" in Arabic. The Arabic texts swap the two English verbs: "Emphasizes" is
		// "تشدد على" in A/RES/79/75, OP3, and "Stresses" is "تؤكد" in A/RES/75/202, OP5. This supports the
		// English claim that the two are interchangeable.
		'emphasize': 'تضفي على مسألة وزنا خاصا؛ وتُستعمل في معظم النصوص بالتبادل مع ”تشدد على“.',
		'stress': 'تضفي على مسألة وزنا خاصا؛ وكثيرا ما تُستعمل في شأن التزامات قائمة أصلا.',
		'underline': 'تبرز مسألة بوصفها بالغة الأهمية.',
		'underscore': 'تبرز مسألة بوصفها بالغة الأهمية.',
		'highlight': 'تلفت الانتباه إلى مسألة دون أن تنشئ التزاما جديدا.',
		'reiterate': 'تكرر دعوة أو موقفا سبق إعلانه، للدلالة على أنه لم يُعمل به بعد.',
		'support': 'تعرب عن التأييد لمبادرة أو عملية أو هيئة.',
		'call-upon': 'توجه طلبا حازما إلى الدول أو إلى جهات فاعلة أخرى من خارج الهيئة.',
		'call-on': 'توجه طلبا حازما إلى الدول أو إلى جهات فاعلة أخرى من خارج الهيئة.',
		'commend': 'تثني على عمل جهة بعينها أو على ما حققته من إنجاز.',
		'express': 'تمهد للتعبير عن موقف الهيئة: قلقها أو تقديرها أو أسفها أو دعمها.',
		'express-concern': 'تفيد بأن الهيئة يساورها القلق إزاء حالة ما.',
		'express-appreciation': 'تشكر جهة بعينها على عملها أو مساهمتها.',
		'condemn': 'تشجب فعلا بأشد العبارات المعتادة.',
		'strongly-condemn': 'تشجب فعلا بأشد العبارات التي تستعملها الهيئة.',
		'deplore': 'تعرب عن استياء شديد لا يبلغ حد الإدانة.',
		'regret': 'تعرب عن خيبة الأمل لحدوث أمر ما أو لعدم حدوثه.',
		'consider': 'تبين ما تراه الهيئة في مسألة ما.',
		'appreciate': 'تعرب عن الامتنان أو عن تقييم إيجابي.',
		'encourage': 'تحفز على اتخاذ إجراء بروح داعمة ودون إلزام.',
		// "تدعو" is the form of "Invites" (equivalents.ts). The Arabic texts also use it for "Calling on"
		// (S/RES/2732 (2024), PP8), but the comparison here is with inviting.
		'urge': 'تلح في طلب اتخاذ إجراء؛ وهي أقوى من ”تشجع“ و”تدعو“.',
		'invite': 'تطلب، بصيغة ودية ودون إلزام، اتخاذ إجراء أو المشاركة.',
		// Arabic requests are made "إلى" someone, the construction of "تطلب إلى الأمين العام".
		'request': 'تطلب إلى جهة خاضعة لسلطة الهيئة، هي الأمين العام في الغالب، أن تتخذ إجراء أو تقدم تقريرا.',
		// "قرار" is the Arabic word for "resolution", so the note avoids "a decision" and says what the organ decides.
		'decide': 'تعلن بها الهيئة ما تقرره؛ وهي أقوى أفعال المنطوق في معظم القرارات.',
		'demand': 'تطالب بالامتثال؛ ويستعملها مجلس الأمن في المقام الأول.',
		'authorize': 'تمنح ولاية أو إذنا بالتصرف؛ ويستعملها مجلس الأمن في المقام الأول.',
		'endorse': 'تمنح موافقة رسمية على نص أو توصية أُعدّت في محفل آخر.',
		'approve': 'تمنح موافقة رسمية، على ميزانية أو برنامج أو تقرير في الغالب.',
		'adopt': 'تعتمد نصا، كإعلان أو برنامج عمل، فيصبح نصا صادرا عن الهيئة.',
		'appeal': 'توجه طلبا عاجلا، كثيرا ما يكون إلى الجهات المانحة أو إلى أطراف نزاع ما.',
		'recommend': 'تنصح هيئة أخرى أو الدول باتخاذ إجراء؛ وهي صيغة مألوفة في نصوص المجلس الاقتصادي والاجتماعي الموجهة إلى الجمعية العامة.',
		'declare': 'تدلي ببيان رسمي، كأن تعلن مبدأ أو يوما دوليا.',
		'proclaim': 'تعلن رسميا، ومن ذلك إعلان سنة دولية أو عقد دولي.',
		'designate': 'تخصص يوما أو فترة لغرض معين، أو تعيّن هيئة له.',
		'confirm': 'تثبّت مقررا أو تعيينا أو تفاهما سابقا.',
		'remind': 'تذكّر من يقع عليهم التزام قائم بهذا الالتزام.',
		'look-forward': 'تعرب عن التطلع إلى حدث أو تقرير مقبل.',
		'pay-tribute': 'تكرّم جهات بعينها على ما قدمته من خدمة أو تضحية.',
		'insist': 'تصر على مسألة ترى الهيئة أنها غير قابلة للتفاوض.',
		'bear-in-mind': 'تبقي اعتبارا ما في الحسبان دون أن تبني عليه إجراء مباشرا؛ ولا تُستعمل إلا في الديباجة.',
		'keep-in-mind': 'تبقي اعتبارا ما في الحسبان دون أن تبني عليه إجراء مباشرا؛ ولا تُستعمل إلا في الديباجة.',
		'take-into-account': 'تفيد بأن الهيئة قد وزنت اعتبارا ما.',
		'take-into-consideration': 'تفيد بأن الهيئة قد وزنت اعتبارا ما.',
		'have-considered': 'تفيد بأن الهيئة نظرت في تقرير أو بند قبل أن تتخذ إجراء؛ ولا تُستعمل إلا في الديباجة.',
		'have-examined': 'تفيد بأن الهيئة درست تقريرا أو بندا قبل أن تتخذ إجراء؛ ولا تُستعمل إلا في الديباجة.',
		'have-reviewed': 'تفيد بأن الهيئة استعرضت تقريرا أو بندا قبل أن تتخذ إجراء؛ ولا تُستعمل إلا في الديباجة.',
		'have-heard': 'تفيد بأن الهيئة استمعت إلى بيان قبل أن تتخذ إجراء؛ ولا تُستعمل إلا في الديباجة.',
		'have-adopted': 'تحيل إلى نص سبق أن اعتمدته الهيئة؛ ولا تُستعمل إلا في الديباجة.',
		'guided': 'تسمي المبادئ أو الصكوك التي تسترشد بها الهيئة فيما تتخذه من إجراء، وهي في العادة ميثاق الأمم المتحدة.',
		'convinced': 'تعبر عن اقتناع راسخ يدفع الهيئة إلى ما تتخذه من إجراء.',
		'aware': 'تفيد بأن الهيئة على علم بواقعة أو خطر.',
		'fully-aware': 'تفيد بأن الهيئة على علم بواقعة أو خطر.',
		'conscious': 'تفيد بأن الهيئة مدركة لواقعة أو مسؤولية.',
		'mindful': 'تفيد بأن الهيئة لا تغفل عن مسؤولية أو ظرف ما.',
		'cognizant': 'تفيد بأن الهيئة على دراية بواقعة أو ظرف ما.',
		'concerned': 'تفيد بأن الهيئة يساورها القلق إزاء حالة ما.',
		// The Arabic texts often give "great" and "grave" concern the same words, "بقلق بالغ" (A/RES/75/202, PP42 and
		// PP43). These two notes describe the concepts rather than that wording, so they keep the English gradation.
		'deeply-concerned': 'تعبر عن قلق بالغ إزاء حالة ما.',
		'gravely-concerned': 'تعبر عن قلق بالغ الشدة إزاء حالة ما.',
		'alarmed': 'تفيد بأن حالة ما قد تدهورت إلى حد ينذر بالخطر.',
		'determined': 'تعبر عن عزم الهيئة على بلوغ هدف ما.',
		'desiring': 'تبين غاية يرمي إليها الإجراء المتخذ.',
		'believing': 'تعبر عن اعتقاد يدفع الهيئة إلى ما تتخذه من إجراء.',
		'observing': 'تسجل ملاحظة بحياد.',
		'realizing': 'تفيد بأن الهيئة باتت مدركة لواقعة ما.',
		'seeking': 'تبين غاية يرمي إليها الإجراء المتخذ.',
		'act-under-chapter': 'تستند إلى الفصل السابع من ميثاق الأمم المتحدة، فيصبح ما يقرره المجلس بعدها ملزما؛ ولا يستعملها إلا مجلس الأمن.',
	},
	// These notes differ from the English on purpose. The Arabic texts set the opening words in bold italics in
	// both parts: the source XML of A/RES/75/202 and S/RES/2732 (2024) marks them "bold italic", where the English
	// marks them "italic". The first preambular paragraph opens with "إذ" and later ones with "وإذ", or with "وقد"
	// and a perfect verb. Operative numbers are written "1 - ". The Arabic comma, the Arabic semicolon and the full
	// stop end the paragraphs.
	parts: {
		preambular: 'تستهل فقرة من الديباجة، أي اعتبارا يستند إليه الإجراء المتخذ. تبدأ أولى فقرات الديباجة بكلمة ”إذ“ وما يليها بكلمة ”وإذ“ (أو ”وقد“ مع الفعل الماضي)، وتُطبع عبارة الاستهلال بخط غامق مائل، وتنتهي الفقرة بفاصلة (،).',
		operative: 'تستهل فقرة من المنطوق، أي رأي الهيئة أو الإجراء المقرر اتخاذه. تُرقَّم الفقرة برقم تليه شرطة (1 - )، ويُطبع فعلها الأول بخط غامق مائل، وتنتهي بفاصلة منقوطة (؛)، أما الفقرة الأخيرة فتنتهي بنقطة (.).',
	},
	// The same words as the hover's paragraph places in wording/ar.ts ("الفقرة 5 من المنطوق", "فقرة من المنطوق").
	// Arabic has no letter case.
	detail: (part, number) => part === 'operative'
		? (number ? `الفقرة ${number} من المنطوق` : 'فقرة من المنطوق')
		: 'فقرة من الديباجة',
	unattested: 'صيغة مألوفة لم ترد بعد في مجموعة النصوص الرسمية',
	// Arabic puts no space before a colon.
	equivalents: 'الصيغ المقابلة: ',
};
