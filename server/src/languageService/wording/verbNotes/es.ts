import type { VerbNoteWording } from './types';

// Where a note names other openers, it quotes the Spanish phrases of vocabulary/es.ts between “ ”, the quotation
// marks of the Spanish official texts (the corpus resolutions quote titles as “Transformar nuestro mundo…”).
// The operative form is quoted when the concept is mostly operative; the preambular form is added where both occur.

/**
 * Spanish notes, concept for concept with the English ones, in the terms of the Spanish official texts ("la Carta",
 * "el Consejo de Seguridad", "el Secretario General", "párrafo del preámbulo").
 */
export const SPANISH_VERB_NOTES: VerbNoteWording = {
	concepts: {
		'recall': 'Remite a una resolución, un instrumento o un acontecimiento anterior que sirve de marco a este texto; por lo general lo cita con su número y su fecha.',
		'reaffirm': 'Vuelve a enunciar un compromiso o una posición que el órgano ya adoptó, con la misma fuerza que entonces.',
		// "Noting" is "Observa" in Spanish and "Affirms" is "Afirma"; the operative forms are quoted because "Afirma"
		// has no preambular counterpart in the product's vocabulary.
		'recognize': 'Acepta como válido un hecho o un principio; tiene más fuerza que “Observa” y menos que “Afirma”.',
		// The Spanish texts render "Acknowledges" as "Reconoce", like "Recognizes" (aligned-openers.md, 75/202 OP23
		// and 79/75 OP5), so this note describes the meaning without naming a verb of its own.
		'acknowledge': 'Admite un hecho o la labor de otros sin emitir juicio sobre ellos.',
		'affirm': 'Expone con firmeza una posición como opinión del órgano.',
		'note': 'Deja constancia de un hecho de forma neutral, sin aprobarlo ni desaprobarlo.',
		// "Hacer suyo" is how the Spanish texts say "endorse", so it states exactly what "Toma nota" withholds.
		'take-note': 'Deja constancia de que se recibió un documento o se produjo un hecho, y evita deliberadamente hacer suyo su contenido.',
		'welcome': 'Expresa la aprobación del órgano ante una novedad, un informe o una iniciativa.',
		// "Emphasizes" is "Pone de relieve" and "Stresses" is "Destaca"; both forms of the latter are named, since the
		// pair occurs in both parts.
		'emphasize': 'Confiere especial peso a un aspecto; en la mayoría de los textos es intercambiable con “Destaca” (“Destacando” en el preámbulo).',
		'stress': 'Confiere especial peso a un aspecto; suele emplearse para obligaciones ya existentes.',
		'underline': 'Señala un aspecto como especialmente importante.',
		'underscore': 'Señala un aspecto como especialmente importante.',
		'highlight': 'Llama la atención sobre un aspecto sin crear una obligación nueva.',
		'reiterate': 'Repite un llamamiento o una posición anteriores, y da a entender que aún no se ha actuado en consecuencia.',
		'support': 'Expresa respaldo a una iniciativa, un proceso o un órgano.',
		'call-upon': 'Dirige una petición firme a los Estados o a otros agentes ajenos al órgano.',
		'call-on': 'Dirige una petición firme a los Estados o a otros agentes ajenos al órgano.',
		'commend': 'Elogia la labor o los logros de un agente determinado.',
		// "Appreciation" is usually "reconocimiento" in the Spanish texts ("Expresa su reconocimiento"), not "apreciación".
		'express': 'Introduce una actitud del órgano: preocupación, reconocimiento, pesar, apoyo.',
		'express-concern': 'Indica que una situación preocupa al órgano.',
		'express-appreciation': 'Agradece a un agente determinado su labor o su contribución.',
		'condemn': 'Censura un acto con los términos más enérgicos de uso corriente.',
		'strongly-condemn': 'Censura un acto con los términos más enérgicos que emplea el órgano.',
		'deplore': 'Expresa una fuerte desaprobación, sin llegar a la condena.',
		'regret': 'Expresa decepción porque algo ocurrió o porque no llegó a ocurrir.',
		'consider': 'Expone la opinión que sostiene el órgano sobre un aspecto.',
		'appreciate': 'Expresa gratitud o una valoración positiva.',
		// "Anima" rather than "Invita", so that the note does not read as the next concept's opener.
		'encourage': 'Anima a actuar, en tono de apoyo y sin carácter vinculante.',
		// "Encourages" is "Alienta" and "Invites" is "Invita"; "e" replaces "y" before the initial "I".
		'urge': 'Pide con insistencia que se actúe; tiene más fuerza que “Alienta” e “Invita”.',
		'invite': 'Pide, con cortesía y sin imponer obligación alguna, que se actúe o se participe.',
		'request': 'Pide a una instancia sujeta a la autoridad del órgano, por lo general al Secretario General, que actúe o presente un informe.',
		'decide': 'Adopta una decisión del órgano; en la mayoría de las resoluciones es el verbo de mayor fuerza de la parte dispositiva.',
		'demand': 'Reclama el cumplimiento; lo emplea sobre todo el Consejo de Seguridad.',
		'authorize': 'Otorga un mandato o una autorización para actuar; lo emplea sobre todo el Consejo de Seguridad.',
		'endorse': 'Da su respaldo formal a un texto o una recomendación elaborados en otra instancia.',
		'approve': 'Da su aprobación formal, por lo general a un presupuesto, un programa o un informe.',
		// The Spanish texts say "aprobar" both for "approve" and for "adopt" (the heading reads "Resolución aprobada
		// por la Asamblea General"), so this note tells the two apart by what is approved, not by the verb.
		'adopt': 'Aprueba como propio del órgano un texto, por ejemplo una declaración o un programa de acción.',
		'appeal': 'Formula una petición urgente, a menudo a los donantes o a las partes en un conflicto.',
		// The English note says "ECOSOC"; the Spanish texts write the Council's name in full, as wording/es.ts does.
		'recommend': 'Aconseja a otro órgano o a los Estados que actúen; es propio de los textos del Consejo Económico y Social dirigidos a la Asamblea General.',
		'declare': 'Formula una declaración formal, por ejemplo para proclamar un principio o un día internacional.',
		'proclaim': 'Anuncia de manera formal, por ejemplo, un año o un decenio internacional.',
		'designate': 'Señala un día, un período o un órgano para un fin determinado.',
		'confirm': 'Confirma una decisión, un nombramiento o un entendimiento anteriores.',
		// "Reminds" and "Recalls" are both "Recuerda" in Spanish; "remind" is the use with an addressee ("recuerda a
		// los Estados…"), which is what this note describes.
		'remind': 'Recuerda una obligación vigente a quienes están sujetos a ella.',
		'look-forward': 'Expresa la expectativa de un acontecimiento o un informe futuros.',
		'pay-tribute': 'Honra el servicio o el sacrificio de las personas o entidades que se mencionan.',
		'insist': 'Hace hincapié en un aspecto que el órgano considera no negociable.',
		// "Bearing in mind" and "Keeping in mind" are both "Teniendo presente" in Spanish: one note for both.
		'bear-in-mind': 'Mantiene presente una consideración sin actuar directamente en consecuencia; solo en el preámbulo.',
		'keep-in-mind': 'Mantiene presente una consideración sin actuar directamente en consecuencia; solo en el preámbulo.',
		'take-into-account': 'Indica que se ha sopesado una consideración.',
		'take-into-consideration': 'Indica que se ha sopesado una consideración.',
		'have-considered': 'Indica que el órgano ha examinado un informe o un tema antes de actuar; solo en el preámbulo.',
		'have-examined': 'Indica que el órgano ha examinado un informe o un tema antes de actuar; solo en el preámbulo.',
		'have-reviewed': 'Indica que el órgano ha pasado revista a un informe o un tema antes de actuar; solo en el preámbulo.',
		'have-heard': 'Indica que el órgano ha escuchado una declaración antes de actuar; solo en el preámbulo.',
		'have-adopted': 'Remite a un texto que el órgano aprobó anteriormente; solo en el preámbulo.',
		'guided': 'Nombra los principios o los instrumentos que orientan la actuación, por lo general la Carta.',
		'convinced': 'Expresa una firme convicción que motiva la actuación.',
		// "Aware", "Conscious", "Mindful" and "Cognizant" all become "Consciente" in drafting-rules.md §3.2; the notes
		// keep the English shades of meaning without naming a separate Spanish adjective for each.
		'aware': 'Indica que el órgano tiene conocimiento de un hecho o un riesgo.',
		'fully-aware': 'Indica que el órgano tiene conocimiento de un hecho o un riesgo.',
		'conscious': 'Indica que el órgano es consciente de un hecho o una responsabilidad.',
		'mindful': 'Indica que el órgano tiene en mente una responsabilidad o una circunstancia.',
		'cognizant': 'Indica que el órgano conoce un hecho o una circunstancia.',
		'concerned': 'Indica que una situación preocupa al órgano.',
		'deeply-concerned': 'Expresa una honda preocupación por una situación.',
		'gravely-concerned': 'Expresa una preocupación muy grave por una situación.',
		'alarmed': 'Indica que una situación se ha deteriorado hasta un grado alarmante.',
		'determined': 'Expresa la determinación del órgano de alcanzar un objetivo.',
		'desiring': 'Enuncia un objetivo al que responde la actuación.',
		'believing': 'Enuncia una convicción que motiva la actuación.',
		'observing': 'Deja constancia de una observación en términos neutrales.',
		'realizing': 'Indica que el órgano ha tomado conciencia de un hecho.',
		'seeking': 'Enuncia un objetivo al que responde la actuación.',
		'act-under-chapter': 'Invoca el Capítulo VII de la Carta, lo que hace vinculantes las decisiones que siguen; exclusivo del Consejo de Seguridad.',
	},
	// The corpus files drop italics, so the italic opening words rest on drafting-rules.md R15 and on the printed
	// Spanish resolutions; the final punctuation is as in the corpus (comma; semicolon, the last one a full stop).
	parts: {
		preambular: 'Abre un párrafo del preámbulo: una consideración en la que se funda la actuación del órgano. Las palabras iniciales van en cursiva; el párrafo termina en coma.',
		operative: 'Abre un párrafo de la parte dispositiva: la opinión del órgano o la medida que se ha de adoptar. Lleva número; el párrafo termina en punto y coma, y el último, en punto.',
	},
	// The same terms as the Spanish hovers (wording/es.ts: partName and place).
	detail: (part, number) => part === 'operative'
		? number ? `párrafo ${number} de la parte dispositiva` : 'parte dispositiva'
		: 'preámbulo',
	unattested: 'uso habitual, aún no documentado en el corpus',
	equivalents: 'Equivalentes: ',
};
