import { parseSymbol, type SymbolPart } from '../../citations/symbols';
import type { DateNode, Organ, Resolution, Span, TextNode } from '../../model/types';
import { DiagnosticCode } from '../codes';
import type { Finding, Rule } from '../types';

/**
 * How an organ counts the period a resolution belongs to: Assembly and Council sessions, calendar years, or the
 * special and emergency special sessions, which have a numbering of their own ("S-27/2", "ES-10/23").
 */
type Period = 'session' | 'year' | 'special session' | 'emergency special session';

const PERIODS: Partial<Record<Organ, Period>> = { GA: 'session', HRC: 'session', ECOSOC: 'year', SC: 'year' };
const SYMBOL_SESSION_KINDS: Record<Period, SymbolPart['sessionKind']> = {
	'session': 'session', 'year': 'year', 'special session': 'special', 'emergency special session': 'emergency',
};
// The session line of a special or an emergency special session, in the six languages.
const EMERGENCY_SESSION = /emergency|d['’]urgence|de emergencia|чрезвычайн|الطارئة|紧急/i;
const SPECIAL_SESSION = /special|extraordinaire|extraordinario|специальн|الاستثنائية|特别/i;

/** One element of the heading and the periods it allows. */
interface Claim {
	/** "the resolution number 73/218", for messages. */
	label: string;
	span: Span;
	values: number[];
	/** Dates allow a range; their messages name it rather than a single value. */
	isDate: boolean;
}

/**
 * `header.inconsistent`: the elements of a heading identify one session (or, for the Economic and Social Council
 * and the Security Council, one year), and should agree: the session line, the resolution number ("73/218" → 73;
 * "2025/3" → 2025; "2732 (2024)" → 2024, drafting-rules.md R61, R62, R64), the document symbol, the session of the
 * report symbols in the origin line ("A/73/535", DHL symbol guide, §2.1), the adoption date (a General Assembly
 * session N runs from September of 1945 + N to September of 1946 + N) and the closing date, which repeats the date
 * of adoption (Editorial Manual §II.C, R37). The element that disagrees with the others is reported, with the
 * others as related information.
 */
export const headerRules: Rule = ({ resolution }) => {
	const period = periodOf(resolution);
	if (!period) {
		return [];
	}
	const claims = collectClaims(resolution, period);
	const best = majority(claims);
	if (best === undefined) {
		return [];
	}
	const agreeing = claims.filter(claim => claim.values.includes(best));
	const findings: Finding[] = claims.filter(claim => !claim.values.includes(best)).map(claim => ({
		code: DiagnosticCode.HeaderInconsistent,
		message: disagreement(claim, best, period, agreeing),
		span: claim.span,
		related: agreeing.map(other => ({ span: other.span, message: `The ${other.label} points to ${periodName(best, period)}.` })),
	}));
	return findings.length === 0 ? datesDiffer(resolution) : findings;
};

function periodOf(resolution: Resolution): Period | undefined {
	const regular = PERIODS[resolution.organ];
	if (regular !== 'session') {
		return regular;
	}
	const number = resolution.header.number?.text ?? '';
	const session = resolution.header.session?.text ?? '';
	if (/^ES-/.test(number) || EMERGENCY_SESSION.test(session)) {
		return 'emergency special session';
	}
	return /^S-/.test(number) || SPECIAL_SESSION.test(session) ? 'special session' : regular;
}

function collectClaims(resolution: Resolution, period: Period): Claim[] {
	const { header, organ, closing } = resolution;
	const claims: Claim[] = [];
	const add = (label: string, node: TextNode | undefined, values: number[], isDate = false) => {
		if (node && values.length > 0) {
			claims.push({ label, span: node.span, values, isDate });
		}
	};
	add('resolution number ' + header.number?.text, header.number, numberPeriod(header.number?.text ?? '', organ, period));
	add(`session line "${header.session?.text}"`, header.session, header.session?.number !== undefined ? [header.session.number] : []);
	const masthead = header.masthead?.symbol;
	add('document symbol ' + masthead?.text, masthead, symbolPeriod(masthead?.text ?? '', organ, period, true));
	for (const report of header.origin?.reportSymbols ?? []) {
		add('report symbol ' + report.text, report, symbolPeriod(report.text, organ, period, false));
	}
	// Council sessions and special sessions have no fixed months, so dates are compared for the others only.
	if (organ !== 'HRC' && (period === 'session' || period === 'year')) {
		add('adoption date ' + header.adoption?.date?.text, header.adoption?.date, datePeriods(header.adoption?.date, period), true);
		add('closing date ' + closing?.date?.text, closing?.date, datePeriods(closing?.date, period), true);
	}
	return claims;
}

// The resolution number tells the period by the organ's numbering: "73/218" and HRC "5/1" the session from the
// 31st Assembly session on, "ES-10/23" the emergency special session, "2025/3" the Council's year, "2732 (2024)"
// the Security Council's year.
function numberPeriod(number: string, organ: Organ, period: Period): number[] {
	const pattern = organ === 'SC' ? /^\d{1,4} ?\((\d{4})\)$/ : organ === 'ECOSOC' ? /^(\d{4})\/\d+/
		: period === 'session' ? /^(\d{1,3})\/\d+/ : /^E?S-(\d{1,2})\/\d+/;
	const match = pattern.exec(number.trim());
	return match ? [Number(match[1])] : [];
}

// The session or year component of a symbol of the organ's own series; the Security Council's resolutions carry
// their year in parentheses ("S/RES/2732 (2024)").
function symbolPeriod(text: string, organ: Organ, period: Period, isResolution: boolean): number[] {
	const parts = parseSymbol(text.trim())?.parts ?? [];
	const own = parts.find(part => ownSeries(part, organ) && (!isResolution || part.special === 'RES' || part.bodies.includes('RES')));
	if (!own) {
		return [];
	}
	if (organ === 'SC' && own.parenthesis && /^\d{4}$/.test(own.parenthesis)) {
		return [Number(own.parenthesis)];
	}
	const matches = own.session !== undefined && own.sessionKind === SYMBOL_SESSION_KINDS[period];
	return matches ? [Number(own.session!.replace(/^E?S-/, ''))] : [];
}

function ownSeries(part: SymbolPart, organ: Organ): boolean {
	const isHumanRightsCouncil = part.bodies.includes('HRC');
	switch (organ) {
		case 'GA': return part.series === 'A' && !isHumanRightsCouncil;
		case 'HRC': return part.series === 'A' && isHumanRightsCouncil;
		case 'ECOSOC': return part.series === 'E';
		case 'SC': return part.series === 'S';
		default: return false;
	}
}

// A General Assembly session opens in September and closes just before the next one opens, so a date in
// September may belong to either; other organs count calendar years.
function datePeriods(date: DateNode | undefined, period: Period): number[] {
	const match = date ? /^(\d{4})-(\d{2})/.exec(date.iso) : null;
	if (!match) {
		return [];
	}
	const year = Number(match[1]);
	const month = Number(match[2]);
	if (period === 'year') {
		return [year];
	}
	const opened = year - 1945;
	return month < 9 ? [opened - 1] : month === 9 ? [opened - 1, opened] : [opened];
}

// The value most elements allow; on a tie the resolution number, then the session line, decide, since the number
// is what identifies the resolution.
function majority(claims: readonly Claim[]): number | undefined {
	if (claims.length < 2) {
		return undefined;
	}
	let best: number | undefined;
	let bestCount = 0;
	for (const claim of claims) {
		for (const value of claim.values) {
			const count = claims.filter(other => other.values.includes(value)).length;
			if (count > bestCount) {
				best = value;
				bestCount = count;
			}
		}
	}
	return best;
}

function disagreement(claim: Claim, best: number, period: Period, agreeing: readonly Claim[]): string {
	const others = listLabels(agreeing);
	const verb = agreeing.length === 1 ? 'points' : 'point';
	if (claim.isDate) {
		const range = period === 'session' ? ` (September ${1945 + best} to September ${1946 + best})` : '';
		return `The ${claim.label} falls outside ${periodName(best, period)}${range}, which ${others} ${verb} to.`;
	}
	return `The ${claim.label} points to ${periodName(claim.values[0], period)}, but ${others} ${verb} to ${periodName(best, period)}.`;
}

function listLabels(claims: readonly Claim[]): string {
	const labels = claims.map(claim => `the ${claim.label}`);
	return labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

function periodName(value: number, period: Period): string {
	return period === 'year' ? `the year ${value}` : `the ${ordinal(value)} ${period}`;
}

function ordinal(value: number): string {
	const tens = value % 100;
	const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th';
	return `${value}${suffix}`;
}

// When every element agrees on the period, the closing formula must still give the same day as the adoption line.
function datesDiffer(resolution: Resolution): Finding[] {
	const adoption = resolution.header.adoption?.date;
	const closing = resolution.closing?.date;
	if (!adoption || !closing || adoption.iso === closing.iso) {
		return [];
	}
	return [{
		code: DiagnosticCode.HeaderInconsistent,
		message: `The closing date ${closing.text} differs from the adoption date ${adoption.text}; the closing formula gives the date of adoption.`,
		span: closing.span,
		related: [{ span: adoption.span, message: `The adoption line gives ${adoption.text}.` }],
	}];
}
