import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DidOpenTextDocumentNotification, HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver/node';
import { escapeMarkdown } from '../../server/src/languageService/features/hover/markdown';
import { verbNotesIn } from '../../server/src/languageService/wording/verbNotes';
import { startLspSession, type LspSession } from '../support/lspServer';
import { serverBundle } from '../support/paths';

/**
 * The Node server ships the verb notes of French, Spanish, Russian and Arabic drafts as a file of its own beside it,
 * dist/server/verbNotes.js (esbuild.mjs, separateVerbNotes), which it requires when such a draft first asks for a
 * note. The test reads the two files, then asks the bundled server over stdio for the note on the opening verb of
 * a French and of an English draft.
 */

const chunk = path.join(path.dirname(serverBundle), 'verbNotes.js');
const DRAFTS = {
	fr: 'L’Assemblée générale,\n\nRappelant sa résolution 70/1,\n\n1. Prie le Secrétaire général de lui présenter un rapport.\n',
	en: 'The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Requests the Secretary-General to report.\n',
};

describe('the verb notes of four languages in a file of their own', () => {
	let session: LspSession;

	before(async () => {
		session = await startLspSession({}, null);
	});

	after(async () => {
		await session?.close();
	});

	test('the server bundle leaves them to verbNotes.js, and keeps the English and Chinese ones', () => {
		const bundle = fs.readFileSync(serverBundle, 'utf8');
		const notes = fs.readFileSync(chunk, 'utf8');
		for (const language of ['fr', 'es', 'ru', 'ar'] as const) {
			// The French notes are written with plain spaces, which no-break ones replace when they are read (fr.ts).
			const note = verbNotesIn(language).concepts.decide.replace(/\u00a0/g, ' ');
			assert.ok(!bundle.includes(note), `the ${language} note is in the server bundle`);
			assert.ok(notes.includes(note), `the ${language} note is not in verbNotes.js`);
		}
		for (const language of ['en', 'zh'] as const) {
			assert.ok(bundle.includes(verbNotesIn(language).concepts.decide), `the ${language} note is not in the server bundle`);
		}
	});

	for (const [language, draft] of Object.entries(DRAFTS) as Array<['fr' | 'en', string]>) {
		test(`the bundled server explains the opening verb of a ${language} draft in its language`, async () => {
			const uri = `file:///draft-${language}.resolution.txt`;
			await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
				textDocument: { uri, languageId: 'un-resolution', version: 1, text: draft },
			});
			// The first character of the preambular paragraph, on the third line.
			const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 1 } }) as Hover | null;
			const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
			assert.ok(value.includes(escapeMarkdown(verbNotesIn(language).concepts.recall)), value);
			assert.deepEqual(session.logs.filter(log => log.type === 1), [], 'the server reported an error');
		});
	}
});
