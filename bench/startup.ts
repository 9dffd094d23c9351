import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ActivationRun } from './activationChild';
import type { MemoryRun } from './memoryChild';
import { MB, repoRoot } from './texts';

/** Runs one of the benchmark's child scripts in a fresh Node process and reads the JSON line it prints. */
function runChild<T>(script: string, nodeFlags: string[], args: string[] = []): T {
	const output = execFileSync(process.execPath, [...nodeFlags, path.join(__dirname, script), ...args], { encoding: 'utf8', cwd: repoRoot });
	return JSON.parse(output.trim().split('\n').pop() ?? '') as T;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export interface ActivationRow {
	runs: number;
	load: number;
	activateCall: number;
	/** Load plus the synchronous call: the time VS Code's extension host is blocked by the extension. */
	blocking: number;
	activateResolved: number;
}

/** Medians over `runs` fresh processes (a bundle is loaded from disk only once per process). */
export function activation(runs: number): ActivationRow | { skipped: string } {
	if (!fs.existsSync(path.join(repoRoot, 'dist', 'client', 'extension.js'))) {
		return { skipped: 'dist/client/extension.js is missing: run npm run build first' };
	}
	const results = Array.from({ length: runs }, () => runChild<ActivationRun>('activationChild.js', []));
	const pick = (key: keyof ActivationRun) => median(results.map(result => result[key]));
	return {
		runs,
		load: pick('load'),
		activateCall: pick('activateCall'),
		blocking: median(results.map(result => result.load + result.activateCall)),
		activateResolved: pick('activateResolved'),
	};
}

export interface SizeRow {
	file: string;
	bytes: number | null;
}

/** Sizes of the shipped files; `production` is false when dist/ holds a development build (with source maps). */
export function sizes(): { production: boolean; files: SizeRow[] } {
	const files = ['dist/client/extension.js', 'dist/server/node.js', 'dist/cli/resolution-lint.js', 'un-resolution.vsix'];
	const sizeOf = (file: string) => {
		const full = path.join(repoRoot, file);
		return fs.existsSync(full) ? fs.statSync(full).size : null;
	};
	return {
		production: !fs.existsSync(path.join(repoRoot, 'dist', 'client', 'extension.js.map')),
		files: files.map(file => ({ file, bytes: sizeOf(file) })),
	};
}

export interface MemoryRow extends MemoryRun {
	/** Retained heap over the text's size in bytes. */
	ratio: number;
}

/** What the server holds for a draft of `megabytes` MB, measured in a child process of its own. */
export function memory(megabytes: number): MemoryRow {
	const run = runChild<MemoryRun>('memoryChild.js', ['--expose-gc'], [String(megabytes * MB)]);
	return { ...run, ratio: run.retainedHeap / run.bytes };
}
