import * as fs from 'node:fs';

/** How far into a file to look for NUL bytes: text files never contain them, binary formats nearly always do early. */
const BINARY_SNIFF_BYTES = 8 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** The wording used for the common file-system errors, short enough to sit after "cannot read 'x':". */
const REASONS: Record<string, string> = {
	ENOENT: 'no such file',
	ENOTDIR: 'no such file',
	EISDIR: 'is a directory',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
};

/**
 * Reads a file (or standard input for `-`) as UTF-8.
 *
 * Nothing is stripped or normalised: the parser handles a BOM and CR/CRLF line endings itself, and the offsets it
 * reports must point into the text exactly as it is on disk.
 */
export function readInput(file: string): ReadResult {
	let bytes: Buffer;
	try {
		if (file !== '-' && fs.statSync(file).isDirectory()) {
			return { ok: false, reason: 'is a directory' };
		}
		bytes = fs.readFileSync(file === '-' ? 0 : file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? '';
		return { ok: false, reason: REASONS[code] ?? (error as Error).message };
	}
	if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
		return { ok: false, reason: 'looks binary (it contains NUL bytes)' };
	}
	// `ignoreBOM` keeps a leading byte-order mark in the string, so offsets match what an editor holds. A file in
	// another encoding (Windows-1252 from an old word processor) is refused rather than checked with its accented
	// letters replaced by U+FFFD, which would report problems in words the drafter never wrote.
	try {
		return { ok: true, text: new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(bytes) };
	} catch {
		return { ok: false, reason: 'is not UTF-8 text (save it as UTF-8 and try again)' };
	}
}
