import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DRAFT_EXTENSIONS, MAX_DRAFT_BYTES, SKIPPED_FOLDERS } from '../languageService/workspace/draftFiles';
import type { WorkspaceFileSystem } from '../languageService/workspace/types';

const SKIPPED = new Set(SKIPPED_FOLDERS);
const DRAFT_NAME = new RegExp(`\\.(?:${DRAFT_EXTENSIONS.join('|')})$`, 'i');
/** A workspace with more files than this is not a folder of drafts; indexing stops there. */
const MAX_FILES = 5000;
const MAX_DEPTH = 12;

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

	async readFile(uri, maxBytes = MAX_DRAFT_BYTES) {
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
		if (entry.isDirectory() && !SKIPPED.has(entry.name)) {
			await walk(full, depth + 1, found);
		} else if (entry.isFile() && DRAFT_NAME.test(entry.name)) {
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
