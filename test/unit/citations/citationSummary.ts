import { findResolutionReferences } from '../../../server/src/languageService/citations';
import type { DocumentLanguage, Organ } from '../../../server/src/languageService/model/types';

/** A test helper, not a test: the [as written, organ, symbol, ISO date] of each citation found, which is what most tests compare. */
export function summary(text: string, language: DocumentLanguage, defaultOrgan?: Organ): Array<[string, string?, string?, string?]> {
	return findResolutionReferences(text, language, [], defaultOrgan).map(citation => [
		citation.text, citation.organ, citation.symbol, citation.date?.iso,
	]);
}
