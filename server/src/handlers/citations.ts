import { buildCitationIndex, ownSymbol, type TitleLookup } from '../languageService/features/views/citationIndex';
import { Requests } from '../languageService/features/views/protocol';
import type { Resolution } from '../languageService';
import type { ServerContext } from './context';
import { documentRequest } from './documentRequest';

/** `unResolution/citations`: the cited documents of a draft, grouped by organ, for the Citations view. */
export const citationsHandler = documentRequest(Requests.citations, 'the citations', (resolution, document, context) =>
	buildCitationIndex(resolution, document, titles(resolution, context)));

/**
 * Titles from the catalogue (the workspace's resolutions, catalogue files, online answers already cached, the
 * built-in list) in the draft's language, and failing that from the open drafts, each of which knows its own number
 * and title, unsaved ones included.
 */
function titles(resolution: Resolution, { documents, models, navigation }: ServerContext): TitleLookup {
	let open: Map<string, string> | undefined;
	return symbol => {
		const known = navigation.catalogues.catalogue.describe(symbol, resolution.language)?.title?.text;
		if (known) {
			return known;
		}
		open ??= new Map(documents.all().flatMap(document => {
			const model = models.get(document);
			const own = ownSymbol(model);
			return own && model.header.title ? [[own, model.header.title.text] as const] : [];
		}));
		return open.get(symbol);
	};
}
