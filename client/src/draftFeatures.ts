import * as vscode from 'vscode';
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
 * `vscode` at run time and `vscode-languageclient` for its types: they run before the Node entry loads the library,
 * and in the browser entry too. The client connects to them once it exists (client.ts).
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
	return { draft, structure, citations, preview, status };
}
