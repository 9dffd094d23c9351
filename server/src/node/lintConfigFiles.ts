import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfigFile, RC_FILE_NAME, type ConfigFile, type ILintConfigFiles } from '../lint/configFiles';

/**
 * Reads a configuration file. A file that cannot be read or is not valid JSON yields no rules and one error that
 * says so; unknown codes and bad severities are listed while the valid rules still apply (readConfig).
 */
export function loadConfigFile(file: string): ConfigFile {
	let source: string;
	try {
		source = fs.readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
		return { path: file, config: { rules: {} }, errors: [`cannot read the configuration file: ${reason}`] };
	}
	return parseConfigFile(file, source);
}

/** The nearest configuration file in `directory` or a folder above it, up to the root of the file system. */
export function findConfigFile(directory: string): string | undefined {
	let current = path.resolve(directory);
	for (;;) {
		const candidate = path.join(current, RC_FILE_NAME);
		if (isFile(candidate)) {
			return candidate;
		}
		const parent = path.dirname(current);
		if (parent === current) {
			return undefined;
		}
		current = parent;
	}
}

/** Configuration files on the local file system, for the Node language server; read synchronously, since the disk is at hand. */
export const nodeLintConfigFiles = {
	find(documentUri, workspaceFolders) {
		const local = localPath(documentUri);
		if (local) {
			const found = findConfigFile(path.dirname(local));
			return found ? loadConfigFile(found) : undefined;
		}
		for (const folder of workspaceFolders) {
			const root = localPath(folder);
			if (root && isFile(path.join(root, RC_FILE_NAME))) {
				return loadConfigFile(path.join(root, RC_FILE_NAME));
			}
		}
		return undefined;
	},
} satisfies ILintConfigFiles;

// Only file: URIs name something on this disk; a URI the platform cannot turn into a path has no configuration.
function localPath(uri: string): string | undefined {
	try {
		return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
	} catch {
		return undefined;
	}
}

function isFile(file: string): boolean {
	try {
		return fs.statSync(file).isFile();
	} catch {
		return false;
	}
}
