import * as vscode from 'vscode';
import { ALL_CODES, ruleDocumentationPath } from '../../server/src/languageService/diagnostics/codes';
import { ServerCommands, type ServerCommandResult } from '../../server/src/languageService/features/views/protocol';
import { LANGUAGE_ID } from './constants';
import type { StructureView } from './views/structureView';
import type { ClientGetter } from './views/requests';
import type { CitationsItem } from './views/citationsView';

/** The commands of the views, the preview and the server's edits; their ids are contributed in package.json. */
export const DraftCommands = {
	showPreview: 'unResolution.showPreview',
	renumberAll: 'unResolution.renumberAll',
	insertFootnote: 'unResolution.insertFootnote',
	goToOperativeParagraph: 'unResolution.goToOperativeParagraph',
	openRuleDocumentation: 'unResolution.openRuleDocumentation',
	openOnUndocs: 'unResolution.citations.openOnUndocs',
	copySymbol: 'unResolution.citations.copySymbol',
	/** Not in the palette: what a click on a node of the views runs. */
	revealInDraft: 'unResolution.revealInDraft',
} as const;

/** A range as the server sends it; the views pass these to the reveal command unchanged. */
type LspRange = { start: { line: number; character: number }; end: { line: number; character: number } };

interface Services {
	getClient: ClientGetter;
	structure: StructureView;
	showPreview(): Promise<void>;
	extensionUri: vscode.Uri;
}

export function registerDraftCommands(context: vscode.ExtensionContext, services: Services): void {
	const register = (id: string, run: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));
	register(DraftCommands.showPreview, () => services.showPreview());
	register(DraftCommands.renumberAll, () => runServerCommand(services.getClient, ServerCommands.renumberAll));
	register(DraftCommands.insertFootnote, () => insertFootnote(services.getClient));
	register(DraftCommands.goToOperativeParagraph, (number?: number) => goToOperativeParagraph(services.structure, number));
	register(DraftCommands.openRuleDocumentation, (code?: string) => openRuleDocumentation(services.extensionUri, code));
	register(DraftCommands.openOnUndocs, (item?: CitationsItem) => item?.type === 'document' && item.document.url
		&& vscode.env.openExternal(vscode.Uri.parse(item.document.url, true)));
	register(DraftCommands.copySymbol, (item?: CitationsItem) => item?.type === 'document'
		&& vscode.env.clipboard.writeText(item.document.symbol ?? item.document.label));
	register(DraftCommands.revealInDraft, (uri: vscode.Uri, range: LspRange) => revealInDraft(uri, range));
}

/** The editor of the active draft, or a message saying that one is needed. */
function draftEditor(): vscode.TextEditor | undefined {
	const editor = vscode.window.activeTextEditor;
	if (editor?.document.languageId === LANGUAGE_ID) {
		return editor;
	}
	void vscode.window.showInformationMessage(vscode.l10n.t('Open a UN resolution in the editor first.'));
	return undefined;
}

/**
 * The LSP method of `ExecuteCommandRequest`, spelled out: importing the request type would pull the whole language
 * client library into the Node entry, which loads it only after activation (see workbench.ts).
 */
const EXECUTE_COMMAND = 'workspace/executeCommand';

/** Runs a server command on the active draft; the server applies its edit to the version the user sees. */
async function runServerCommand(getClient: ClientGetter, command: string, editor = draftEditor()): Promise<ServerCommandResult | undefined> {
	const client = getClient();
	if (!editor) {
		return undefined;
	}
	if (!client?.isRunning()) {
		void vscode.window.showWarningMessage(vscode.l10n.t('The UN Resolution language server is not running.'));
		return undefined;
	}
	const argument = {
		uri: client.code2ProtocolConverter.asUri(editor.document.uri),
		version: editor.document.version,
		// Converted, not passed as it is: a browser worker receives a structured clone of the vscode.Position, whose
		// fields are private, where a Node server receives its JSON.
		position: client.code2ProtocolConverter.asPosition(editor.selection.active),
	};
	const result = await client.sendRequest(EXECUTE_COMMAND, { command, arguments: [argument] }) as ServerCommandResult | null;
	if (result?.reason === 'nothing-to-do') {
		void vscode.window.showInformationMessage(vscode.l10n.t('The numbers are already in order.'));
	} else if (result?.reason === 'stale-version') {
		void vscode.window.showWarningMessage(vscode.l10n.t('The draft changed while the command ran; run it again.'));
	}
	return result ?? undefined;
}

