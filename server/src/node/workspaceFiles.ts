import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkspaceFileSystem } from '../languageService/workspace/types';

/** Folders that hold dependencies, build output or tool state, never drafts. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', 'build', '.vscode-test', '.cache']);
/** Where drafts live: plain text and Markdown (".resolution.txt" ends in ".txt"), and ".resolution". */
const DRAFT_EXTENSIONS = /\.(?:txt|md|resolution)$/i;
/** A workspace with more files than this is not a folder of drafts; indexing stops there. */
const MAX_FILES = 5000;
const MAX_DEPTH = 12;
/** Resolutions are tens of kilobytes; a file above this is something else. Catalogue files ask for more. */
const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/**
 * The workspace's files on the local file system, for the Node server. Only `file:` URIs are read; anything that
 * cannot be read (permissions, a file deleted meanwhile, a broken link) is left out without a word.
 */
export const nodeWorkspaceFiles: WorkspaceFileSystem = {
	async findFiles(folders) {
		const found: string[] = [];
		for (const folder of folders) {
			const root = localPath(folder);
			if (root) {
				await walk(root, 0, found);
			}
		}
		return found.slice(0, MAX_FILES);
	},

	async readFile(uri, maxBytes = DEFAULT_MAX_BYTES) {
		const file = localPath(uri);
		if (!file) {
			return undefined;
		}
		try {
			const stat = await fs.stat(file);
			return stat.isFile() && stat.size <= maxBytes ? await fs.readFile(file, 'utf8') : undefined;
		} catch {
			return undefined;
		}
	},
};

async function walk(directory: string, depth: number, found: string[]): Promise<void> {
	if (depth > MAX_DEPTH || found.length >= MAX_FILES) {
		return;
	}
	let entries: import('node:fs').Dirent[];
	try {
		entries = await fs.readdir(directory, { withFileTypes: true });
	} catch {
		return;
	}
	for (const entry of entries) {
		if (found.length >= MAX_FILES) {
			return;
		}
		const full = path.join(directory, entry.name);
		if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) {
			await walk(full, depth + 1, found);
		} else if (entry.isFile() && DRAFT_EXTENSIONS.test(entry.name)) {
			found.push(pathToFileURL(full).toString());
		}
	}
}

function localPath(uri: string): string | undefined {
	try {
		return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
	} catch {
		return undefined;
	}
}
