/**
 * What each opening phrase signals to the reader of a resolution, by vocabulary concept. The notes are written
 * for drafters: the strength of the language, who acts, and where the phrase usually stands.
 */
const NOTES: Record<string, string> = {
	'recall': 'Refers back to an earlier resolution, instrument or event that frames this text; usually cites it by number and date.',
	'reaffirm': 'Restates a commitment or position the organ has already taken, with the same force as before.',
	'recognize': 'Accepts a fact or principle as valid; stronger than noting, weaker than affirming.',
	'acknowledge': 'Admits a fact or the work of others without judging it.',
	'affirm': 'States a position firmly as the view of the organ.',
	'note': 'Records a fact neutrally, without approval or disapproval.',
	'take-note': 'Records that a document or development was received, deliberately without endorsing its content.',
	'welcome': 'Expresses approval of a development, report or initiative.',
	'emphasize': 'Gives a point particular weight; interchangeable with "stress" in most texts.',
	'stress': 'Gives a point particular weight; often used for obligations that already exist.',
	'underline': 'Marks a point as especially important.',
	'underscore': 'Marks a point as especially important.',
	'highlight': 'Draws attention to a point without creating a new obligation.',
	'reiterate': 'Repeats a call or position made before, signalling that it has not yet been acted upon.',
	'support': 'Expresses backing for an initiative, process or body.',
	'call-upon': 'Addresses a firm request to States or other actors outside the organ.',
	'call-on': 'Addresses a firm request to States or other actors outside the organ.',
	'commend': 'Praises the work or achievement of a named actor.',
	'express': 'Introduces an attitude of the organ: concern, appreciation, regret, support.',
	'express-concern': 'States that the organ is worried about a situation.',
	'express-appreciation': 'Thanks a named actor for its work or contribution.',
	'condemn': 'Censures an act in the strongest ordinary terms.',
	'strongly-condemn': 'Censures an act in the strongest terms the organ uses.',
	'deplore': 'Expresses strong disapproval, short of condemnation.',
	'regret': 'Expresses disappointment that something happened or did not.',
	'consider': 'States the view the organ holds on a point.',
	'appreciate': 'Expresses gratitude or a positive assessment.',
	'encourage': 'Invites action in a supportive, non-binding way.',
	'urge': 'Presses strongly for action; stronger than "encourages" and "invites".',
	'invite': 'Asks, politely and without obligation, for action or participation.',
	'request': 'Asks a body under the organ\'s authority, usually the Secretary-General, to act or report.',
	'decide': 'Takes a decision of the organ; the strongest operative verb in most resolutions.',
	'demand': 'Requires compliance; used mainly by the Security Council.',
	'authorize': 'Grants a mandate or permission to act; used mainly by the Security Council.',
	'endorse': 'Gives formal approval to a text or recommendation prepared elsewhere.',
	'approve': 'Gives formal approval, typically to a budget, programme or report.',
	'adopt': 'Adopts a text, such as a declaration or programme of action, as the organ\'s own.',
	'appeal': 'Makes an urgent request, often to donors or parties to a conflict.',
	'recommend': 'Advises another body or States to act; typical of ECOSOC texts addressed to the General Assembly.',
	'declare': 'Makes a formal statement, such as proclaiming a principle or an international day.',
	'proclaim': 'Announces formally, for example an international year or decade.',
	'designate': 'Names a day, period or body for a purpose.',
	'confirm': 'Confirms an earlier decision, appointment or understanding.',
	'remind': 'Recalls an existing obligation to those bound by it.',
	'look-forward': 'Expresses expectation of a future event or report.',
	'pay-tribute': 'Honours the service or sacrifice of named actors.',
	'insist': 'Presses a point the organ considers non-negotiable.',
	'bear-in-mind': 'Keeps a consideration in view without acting on it directly; preambular only.',
	'keep-in-mind': 'Keeps a consideration in view without acting on it directly; preambular only.',
	'take-into-account': 'States that a consideration has been weighed.',
	'take-into-consideration': 'States that a consideration has been weighed.',
	'have-considered': 'States that the organ has examined a report or item before acting; preambular only.',
	'have-examined': 'States that the organ has examined a report or item before acting; preambular only.',
	'have-reviewed': 'States that the organ has reviewed a report or item before acting; preambular only.',
	'have-heard': 'States that the organ has heard a statement before acting; preambular only.',
	'have-adopted': 'Refers to a text the organ adopted earlier; preambular only.',
	'guided': 'Names the principles or instruments that guide the action, typically the Charter.',
	'convinced': 'States a firm belief that motivates the action.',
	'aware': 'States that the organ knows of a fact or risk.',
	'fully-aware': 'States that the organ knows of a fact or risk.',
	'conscious': 'States that the organ is mindful of a fact or responsibility.',
	'mindful': 'States that the organ keeps a responsibility or circumstance in mind.',
	'cognizant': 'States that the organ is aware of a fact or circumstance.',
	'concerned': 'States that the organ is worried about a situation.',
	'deeply-concerned': 'States serious worry about a situation.',
	'gravely-concerned': 'States very serious worry about a situation.',
	'alarmed': 'States that a situation has deteriorated to an alarming degree.',
	'determined': 'States the organ\'s resolve to reach a goal.',
	'desiring': 'States an aim the action serves.',
	'believing': 'States a belief that motivates the action.',
	'observing': 'Records an observation neutrally.',
	'realizing': 'States that the organ has become aware of a fact.',
	'seeking': 'States an aim the action serves.',
	'act-under-chapter': 'Invokes Chapter VII of the Charter, making the decisions that follow binding; Security Council only.',
};

const PART_NOTES = {
	preambular: 'Opens a preambular paragraph: a consideration on which the action rests. Printed in italics; the paragraph ends with a comma.',
	operative: 'Opens an operative paragraph: the opinion of the organ or the action to be taken. Numbered; the paragraph ends with a semicolon, the last one with a full stop.',
	both: 'Chinese uses the same verb in both parts: the number and the final punctuation (，or ；/。) tell the part.',
} as const;

/** What an opening phrase signals, when its concept is known. */
export function verbNote(concept: string | undefined): string | undefined {
	return concept ? NOTES[concept] : undefined;
}

/** What opening a paragraph of a part means. */
export function partNote(part: keyof typeof PART_NOTES): string {
	return PART_NOTES[part];
}
