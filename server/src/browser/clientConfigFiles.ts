import type { WorkspaceFileSystem } from '../languageService/workspace/types';
import { parseConfigFile, RC_FILE_NAME, type ILintConfigFiles } from '../lint/configFiles';

/** A configuration file is a few lines of JSON; anything this large is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** Deeper paths than this are not climbed, so that a strange URI costs a bounded number of requests. */
const MAX_LEVELS = 32;

/**
 * `.resolutionlintrc.json` files read through a {@link WorkspaceFileSystem}: in the browser, the web client's file
 * system API. It looks where the Node server looks, the document's folder and each folder above it, but stops at
 * the workspace folder that holds the document, since every level is a request and in github.dev a download.
 * A file that cannot be read counts as absent, because the client's answer does not say why.
 */
export function workspaceConfigFiles(files: WorkspaceFileSystem): ILintConfigFiles {
	return {
		async find(documentUri, workspaceFolders) {
			for (const candidate of configFileCandidates(documentUri, workspaceFolders)) {
				const text = await files.readFile(candidate, MAX_CONFIG_BYTES);
				if (text !== undefined) {
					return parseConfigFile(candidate, text);
				}
			}
			return undefined;
		},
	};
}

/**
 * Where a document's configuration file may be, nearest first. A document with a path (`file:`, `vscode-vfs:`,
 * `vscode-remote:`) climbs from its folder to the workspace folder that holds it, or to the root of its URI when
 * none does; one without a path (`untitled:`) takes the root of each workspace folder in turn.
 */
export function configFileCandidates(documentUri: string, workspaceFolders: readonly string[]): string[] {
	const folders = workspaceFolders.map(trimSlash);
	const document = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)(\/[^?#]*)/i.exec(documentUri);
	if (!document) {
		return folders.map(folder => `${folder}/${RC_FILE_NAME}`);
	}
	const [, root, path] = document;
	const holder = folders.filter(folder => `${root}${path}`.startsWith(`${folder}/`)).sort((a, b) => b.length - a.length)[0];
	const stop = holder ?? root;
	const candidates: string[] = [];
	let directory = `${root}${path.slice(0, path.lastIndexOf('/'))}`;
	while (candidates.length < MAX_LEVELS && directory.length >= stop.length) {
		candidates.push(`${directory}/${RC_FILE_NAME}`);
		directory = directory.slice(0, directory.lastIndexOf('/'));
	}
	return candidates;
}

function trimSlash(uri: string): string {
	return uri.endsWith('/') ? uri.slice(0, -1) : uri;
}
