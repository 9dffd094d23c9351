import type { Catalogue } from '../catalogue/catalogue';
import { patchOf, type Patch } from '../incremental/patch';
import { Relocation } from '../incremental/relocate';
import type { ParagraphBase, Resolution, Span } from '../model/types';
import type { ParsedNode } from '../parser/nodes';
import type { LintConfig } from './config';
import { rulesFor } from './index';
import { headerRules } from './rules/header';
import { footnoteRules } from './rules/footnotes';
import { operativeNumberingRules, subParagraphNumberingRules } from './rules/numbering';
import { draftLeftoverRules } from './rules/draft';
import { symbolRules } from './rules/symbols';
import type { Finding, FixData, Rule } from './types';

/** The findings of every rule family for one version of a document, kept to be reused for the next version. */
export interface CheckedFamilies {
	resolution: Resolution;
	config: LintConfig;
	catalogue?: Catalogue;
	rules: readonly Rule[];
	findings: ReadonlyArray<readonly Finding[]>;
}

/**
 * What a keystroke inside one paragraph (incremental/patch.ts) can change, per family:
 * - `moves`: the family reads only what such a keystroke cannot change (numbers, labels, the heading, and, when
 *   the changed line keeps its footnote markers, the footnotes), so its findings only move with the text;
 * - `local`: the family judges each paragraph by its own text alone, so only the changed paragraph is checked
 *   again and the other findings move;
 * - every other family (openers compared across paragraphs, punctuation by position, citation dates from a
 *   catalogue that may have learnt something) runs again in full.
 * The incremental tests compare the result with a full check after every edit of a seeded typing session.
 */
function strategy(rule: Rule, patch: Patch): 'moves' | 'local' | 'full' {
	if (patch.structural) {
		return 'full';
	}
	if (rule === operativeNumberingRules || rule === subParagraphNumberingRules || rule === headerRules) {
		return 'moves';
	}
	if (rule === footnoteRules) {
		return patch.sameMarkers ? 'moves' : 'full';
	}
	return rule === symbolRules || rule === draftLeftoverRules ? 'local' : 'full';
}

/**
 * Runs every rule family on a model, reusing the findings of the previous version where the model was patched
 * from it with the same configuration and catalogue.
 */
export function checkFamilies(resolution: Resolution, config: LintConfig, catalogue?: Catalogue, previous?: CheckedFamilies): CheckedFamilies {
	const rules = rulesFor(resolution, config);
	const context = { resolution, config, catalogue };
	const patch = patchOf(resolution);
	const reusable = previous && patch && patch.previous === previous.resolution && previous.config === config
		&& previous.catalogue === catalogue && previous.rules === rules;
	const findings = rules.map((rule, index) => {
		if (!reusable) {
			return rule(context).map(finding => copyOf(finding));
		}
		const kind = strategy(rule, patch);
		// A finding that reaches the edit (a marker the drafter types next to) cannot be moved with certainty.
		if (kind === 'full' || (kind === 'moves' && previous.findings[index].some(finding => touches(finding, patch)))) {
			return rule(context).map(finding => copyOf(finding));
		}
		const relocation = new Relocation(patch.from, patch.delta);
		const moved = previous.findings[index]
			.filter(finding => kind === 'moves' || !inPieces(finding.span, patch.oldPieces))
			.map(finding => copyOf(finding, relocation));
		// A patch that only moved the text after blank lines re-read no paragraph, so a local family has nothing new to judge.
		if (kind === 'moves' || !patch.node) {
			return moved;
		}
		const fresh = rule({ ...context, resolution: onlyParagraph(resolution, patch.node) }).filter(finding => inPieces(finding.span, patch.newPieces));
		return [...moved, ...fresh.map(finding => copyOf(finding))];
	});
	return { resolution, config, catalogue, rules, findings };
}

function touches(finding: Finding, patch: Patch): boolean {
	const near = (span: Span) => span.end >= patch.start && span.start <= patch.from;
	return near(finding.span) || (finding.related ?? []).some(related => near(related.span))
		|| (finding.fixes ?? []).some(fix => (fix.fix === 'replace' && near(fix.span))
			|| (fix.fix === 'insert' && near({ start: fix.offset, end: fix.offset }))
			|| (fix.fix === 'renumber-subparagraphs' && near({ start: fix.paragraphStart, end: fix.paragraphStart })));
}

function inPieces(span: Span, pieces: readonly Span[]): boolean {
	return pieces.some(piece => span.start >= piece.start && span.start <= piece.end);
}

/**
 * A copy of a finding with spans of its own, moved past the edit when `relocation` is given. Rules may hand out
 * the model's own span objects, which the next patch moves in place; kept findings must not move with them.
 */
function copyOf(finding: Finding, relocation?: Relocation): Finding {
	const span = (value: Span): Span => {
		const copy = { start: value.start, end: value.end };
		relocation?.span(copy);
		return copy;
	};
	const offset = (value: number) => span({ start: value, end: value }).start;
	return {
		...finding,
		span: span(finding.span),
		...(finding.related ? { related: finding.related.map(related => ({ ...related, span: span(related.span) })) } : {}),
		...(finding.fixes ? { fixes: finding.fixes.map(fix => movedFix(fix, span, offset)) } : {}),
	};
}

function movedFix(fix: FixData, span: (value: Span) => Span, offset: (value: number) => number): FixData {
	switch (fix.fix) {
		case 'replace': return { ...fix, span: span(fix.span) };
		case 'insert': return { ...fix, offset: offset(fix.offset) };
		case 'renumber-subparagraphs': return { ...fix, paragraphStart: offset(fix.paragraphStart) };
		default: return fix;
	}
}

/**
 * The model cut down to the re-read paragraph alone (as a paragraph of its part, without sub-paragraphs, which are
 * paragraphs of their own), for the local families to judge it.
 */
function onlyParagraph(resolution: Resolution, node: ParsedNode): Resolution {
	const alone = node.alone();
	const operative = resolution.operative.includes(node as ParagraphBase);
	return {
		...resolution,
		header: { agendaItems: [] },
		preamble: operative ? [] : [alone],
		operative: operative ? [alone] : [],
		footnotes: [],
		markers: [],
		citations: [],
		closing: undefined,
		artefacts: [],
		unclassified: [],
		problems: [],
	};
}
