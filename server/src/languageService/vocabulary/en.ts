import type { LanguageVocabulary, VerbEntry } from './types';

// Each row: concept, preambular form, operative form, and whether each form was seen opening a paragraph of an
// official text (drafting-rules.md §3 ✓ cells and the aligned openers of the corpus). An empty form means the
// concept has no usual form in that part ("Decides" opens no preambular paragraph).
type Row = [concept: string, preambular: string, operative: string, attested: boolean];

const ROWS: readonly Row[] = [
	['recall', 'Recalling', 'Recalls', true],
	['reaffirm', 'Reaffirming', 'Reaffirms', true],
	['recognize', 'Recognizing', 'Recognizes', true],
	['acknowledge', 'Acknowledging', 'Acknowledges', true],
	['affirm', 'Affirming', 'Affirms', true],
	['note', 'Noting', 'Notes', true],
	['take-note', 'Taking note', 'Takes note', true],
	['welcome', 'Welcoming', 'Welcomes', true],
	['emphasize', 'Emphasizing', 'Emphasizes', true],
	['stress', 'Stressing', 'Stresses', true],
	['underline', 'Underlining', 'Underlines', true],
	['underscore', 'Underscoring', 'Underscores', false],
	['highlight', 'Highlighting', 'Highlights', false],
	['reiterate', 'Reiterating', 'Reiterates', true],
	['support', 'Supporting', 'Supports', true],
	['call-upon', 'Calling upon', 'Calls upon', true],
	['call-on', 'Calling on', 'Calls on', true],
	['commend', 'Commending', 'Commends', true],
	['express', 'Expressing', 'Expresses', true],
	['condemn', 'Condemning', 'Condemns', false],
	['strongly-condemn', 'Strongly condemning', 'Strongly condemns', false],
	['deplore', 'Deploring', 'Deplores', false],
	['regret', 'Regretting', 'Regrets', true],
	['consider', 'Considering', 'Considers', true],
	['appreciate', 'Appreciating', 'Appreciates', false],
	['encourage', 'Encouraging', 'Encourages', true],
	['urge', 'Urging', 'Urges', true],
	['invite', 'Inviting', 'Invites', true],
	['request', '', 'Requests', true],
	['decide', '', 'Decides', true],
	['demand', '', 'Demands', false],
	['authorize', '', 'Authorizes', false],
	['endorse', 'Endorsing', 'Endorses', false],
	['approve', '', 'Approves', false],
	['adopt', '', 'Adopts', false],
	['appeal', 'Appealing', 'Appeals', false],
	['recommend', '', 'Recommends', false],
	['declare', 'Declaring', 'Declares', false],
	['proclaim', '', 'Proclaims', false],
	['designate', '', 'Designates', false],
	['confirm', 'Confirming', 'Confirms', false],
	['remind', 'Reminding', 'Reminds', false],
	['look-forward', 'Looking forward', 'Looks forward', false],
	['pay-tribute', 'Paying tribute', 'Pays tribute', true],
	['insist', 'Insisting', 'Insists', false],
	['bear-in-mind', 'Bearing in mind', '', true],
	['keep-in-mind', 'Keeping in mind', '', false],
	['take-into-account', 'Taking into account', 'Takes into account', false],
	['take-into-consideration', 'Taking into consideration', '', false],
	['have-considered', 'Having considered', '', true],
	['have-examined', 'Having examined', '', true],
	['have-reviewed', 'Having reviewed', '', false],
	['have-heard', 'Having heard', '', false],
	['have-adopted', 'Having adopted', '', false],
	['guided', 'Guided by', '', false],
	['convinced', 'Convinced', '', false],
	['aware', 'Aware', '', false],
	['fully-aware', 'Fully aware', '', false],
	['conscious', 'Conscious', '', true],
	['mindful', 'Mindful', '', true],
	['cognizant', 'Cognizant', '', true],
	['concerned', 'Concerned', '', false],
	['deeply-concerned', 'Deeply concerned', '', false],
	['gravely-concerned', 'Gravely concerned', '', false],
	['alarmed', 'Alarmed', '', false],
	['determined', 'Determined', '', false],
	['desiring', 'Desiring', '', false],
	['believing', 'Believing', '', false],
	['observing', 'Observing', '', false],
	['realizing', 'Realizing', '', false],
	['seeking', 'Seeking', '', false],
	['act-under-chapter', 'Acting under Chapter VII of the Charter of the United Nations', '', false],
];

function entries(): VerbEntry[] {
	const result: VerbEntry[] = [];
	for (const [concept, preambular, operative, attested] of ROWS) {
		if (preambular) {
			result.push({ phrase: preambular, part: 'preambular', concept, attested });
		}
		if (operative) {
			result.push({ phrase: operative, part: 'operative', concept, attested });
		}
	}
	return result;
}

export const english: LanguageVocabulary = {
	language: 'en',
	entries: entries(),
	repetitionMarkers: ['also', 'further'],
};
