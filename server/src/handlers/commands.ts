import { TextDocumentEdit, type TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { renumberAll } from '../languageService';
import { insertFootnote } from '../languageService/features/insertFootnote';
import { ServerCommands, type ServerCommandArgument, type ServerCommandResult } from '../languageService/features/views/protocol';
import { runSafeAsync } from '../runSafe';
import type { FeatureHandler, ServerContext } from './context';

interface Planned {
	label: string;
	edits: TextEdit[];
	footnote?: ServerCommandResult['footnote'];
}

type Planner = (document: TextDocument, argument: ServerCommandArgument, context: ServerContext) => Planned;

/**
 * The commands the server carries out, by id. An LSP connection has one `workspace/executeCommand` handler, so
 * every server command belongs in this table rather than in a handler of its own.
 */
const COMMANDS: Record<string, Planner> = {
	[ServerCommands.renumberAll]: (document, _argument, { models }) => ({
		label: 'Renumber operative paragraphs, sub-paragraphs and footnotes',
		edits: renumberAll(models.get(document)),
	}),
	[ServerCommands.insertFootnote]: (document, argument, { models }) => {
		const offset = document.offsetAt(argument.position ?? { line: 0, character: 0 });
		const insertion = insertFootnote(models.get(document), offset);
		// The ranges of the result are in the edited text, which the client will hold once the edit is applied.
		const edited = TextDocument.create(document.uri, document.languageId, document.version + 1,
			TextDocument.applyEdits(document, insertion.edits));
		const range = (span: { start: number; end: number }) => ({ start: edited.positionAt(span.start), end: edited.positionAt(span.end) });
		return {
			label: 'Insert footnote',
			edits: insertion.edits,
			footnote: { number: insertion.number, marker: range(insertion.marker), text: range(insertion.text) },
		};
	},
};

/**
 * `workspace/executeCommand` for the server's commands. The edit is applied through `workspace/applyEdit` on the
 * version the user saw, so an edit computed for an older text is refused by the editor instead of corrupting it.
 */
export const commandsHandler: FeatureHandler = {
	capabilities: { executeCommandProvider: { commands: Object.keys(COMMANDS) } },
	register(context) {
		const { connection, documents, logger } = context;
		const failed = (reason: ServerCommandResult['reason']): ServerCommandResult => ({ applied: false, reason, editCount: 0 });
		connection.onExecuteCommand((params, token) => runSafeAsync(logger, async (): Promise<ServerCommandResult> => {
			const plan = COMMANDS[params.command];
			const argument = params.arguments?.[0] as ServerCommandArgument | undefined;
			if (!plan || !isArgument(argument)) {
				return failed('bad-argument');
			}
			const document = documents.get(argument.uri);
			if (!document) {
				return failed('unknown-document');
			}
			if (document.version !== argument.version) {
				return failed('stale-version');
			}
			const planned = plan(document, argument, context);
			if (planned.edits.length === 0) {
				return failed('nothing-to-do');
			}
			const textDocument = { uri: document.uri, version: document.version };
			const response = await connection.workspace.applyEdit({
				label: planned.label,
				edit: { documentChanges: [TextDocumentEdit.create(textDocument, planned.edits)] },
			});
			return response.applied
				? { applied: true, editCount: planned.edits.length, ...(planned.footnote ? { footnote: planned.footnote } : {}) }
				: failed('rejected');
		}, failed('bad-argument'), `Error while running ${params.command}`, token));
	},
};

function isArgument(value: ServerCommandArgument | undefined): value is ServerCommandArgument {
	const position = value?.position;
	return typeof value?.uri === 'string' && Number.isInteger(value.version)
		&& (position === undefined || (Number.isInteger(position.line) && Number.isInteger(position.character)));
}
