import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseResolution } from '../../../server/src/languageService';
import { BUILT_IN_CATALOGUE } from '../../../server/src/languageService/catalogue/builtIn';
import { Catalogue, EntryMap } from '../../../server/src/languageService/catalogue/catalogue';
import { getHover } from '../../../server/src/languageService/features/hover';
import { getDefinition } from '../../../server/src/languageService/features/navigation/definition';
import { getDocumentLinks } from '../../../server/src/languageService/features/navigation/links';
import { prepareFootnoteRename, renameFootnote } from '../../../server/src/languageService/features/navigation/rename';
import { getDocumentHighlights, getReferences } from '../../../server/src/languageService/features/navigation/references';
import { WorkspaceIndex } from '../../../server/src/languageService/workspace/workspaceIndex';
import { markdownHazards } from '../../robustness/markupChecks';
import { corpusFiles, corpusSkip, readCorpusFile } from '../../support/corpus';

/** Every 23rd offset of a text, and the positions just outside it: enough to meet every kind of target. */
function sampledPositions(document: TextDocument): Array<{ line: number; character: number }> {
	const positions = [{ line: -1, character: -1 }, { line: 1e6, character: 1e6 }];
	for (let offset = 0; offset <= document.getText().length; offset += 23) {
		positions.push(document.positionAt(offset));
	}
	return positions;
}

describe('navigation on every kind of text', () => {
	it('answers on sampled positions of all 25 official texts without throwing, with a hover on every citation', { skip: corpusSkip }, () => {
		const catalogue = new Catalogue(() => [BUILT_IN_CATALOGUE]);
		for (const name of corpusFiles()) {
			const text = readCorpusFile(name);
			const document = TextDocument.create(`file:///corpus/${name}`, 'un-resolution', 1, text);
			const resolution = parseResolution(text);
			const workspace = new WorkspaceIndex();
			workspace.update(document.uri, resolution);
			for (const position of sampledPositions(document)) {
				getHover(resolution, document, position, catalogue);
				getDefinition(resolution, document, position, workspace);
				getReferences(resolution, document, position, true, workspace);
				getDocumentHighlights(resolution, document, position);
				prepareFootnoteRename(resolution, document, position);
				renameFootnote(resolution, document, position, '99');
			}
			assert.equal(getDocumentLinks(resolution, document).length > 0, resolution.citations.some(citation => citation.symbol), name);
			for (const citation of resolution.citations) {
				assert.ok(getHover(resolution, document, document.positionAt(citation.span.start), catalogue), `${name}: no hover on ${citation.text}`);
			}
		}
	});

	it('renders no live link and no raw HTML from a hostile draft or a hostile catalogue title', () => {
		const text = 'The General Assembly,\n\nRecalling resolution 70/1 and A/81/5 <script>x</script>,¹\n\n1. Decides <img src=x onerror=alert(1)>;²\n\n'
			+ '¹ [open](command:workbench.action.terminal.new) <a href="javascript:x">A/81/5</a>.\n² `<b>` <!-- --> [A/60/687](file:///etc/passwd)\n';
		const hostile = new EntryMap([{ symbol: 'A/81/5', titles: { en: '](command:x) <img src=y> [z](javascript:alert(1))' }, source: { kind: 'file', label: '<b>c</b>.json' } }]);
		const catalogue = new Catalogue(() => [hostile, BUILT_IN_CATALOGUE]);
		const document = TextDocument.create('file:///hostile.txt', 'un-resolution', 1, text);
		const resolution = parseResolution(text);
		let hovers = 0;
		for (let offset = 0; offset <= text.length; offset++) {
			const value = getHover(resolution, document, document.positionAt(offset), catalogue)?.contents;
			if (value && typeof value === 'object' && 'value' in value) {
				hovers++;
				assert.deepEqual(markdownHazards(value.value), [], value.value);
			}
		}
		assert.ok(hovers > 20, `${hovers} hovers`);
	});

	it('answers on broken drafts: empty text, a lone marker, a footnote without markers, unclosed Markdown', () => {
		for (const text of ['', '¹', '⁽¹⁾', '[^1]', '¹ A/1/2.', '1.', 'The General Assembly,\n\n1. See paragraph 9 above;[^', 'A//1 **', '第 段', '\u0000\ud800']) {
			const document = TextDocument.create('file:///broken.txt', 'un-resolution', 1, text);
			const resolution = parseResolution(text);
			for (const position of sampledPositions(document).concat([{ line: 0, character: 0 }, { line: 0, character: 1 }])) {
				getHover(resolution, document, position);
				getDefinition(resolution, document, position);
				getReferences(resolution, document, position, false);
				renameFootnote(resolution, document, position, '2');
			}
			assert.ok(Array.isArray(getDocumentLinks(resolution, document)));
		}
	});
});
