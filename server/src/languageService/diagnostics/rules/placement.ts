import type { DocumentLanguage, Resolution } from '../../model/types';
import { forEachBodyNode } from '../../parser/walk';
import { DiagnosticCode } from '../codes';
import type { Finding, Rule } from '../types';

// Where the footnote marker goes relative to a punctuation mark: after it in English ("issue,¹") and, in the
// official texts, in Chinese ("，⁷"); before it in French and Spanish (Editorial Manual, Footnotes ch. IX, R44),
// and, in the official texts, in Russian and Arabic ("модифицированный² ," / "الأثر⁽¹⁾ و").
const MARKER_AFTER_PUNCTUATION: Record<DocumentLanguage, boolean> = { en: true, zh: true, fr: false, es: false, ru: false, ar: false };
const PUNCTUATION = ',;.:，；。：،؛';

/**
 * `footnote.placement`: a marker on the wrong side of the punctuation mark next to it. `punctuation.spacing`:
 * in French, ";", ":", "?" and "!" take a no-break space before them, so that the mark never starts a line.
 */
export const placementRules: Rule = ({ resolution }) => [...markerPlacement(resolution), ...frenchSpacing(resolution)];

function markerPlacement(resolution: Resolution): Finding[] {
	const after = MARKER_AFTER_PUNCTUATION[resolution.language];
	const text = resolution.text;
	const findings: Finding[] = [];
	for (const marker of resolution.markers) {
		if (after) {
			// Wrong: the marker, then (spaces and) the punctuation mark: "issue¹,".
			let next = marker.span.end;
			while (text[next] === ' ' || text[next] === '\u00a0') {
				next++;
			}
			if (PUNCTUATION.includes(text[next] ?? '') && !/[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(text[next + 1] ?? '')) {
				findings.push(placementFinding(resolution.language, marker.span.start, next + 1, text.slice(next, next + 1) + text.slice(marker.span.start, marker.span.end), 'after'));
			}
		} else {
			// Wrong: the punctuation mark directly before the marker: "modifié,²".
			const previous = marker.span.start - 1;
			if (previous >= 0 && PUNCTUATION.includes(text[previous])) {
				findings.push(placementFinding(resolution.language, previous, marker.span.end, text.slice(marker.span.start, marker.span.end) + text[previous], 'before'));
			}
		}
	}
	return findings;
}

function placementFinding(language: DocumentLanguage, start: number, end: number, replacement: string, side: 'after' | 'before'): Finding {
	const names: Record<DocumentLanguage, string> = { en: 'English', zh: 'Chinese', fr: 'French', es: 'Spanish', ru: 'Russian', ar: 'Arabic' };
	return {
		code: DiagnosticCode.FootnotePlacement,
		message: `In ${names[language]} texts the footnote marker goes ${side} the punctuation mark.`,
		span: { start, end },
		fixes: [{ fix: 'replace', span: { start, end }, text: replacement, title: `Put the marker ${side} the punctuation mark` }],
	};
}

const FRENCH_HIGH_PUNCTUATION = /([^\s\u00a0\u202f(«“])([;:?!])|( )([;:?!])/g;

function frenchSpacing(resolution: Resolution): Finding[] {
	if (resolution.language !== 'fr') {
		return [];
	}
	const findings: Finding[] = [];
	forEachBodyNode(resolution, node => {
		for (const piece of node.pieces) {
			const text = resolution.text.slice(piece.start, piece.end);
			for (const match of text.matchAll(FRENCH_HIGH_PUNCTUATION)) {
				if (isInsideSymbolOrLink(text, match.index ?? 0)) {
					continue;
				}
				const at = piece.start + (match.index ?? 0) + (match[1] ? match[1].length : 0);
				const mark = match[2] ?? match[4];
				findings.push({
					code: DiagnosticCode.PunctuationSpacing,
					message: `In French, "${mark}" takes a no-break space before it.`,
					span: { start: at, end: at + (match[3] ? 2 : 1) },
					fixes: [{ fix: 'replace', span: { start: at, end: at + (match[3] ? 2 : 1) }, text: `\u00a0${mark}`, title: 'Put a no-break space before the mark' }],
				});
			}
		}
	});
	return findings;
}

// "http://", "A/RES/70/1" and times such as "10:00" keep their colons tight.
function isInsideSymbolOrLink(text: string, index: number): boolean {
	const around = text.slice(Math.max(0, index - 6), index + 4);
	return /:\/\/|\d:\d/.test(around);
}
