import { buildCitationIndex, ownSymbol } from '../languageService/features/views/citationIndex';
import { Requests } from '../languageService/features/views/protocol';
import type { ServerContext } from './context';
import { documentRequest } from './documentRequest';

/** `unResolution/citations`: the cited documents of a draft, grouped by organ, for the Citations view. */
export const citationsHandler = documentRequest(Requests.citations, 'the citations', (resolution, document, context) =>
	buildCitationIndex(resolution, document, titlesOfOpenDrafts(context)));

/**
 * Every open draft knows its own number and title, so a draft that cites another open one shows that one's title.
 * The catalogue (issue 4) will add titles from files and the built-in list; the lookup is the seam it plugs into.
 */
function titlesOfOpenDrafts({ documents, models }: ServerContext): (symbol: string) => string | undefined {
	let titles: Map<string, string> | undefined;
	return symbol => {
		titles ??= new Map(documents.all().flatMap(document => {
			const model = models.get(document);
			const own = ownSymbol(model);
			return own && model.header.title ? [[own, model.header.title.text] as const] : [];
		}));
		return titles.get(symbol);
	};
}
