import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentLink } from 'vscode-languageserver-types';
import type { Resolution } from '../../model/types';
import { wordingLanguage } from '../../wording/language';
import { headingCitations } from '../targets';
import { undocsUrl } from '../views/citationIndex';

type Positions = Pick<TextDocument, 'positionAt'>;

/**
 * A link on every cited symbol and resolution reference that has a symbol, and on the heading's own symbol and
 * number, to the official text on undocs.org in the draft's language. Decisions of the Assembly and the Council,
 * which are not issued as documents, get none.
 */
export function getDocumentLinks(resolution: Resolution, document: Positions): DocumentLink[] {
	const links: DocumentLink[] = [];
	for (const citation of [...headingCitations(resolution), ...resolution.citations]) {
		if (!citation.symbol) {
			continue;
		}
		links.push({
			range: { start: document.positionAt(citation.span.start), end: document.positionAt(citation.span.end) },
			target: undocsUrl(citation.symbol, resolution.language),
			tooltip: wordingLanguage(resolution.language) === 'zh'
				? `在 undocs.org 上打开 ${citation.symbol}`
				: `Open ${citation.symbol} on undocs.org`,
		});
	}
	return links.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
