import { CompletionItemKind, MarkupKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import type { DocumentLanguage, Organ, Resolution } from '../../model/types';
import { getVocabulary, type VerbEntry } from '../../vocabulary';
import { wordingLanguage } from '../../wording/language';
import { verbNotesIn } from '../../wording/verbNotes';
import { equivalentsOf } from '../hover/equivalents';
import { HOVER_WORDING } from '../hover/wording';
import { laterParagraphForm, repetitionsAfter, stripRepetition } from './repetition';

type Part = 'preambular' | 'operative';

/** What the opener items of one part need to know. */
export interface OpenerRequest {
	resolution: Resolution;
	part: Part;
	replace: Range;
	/** The number inserted before each opener, for a new operative paragraph. */
	insertNumber?: string;
	/** The opener of the paragraph before in this part, whose repeated forms come first. */
	previousOpener?: string;
	/** Groups sort after the items of earlier groups: labels, then this part, then the other part. */
	group: number;
}

/** The opening phrases of one part in the draft's language, the repeated forms of the previous verb first. */
export function openerItems(request: OpenerRequest): CompletionItem[] {
	const { resolution, part } = request;
	const language = resolution.language;
	const gender = organGender(resolution.organ);
	// Repeated forms are offered only after the verb they repeat, and a phrase that agrees with the other organ's
	// gender ("Conscient" in an Assembly text, يشير in one of the Assembly's) not at all.
	const entries = getVocabulary(language).entries.filter(entry => (entry.part === part || entry.part === 'both')
		&& stripRepetition(language, entry.phrase).marker === undefined
		&& (!entry.gender || !gender || entry.gender === gender)
		&& (!request.previousOpener || laterParagraphForm(language, entry.phrase) === entry.phrase));
	const phrases = new Map<string, { entry?: VerbEntry; rank: string }>();
	if (request.previousOpener) {
		const base = laterParagraphForm(language, stripRepetition(language, request.previousOpener).base);
		const baseEntry = getVocabulary(language).entries.find(entry => entry.phrase === base);
		repetitionsAfter(language, part, request.previousOpener).forEach((phrase, index) =>
			phrases.set(phrase, { entry: baseEntry, rank: `0${index}` }));
	}
	entries.forEach((entry, index) => {
		if (!phrases.has(entry.phrase)) {
			phrases.set(entry.phrase, { entry, rank: `${entry.attested ? 1 : 2}${String(index).padStart(3, '0')}` });
		}
	});
	const emphasis = emphasisOf(resolution, part);
	const space = language === 'zh' ? '' : ' ';
	return [...phrases].map(([phrase, { entry, rank }]) => ({
		label: phrase,
		kind: part === 'operative' ? CompletionItemKind.Function : CompletionItemKind.Keyword,
		detail: detailOf(part, language, entry, request.insertNumber),
		documentation: { kind: MarkupKind.Markdown, value: documentationOf(phrase, part, language, entry) },
		sortText: `${request.group}${rank}`,
		filterText: phrase,
		textEdit: { range: request.replace, newText: `${request.insertNumber ?? ''}${emphasis}${phrase}${emphasis}${space}` },
	}));
}

// The item's detail and documentation are written in the draft's language, as the hovers are: a drafter of a French
// text reads what « Prie » signals in French, and a Chinese drafter in Chinese.
function detailOf(part: Part, language: DocumentLanguage, entry: VerbEntry | undefined, insertNumber: string | undefined): string {
	const wording = verbNotesIn(wordingLanguage(language));
	const where = wording.detail(part, insertNumber?.replace(/[^\d٠-٩]/g, '') || undefined);
	return entry && !entry.attested ? `${where} · ${wording.unattested}` : where;
}

function documentationOf(phrase: string, part: Part, language: DocumentLanguage, entry: VerbEntry | undefined): string {
	const wording = verbNotesIn(wordingLanguage(language));
	const concept = entry?.concept || undefined;
	const lines = [`**${phrase}**`];
	const note = concept ? wording.concepts[concept] : undefined;
	if (note) {
		lines.push(note);
	}
	lines.push(wording.parts[part]);
	const equivalents = concept ? equivalentsOf(concept).filter(row => row.language !== language && row[part].length > 0) : [];
	if (equivalents.length > 0) {
		const languageName = HOVER_WORDING[wordingLanguage(language)].languageName;
		lines.push(`${wording.equivalents}${equivalents.map(row => `${languageName(row.language)} ${row[part].join(', ')}`).join(' · ')}`);
	}
	return lines.join('\n\n');
}

/** The gender the organ's verbs and adjectives agree with: the Assembly is feminine, the councils masculine. */
function organGender(organ: Organ): VerbEntry['gender'] {
	return organ === 'GA' ? 'feminine' : organ === 'unknown' ? undefined : 'masculine';
}

/**
 * The emphasis the draft gives openers of a part in Markdown ("*Recalling*", "**Decides**"), so that a completed
 * opener looks like its neighbours; none when most openers are plain.
 */
function emphasisOf(resolution: Resolution, part: Part): string {
	const paragraphs = part === 'preambular' ? resolution.preamble : resolution.operative;
	const marks = paragraphs.map(paragraph => {
		const start = paragraph.opener?.span.start ?? 0;
		const before = resolution.text.slice(Math.max(0, start - 2), start);
		return before === '**' || before === '__' ? before : /[*_]$/.test(before) ? before.slice(-1) : '';
	});
	const emphasised = marks.filter(mark => mark !== '');
	return emphasised.length * 2 > marks.length ? emphasised[emphasised.length - 1] : '';
}
