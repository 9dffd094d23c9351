import type { VerbNoteWording } from './types';

// The notes below are written with ordinary spaces before ; : ! ? » and after «, so that the source stays readable.
// typeset() turns those spaces into the no-break spaces the French official texts set there (A/RES/79/75 ends its
// operative paragraphs with "\u00a0;" and quotes with "«\u00a0…\u00a0»"), as wording/fr.ts does for its quotations,
// so that a hover never breaks a line before a semicolon or inside a quotation.
function typeset(text: string): string {
	return text.replace(/« /g, '«\u00a0').replace(/ ([»;:!?])/g, '\u00a0$1');
}

// "The organ" of the English notes is "l’organe" throughout, the word the French hovers use for the adopting body.
// Where a note compares verbs it quotes the phrases of vocabulary/fr.ts, in their operative form, because one note
// serves both parts and most of the compared verbs have no preambular form in the French vocabulary.
const CONCEPTS: Readonly<Record<string, string>> = {
	'recall': 'Renvoie à une résolution, à un instrument ou à un événement antérieurs dans lesquels s’inscrit le présent texte ; la résolution est d’ordinaire citée avec son numéro et sa date.',
	'reaffirm': 'Énonce de nouveau, avec la même force, un engagement déjà pris ou une position déjà arrêtée par l’organe.',
	// The French texts render this concept by several verbs (« Considérant », « Estime », « Constate », « Considère »);
	// the comparison names the French verbs of the concepts 'note' and 'affirm'.
	'recognize': 'Admet la validité d’un fait ou d’un principe ; plus fort que « Note », moins fort que « Affirme ».',
	'acknowledge': 'Reconnaît un fait, ou le travail accompli par d’autres, sans porter d’appréciation.',
	'affirm': 'Énonce fermement une position comme étant celle de l’organe.',
	'note': 'Relève un fait de façon neutre, sans approbation ni désapprobation.',
	'take-note': 'Consigne qu’un document a été reçu ou qu’un fait est survenu, en se gardant délibérément d’en approuver le contenu.',
	'welcome': 'Marque l’approbation d’un fait nouveau, d’un rapport ou d’une initiative.',
	// French writes « Souligne » for this concept and for the next one alike, so "interchangeable with stress" is
	// given by the other French rendering of that concept in the aligned texts, « Insiste » (A/RES/75/202, OP 25).
	'emphasize': 'Donne un poids particulier à un point ; dans la plupart des textes, interchangeable avec « Insiste ».',
	'stress': 'Donne un poids particulier à un point ; souvent employé à propos d’obligations qui existent déjà.',
	// French has no separate verb for these two concepts: both are « Souligne » (A/RES/79/75, OP 12), and, as in
	// English, the two notes are the same.
	'underline': 'Signale un point comme particulièrement important.',
	'underscore': 'Signale un point comme particulièrement important.',
	'highlight': 'Appelle l’attention sur un point sans créer d’obligation nouvelle.',
	'reiterate': 'Renouvelle un appel lancé ou une position prise antérieurement, en signalant qu’il n’y a pas encore été donné suite.',
	'support': 'Marque l’appui de l’organe à une initiative, à un processus ou à un organisme.',
	'call-upon': 'Adresse une demande ferme aux États ou à d’autres acteurs extérieurs à l’organe.',
	'call-on': 'Adresse une demande ferme aux États ou à d’autres acteurs extérieurs à l’organe.',
	'commend': 'Fait l’éloge du travail ou des résultats d’un acteur nommément désigné.',
	'express': 'Exprime une attitude de l’organe : préoccupation, gratitude, regret, soutien.',
	'express-concern': 'Indique que l’organe est préoccupé par une situation.',
	'express-appreciation': 'Remercie un acteur nommément désigné de son travail ou de sa contribution.',
	'condemn': 'Réprouve un acte dans les termes les plus sévères de l’usage ordinaire.',
	'strongly-condemn': 'Réprouve un acte dans les termes les plus sévères dont use l’organe.',
	'deplore': 'Exprime une vive désapprobation, sans aller jusqu’à la condamnation.',
	'regret': 'Exprime une déception devant ce qui s’est produit ou ne s’est pas produit.',
	'consider': 'Énonce l’avis de l’organe sur une question.',
	'appreciate': 'Exprime la gratitude de l’organe ou une appréciation favorable.',
	'encourage': 'Incite à agir, dans un esprit d’appui et sans caractère contraignant.',
	// The aligned texts render "Encourages" by « Engage » as well as by « Encourage », so both are named.
	'urge': 'Appelle avec insistance à agir ; plus fort que « Engage », « Encourage » et « Invite ».',
	'invite': 'Sollicite courtoisement, sans créer d’obligation, une action ou une participation.',
	// Unlike the English note, this one names the French verb: a word-for-word rendering of "Requests" gives
	// « Demande », which the French texts keep for requests to States (A/RES/79/75, OP 1 against OP 13).
	'request': 'S’adresse à une instance placée sous l’autorité de l’organe, le plus souvent le Secrétaire général, pour qu’elle agisse ou fasse rapport. En français : « Prie », non « Demande ».',
	'decide': 'Arrête une décision de l’organe ; c’est le verbe le plus fort du dispositif dans la plupart des résolutions.',
	'demand': 'Enjoint de se conformer à ce qui est prescrit ; surtout employé par le Conseil de sécurité.',
	'authorize': 'Confère un mandat ou une autorisation d’agir ; surtout employé par le Conseil de sécurité.',
	'endorse': 'Approuve formellement un texte ou une recommandation élaborés ailleurs.',
	'approve': 'Donne une approbation formelle, d’ordinaire à un budget, à un programme ou à un rapport.',
	'adopt': 'Adopte un texte, telle une déclaration ou un programme d’action, comme étant celui de l’organe.',
	'appeal': 'Lance un appel pressant, souvent aux donateurs ou aux parties à un conflit.',
	'recommend': 'Préconise une action à un autre organe ou aux États ; caractéristique des textes que le Conseil économique et social adresse à l’Assemblée générale.',
	'declare': 'Fait une déclaration solennelle, par exemple pour proclamer un principe ou une journée internationale.',
	'proclaim': 'Annonce solennellement, par exemple une année ou une décennie internationale.',
	'designate': 'Désigne un jour, une période ou un organisme à une fin précise.',
	'confirm': 'Confirme une décision, une nomination ou une entente antérieures.',
	// Unlike the English note, this one says how to tell this concept from 'recall': French has one verb for both,
	// « Rappelle », which reminds when it names those addressed and refers back to a text otherwise.
	'remind': 'Rappelle à ceux qu’elle lie une obligation existante. Même verbe « Rappelle » que pour renvoyer à un texte, mais suivi du destinataire (« Rappelle aux États… »).',
	'look-forward': 'Exprime l’attente de l’organe à l’égard d’un événement ou d’un rapport à venir.',
	'pay-tribute': 'Honore les services rendus ou le sacrifice d’acteurs nommément désignés.',
	'insist': 'Revient avec force sur un point que l’organe juge non négociable.',
	'bear-in-mind': 'Garde présente à l’esprit une considération, sans en faire directement le fondement d’une action ; réservé au préambule.',
	'keep-in-mind': 'Garde présente à l’esprit une considération, sans en faire directement le fondement d’une action ; réservé au préambule.',
	'take-into-account': 'Indique que l’organe a pesé une considération.',
	'take-into-consideration': 'Indique que l’organe a pesé une considération.',
	'have-considered': 'Indique que l’organe a examiné un rapport ou un point de l’ordre du jour avant de statuer ; réservé au préambule.',
	'have-examined': 'Indique que l’organe a examiné un rapport ou un point de l’ordre du jour avant de statuer ; réservé au préambule.',
	'have-reviewed': 'Indique que l’organe a passé en revue un rapport ou un point de l’ordre du jour avant de statuer ; réservé au préambule.',
	'have-heard': 'Indique que l’organe a entendu une déclaration avant de statuer ; réservé au préambule.',
	'have-adopted': 'Renvoie à un texte que l’organe a adopté antérieurement ; réservé au préambule.',
	'guided': 'Indique les principes ou les instruments qui inspirent l’action, le plus souvent la Charte des Nations Unies.',
	'convinced': 'Exprime une conviction ferme qui motive l’action.',
	'aware': 'Indique que l’organe a connaissance d’un fait ou d’un risque.',
	'fully-aware': 'Indique que l’organe a connaissance d’un fait ou d’un risque.',
	'conscious': 'Indique que l’organe a conscience d’un fait ou d’une responsabilité.',
	'mindful': 'Indique que l’organe garde à l’esprit une responsabilité ou une circonstance.',
	'cognizant': 'Indique que l’organe n’ignore pas un fait ou une circonstance.',
	'concerned': 'Indique que l’organe est préoccupé par une situation.',
	'deeply-concerned': 'Exprime une vive préoccupation devant une situation.',
	'gravely-concerned': 'Exprime une très vive préoccupation devant une situation.',
	'alarmed': 'Indique qu’une situation s’est dégradée au point d’être alarmante.',
	'determined': 'Exprime la détermination de l’organe à atteindre un objectif.',
	'desiring': 'Énonce l’objectif que poursuit l’action.',
	'believing': 'Énonce une conviction qui motive l’action.',
	'observing': 'Consigne une observation de façon neutre.',
	'realizing': 'Indique que l’organe a pris conscience d’un fait.',
	'seeking': 'Énonce l’objectif que poursuit l’action.',
	// The French texts write the chapter with a capital, as in « Agissant en vertu du Chapitre VII de la Charte des
	// Nations Unies ».
	'act-under-chapter': 'Invoque le Chapitre VII de la Charte des Nations Unies, ce qui rend obligatoires les décisions qui suivent ; propre au Conseil de sécurité.',
};

