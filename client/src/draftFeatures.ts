import * as vscode from 'vscode';
import { State } from 'vscode-languageclient';
import { DraftCommands, registerDraftCommands } from './draftCommands';
import { PreviewPanel } from './preview/previewPanel';
import { DraftStatus } from './status';
import { ActiveDraft } from './views/activeDraft';
import { CitationsView } from './views/citationsView';
import { DraftRequests, type ClientGetter } from './views/requests';
import { STRUCTURE_VIEW_ID, StructureView } from './views/structureView';

/**
 * What the extension exposes from `activate`. Nothing outside this repository should rely on it: it is there
 * so that the end-to-end tests can check what the views, the preview and the status item show.
 */
export interface ExtensionApi {
	readonly draft: ActiveDraft;
	readonly structure: StructureView;
	readonly citations: CitationsView;
	readonly preview: PreviewPanel;
	readonly status: DraftStatus;
}

/**
 * The views, the preview, the status item and their commands. This module and everything it imports use only
 * `vscode` and the environment-neutral root of `vscode-languageclient`, so that a browser entry can call it too.
 */
export function registerDraftFeatures(context: vscode.ExtensionContext, getClient: ClientGetter): ExtensionApi {
	const draft = new ActiveDraft();
	const requests = new DraftRequests(getClient);
	const structure = new StructureView(draft, requests, DraftCommands.revealInDraft);
	const citations = new CitationsView(draft, requests, DraftCommands.revealInDraft);
	const preview = new PreviewPanel(context.extensionUri, draft, requests);
	const status = new DraftStatus(draft, STRUCTURE_VIEW_ID);
	context.subscriptions.push(draft, structure, citations, preview, status,
		structure.onDidChangeTreeData(() => status.update(structure.structure)));
	registerDraftCommands(context, { getClient, structure, showPreview: () => preview.show(), extensionUri: context.extensionUri });

	const client = getClient();
	if (client) {
		status.listen(client);
		// The views ask as soon as they are created, which may be before the server runs; they ask again once it does.
		context.subscriptions.push(client.onDidChangeState(event => event.newState === State.Running && draft.refresh()));
	}
	return { draft, structure, citations, preview, status };
}