async function insertFootnote(getClient: ClientGetter): Promise<void> {
	const editor = draftEditor();
	const result = editor && await runServerCommand(getClient, ServerCommands.insertFootnote, editor);
	if (editor && result?.applied && result.footnote) {
		// The placeholder text is selected, so that typing replaces it with the footnote's real text.
		const { start, end } = result.footnote.text;
		editor.selection = new vscode.Selection(start.line, start.character, end.line, end.character);
		editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
	}
}

async function goToOperativeParagraph(structure: StructureView, number?: number): Promise<void> {
	const editor = draftEditor();
	await structure.update();
	const paragraphs = structure.operativeParagraphs();
	if (!editor || paragraphs.length === 0) {
		if (editor) {
			void vscode.window.showInformationMessage(vscode.l10n.t('This draft has no operative paragraphs.'));
		}
		return;
	}
	let target = typeof number === 'number' ? paragraphs.find(paragraph => paragraph.number === number) : undefined;
	if (typeof number === 'number' && !target) {
		void vscode.window.showWarningMessage(vscode.l10n.t('There is no operative paragraph {0}.', number));
		return;
	}
	target ??= (await vscode.window.showQuickPick(paragraphs.map(paragraph => ({ label: paragraph.label, description: paragraph.detail, paragraph })),
		{ placeHolder: vscode.l10n.t('Type the number of an operative paragraph'), matchOnDescription: true }))?.paragraph;
	if (target) {
		await revealInDraft(editor.document.uri, target.selectionRange);
	}
}

async function openRuleDocumentation(extensionUri: vscode.Uri, code?: string): Promise<void> {
	code ??= codeAtCursor() ?? (await vscode.window.showQuickPick([...ALL_CODES], { placeHolder: vscode.l10n.t('Choose a rule') }));
	if (!code) {
		return;
	}
	if (!(ALL_CODES as readonly string[]).includes(code)) {
		void vscode.window.showWarningMessage(vscode.l10n.t('There is no rule "{0}".', code));
		return;
	}
	const uri = vscode.Uri.joinPath(extensionUri, ruleDocumentationPath(code as (typeof ALL_CODES)[number]));
	try {
		await vscode.workspace.fs.stat(uri);
	} catch {
		void vscode.window.showWarningMessage(vscode.l10n.t('The documentation of rule {0} is not installed.', code));
		return;
	}
	// The rendered page when the Markdown extension is there (it is built in), the text otherwise.
	await vscode.commands.executeCommand('markdown.showPreview', uri).then(undefined, () => vscode.window.showTextDocument(uri));
}

/** The rule code of a problem under the cursor, so that the command opens what the user is looking at. */
function codeAtCursor(): string | undefined {
	const editor = vscode.window.activeTextEditor;
	if (!editor) {
		return undefined;
	}
	const diagnostic = vscode.languages.getDiagnostics(editor.document.uri)
		.find(candidate => candidate.range.contains(editor.selection.active) && candidate.code !== undefined);
	const code = typeof diagnostic?.code === 'object' ? diagnostic.code.value : diagnostic?.code;
	return code === undefined ? undefined : String(code);
}

async function revealInDraft(uri: vscode.Uri, range: LspRange): Promise<void> {
	const document = await vscode.workspace.openTextDocument(uri);
	const visible = vscode.window.visibleTextEditors.find(editor => editor.document === document);
	const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false });
	const start = new vscode.Position(range.start.line, range.start.character);
	editor.selection = new vscode.Selection(start, start);
	editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