/** French notes, written from the English ones concept for concept in the terms of the French official texts. */
export const FRENCH_VERB_NOTES: VerbNoteWording = {
	concepts: Object.fromEntries(Object.entries(CONCEPTS).map(([concept, note]) => [concept, typeset(note)])),
	parts: {
		// Unlike the English note, this one says that the opening word agrees with the organ: French adjectives are
		// feminine for l’Assemblée générale and masculine for le Conseil de sécurité (A/RES/75/202, S/RES/2732 (2024)).
		preambular: typeset('Ouvre un alinéa du préambule : une considération sur laquelle se fonde l’action. Le participe ou l’adjectif initial est en italique et s’accorde avec l’organe (« Consciente » pour l’Assemblée générale, « Conscient » pour le Conseil de sécurité) ; l’alinéa se termine par une virgule.'),
		// The no-break space before the semicolon is the French typography of every operative paragraph in the corpus.
		operative: typeset('Ouvre un paragraphe du dispositif : l’avis de l’organe ou la mesure à prendre. Le paragraphe est numéroté et se termine par un point-virgule précédé d’une espace insécable ; le dernier se termine par un point.'),
	},
	// The terms of the French hovers (wording/fr.ts): « alinéa du préambule », « paragraphe 5 du dispositif ».
	detail: (part, number) => part === 'preambular' ? 'alinéa du préambule' : number ? `paragraphe ${number} du dispositif` : 'paragraphe du dispositif',
	unattested: 'usage établi, pas encore relevé dans le corpus',
	equivalents: typeset('Équivalents : '),
};
