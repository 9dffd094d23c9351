import { DiagnosticCode } from '../codes';
import type { Finding, Rule } from '../types';

/**
 * `artifact.field-error`: Word leaves the result of a broken cross-reference in the text ("Error! Bookmark not
 * defined.", "错误！未定义书签。"), usually where a footnote marker or a paragraph reference stood (R73).
 * `structure.unclassified`: text the parser could not place, so the drafter sees it was not understood.
 */
export const artefactRules: Rule = ({ resolution }) => {
	const findings: Finding[] = resolution.artefacts.map(artefact => ({
		code: DiagnosticCode.ArtifactFieldError,
		message: `A Word field error was left in the text: "${artefact.text}". Restore the reference it replaced.`,
		span: artefact.span,
		fixes: [{ fix: 'replace', span: artefact.span, text: '', title: 'Remove the field error text' }],
	}));
	for (const block of resolution.unclassified) {
		findings.push({
			code: DiagnosticCode.StructureUnclassified,
			message: `This text is not recognised as part of a resolution: ${block.reason}.`,
			span: block.span,
		});
	}
	return findings;
};
