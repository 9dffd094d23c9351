import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ActivationRun } from './activationChild';
import { median } from './harness';
import { MEMORY_CHILD_FLAGS, type MemoryRun } from './memoryChild';
import { MB, repoRoot } from './texts';

/**
 * What `npm run package` built, relative to the repository root: the client's entry and the language client bundle
 * it loads after activation, the server, the CLI and the .vsix.
 */
const SHIPPED = ['dist/client/extension.js', 'dist/client/languageClient.js', 'dist/server/node.js', 'dist/server/verbNotes.js', 'dist/cli/resolution-lint.js', 'un-resolution.vsix'];

/**
 * Copies the built files (and any source maps beside them, which mark a development build) into a folder of
 * the benchmark's own, right at the start: other builds in the same checkout replace dist/ while a run of
 * several minutes goes on, and activation must load the bundles that were measured.
 */
export function snapshotBuild(): string {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'un-resolution-bench-'));
	for (const file of SHIPPED.flatMap(file => [file, `${file}.map`])) {
		if (fs.existsSync(path.join(repoRoot, file))) {
			fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
			fs.copyFileSync(path.join(repoRoot, file), path.join(folder, file));
		}
	}
	return folder;
}

/** Runs one of the benchmark's child scripts in a fresh Node process and reads the JSON line it prints. */
export function runChild<T>(script: string, nodeFlags: string[], args: string[] = []): T {
	const output = execFileSync(process.execPath, [...nodeFlags, path.join(__dirname, script), ...args], { encoding: 'utf8', cwd: repoRoot });
	return JSON.parse(output.trim().split('\n').pop() ?? '') as T;
}

export interface ActivationRow {
	runs: number;
	load: number;
	activateCall: number;
	/** Load plus the synchronous call: the time VS Code's extension host is blocked by the extension. */
	blocking: number;
	/** Loading the language client bundle after `activate()` returned; it blocks the host too, just later. */
	deferredLoad: number;
	activateResolved: number;
}

/** Medians over `runs` fresh processes (a bundle is loaded from disk only once per process). */
export function activation(build: string, runs: number): ActivationRow | { skipped: string } {
	if (!fs.existsSync(path.join(build, 'dist', 'client', 'extension.js'))) {
		return { skipped: 'dist/client/extension.js is missing: run npm run build first' };
	}
	let results: ActivationRun[];
	try {
		results = Array.from({ length: runs }, () => runChild<ActivationRun>('activationChild.js', [], [build]));
	} catch (error) {
		// The stand-in for the VS Code API may fall short of what a new client feature calls; say so, go on.
		return { skipped: `activation outside VS Code failed: ${String(error).split('\n').find(line => /Error/.test(line)) ?? error}` };
	}
	const pick = (key: keyof ActivationRun) => median(results.map(result => result[key]));
	return {
		runs,
		load: pick('load'),
		activateCall: pick('activateCall'),
		blocking: median(results.map(result => result.load + result.activateCall)),
		deferredLoad: pick('deferredLoad'),
		activateResolved: pick('activateResolved'),
	};
}

export interface SizeRow {
	file: string;
	bytes: number | null;
}

/** Sizes of the shipped files; `production` is false for a development build (one with source maps). */
export function sizes(build: string): { production: boolean; files: SizeRow[] } {
	const sizeOf = (file: string) => {
		const full = path.join(build, file);
		return fs.existsSync(full) ? fs.statSync(full).size : null;
	};
	return {
		production: !fs.existsSync(path.join(build, 'dist', 'client', 'extension.js.map')),
		files: SHIPPED.map(file => ({ file, bytes: sizeOf(file) })),
	};
}

export interface MemoryRow extends MemoryRun {
	/** Retained heap over the text's size in bytes. */
	ratio: number;
	/** markdown-it's parse of the same draft: the text and its token stream. */
	markdownIt: MemoryRun & { ratio: number };
}

/** What the server holds for a draft of `megabytes` MB, and markdown-it for the same, each in a child process. */
export function memory(megabytes: number): MemoryRow {
	const withRatio = (run: MemoryRun) => ({ ...run, ratio: run.retainedHeap / run.bytes });
	const ours = runChild<MemoryRun>('memoryChild.js', MEMORY_CHILD_FLAGS, [String(megabytes * MB)]);
	const markdownIt = runChild<MemoryRun>('memoryChild.js', MEMORY_CHILD_FLAGS, [String(megabytes * MB), '--markdown-it']);
	return { ...withRatio(ours), markdownIt: withRatio(markdownIt) };
}
