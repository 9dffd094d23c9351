import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseResolution, type Resolution } from '../../../server/src/languageService';
import { corpusDir } from '../../support/corpus';
import { chineseExample, englishExample } from '../../support/paths';

/** A parsed draft with the document the view builders take, as the server has them. */
export interface Parsed {
	resolution: Resolution;
	document: TextDocument;
}

export function parse(text: string, uri = 'file:///draft.resolution.txt'): Parsed {
	return { resolution: parseResolution(text), document: TextDocument.create(uri, 'un-resolution', 1, text) };
}

export const english = (): Parsed => parse(fs.readFileSync(englishExample, 'utf8'));
export const chinese = (): Parsed => parse(fs.readFileSync(chineseExample, 'utf8'));

const path73218 = path.join(corpusDir, 'zh-a-res-73-218.txt');

/** The `skip` option of tests on the 73/218 text: a note where ../shared/corpus is absent. */
export const skip73218: string | false = fs.existsSync(path73218) ? false : `the 73/218 text is not at ${path73218}`;

export const resolution73218 = (): Parsed => parse(fs.readFileSync(path73218, 'utf8'));
