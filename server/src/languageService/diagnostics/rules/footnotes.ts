import type { Footnote, FootnoteMarker, Resolution } from '../../model/types';
import { DiagnosticCode, type Severity } from '../codes';
import type { Finding, Rule } from '../types';

/**
 * The footnote rules: every marker has a text and every text a marker (Editorial Manual, Footnotes ch. IX,
 * R45); numbers first appear in order; a number is defined once; and a number is not cited twice in drafts of
 * the 74th session on, where the Manual asks for a new footnote with the same text instead (R47).
 */
export const footnoteRules: Rule = ({ resolution }) => [
	...undefinedMarkers(resolution),
	...unusedAndDuplicateTexts(resolution),
	...outOfOrder(resolution.markers),
	...repeatedMarkers(resolution),
];

function undefinedMarkers(resolution: Resolution): Finding[] {
	const defined = new Set(resolution.footnotes.map(footnote => footnote.number));
	return resolution.markers.filter(marker => !defined.has(marker.number)).map(marker => ({
		code: DiagnosticCode.FootnoteUndefined,
		message: `Footnote marker ${marker.number} has no footnote text.`,
		span: marker.span,
		fixes: [{ fix: 'create-footnote' as const, number: marker.number }],
	}));
}

function unusedAndDuplicateTexts(resolution: Resolution): Finding[] {
	const findings: Finding[] = [];
	const seen = new Map<number, Footnote>();
	for (const footnote of resolution.footnotes) {
		const first = seen.get(footnote.number);
		if (first) {
			findings.push({
				code: DiagnosticCode.FootnoteDuplicateDefinition,
				message: `Footnote ${footnote.number} has a second text; each number is defined once.`,
				span: footnote.labelSpan,
				related: [{ span: first.labelSpan, message: `Footnote ${footnote.number} is first defined here.` }],
			});
			continue;
		}
		seen.set(footnote.number, footnote);
		if (footnote.references.length === 0) {
			findings.push({
				code: DiagnosticCode.FootnoteUnused,
				message: `Footnote ${footnote.number} is not cited by any marker in the text.`,
				span: footnote.labelSpan,
			});
		}
	}
	return findings;
}

// The n-th distinct number to appear should be n. One finding, at the first marker that breaks the order, since
// renumbering fixes every later one at once.
function outOfOrder(markers: readonly FootnoteMarker[]): Finding[] {
	const seen = new Set<number>();
	for (const marker of markers) {
		if (seen.has(marker.number)) {
			continue;
		}
		seen.add(marker.number);
		if (marker.number !== seen.size) {
			return [{
				code: DiagnosticCode.FootnoteOrder,
				message: `Footnote ${marker.number} appears here for the first time, where footnote ${seen.size} is expected.`,
				span: marker.span,
				fixes: [{ fix: 'renumber-footnotes' }],
			}];
		}
	}
	return [];
}

function repeatedMarkers(resolution: Resolution): Finding[] {
	const severity: Severity = followsOldPractice(resolution) ? 'information' : 'warning';
	const first = new Map<number, FootnoteMarker>();
	const findings: Finding[] = [];
	for (const marker of resolution.markers) {
		const earlier = first.get(marker.number);
		if (!earlier) {
			first.set(marker.number, marker);
			continue;
		}
		findings.push({
			code: DiagnosticCode.FootnoteRepeatedMarker,
			severity,
			message: severity === 'information'
				? `Footnote ${marker.number} is cited again, as texts of the 73rd session and before did.`
				: `Footnote ${marker.number} is cited again; resolutions now repeat a reference as a new footnote with the same text.`,
			span: marker.span,
			related: [{ span: earlier.span, message: `Footnote ${marker.number} is first cited here.` }],
		});
	}
	return findings;
}

// The Editorial Manual's change of practice shows first in texts of the 74th session, which opened on
// 17 September 2019 (R47). Without a date or session, a text is taken as a new draft.
const NEW_PRACTICE_FROM = '2019-09-17';

function followsOldPractice(resolution: Resolution): boolean {
	const date = resolution.header.adoption?.date?.iso ?? resolution.closing?.date?.iso;
	if (date) {
		return date < NEW_PRACTICE_FROM;
	}
	const session = resolution.header.session?.number;
	return resolution.organ === 'GA' && session !== undefined && session <= 73;
}
