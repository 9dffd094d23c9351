import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../support/paths';
import { tempDir } from '../support/workspace';

/** One LSP request for the open file; `at` is text in the file whose first character is the request's position. */
export interface RequestSpec {
	method: string;
	at?: string;
}

export interface Answer {
	method: string;
	result: unknown;
	error: unknown;
}

export interface NeovimRun {
	nvim: string;
	capabilities: Record<string, unknown>;
	/** The answers for each file, in the order of the requests. */
	files: { path: string; answers: Answer[] }[];
	failure?: string;
}

const serverCommand = [process.execPath, path.join(repoRoot, 'bin', 'resolution-language-server.js'), '--stdio'];

/** The LSP position (UTF-16 code units, as LSP counts by default) of the first occurrence of `text` in a file. */
export function positionOf(file: string, text: string): { line: number; character: number } {
	const content = fs.readFileSync(file, 'utf8');
	const index = content.indexOf(text);
	if (index < 0) {
		throw new Error(`'${text}' does not occur in ${file}`);
	}
	const before = content.slice(0, index).split('\n');
	return { line: before.length - 1, character: before[before.length - 1].length };
}

/**
 * Opens each file in headless Neovim with its built-in LSP client connected to `resolution-language-server --stdio`,
 * sends the requests, and returns what the server answered. A new Neovim for every call keeps the checks independent.
 */
export async function runNeovim(files: { path: string; requests: RequestSpec[] }[], timeoutMs = 20_000): Promise<NeovimRun> {
	const scratch = tempDir('un-resolution-nvim-');
	try {
		const plan = {
			cmd: serverCommand,
			root: path.dirname(files[0].path),
			timeoutMs,
			resultPath: path.join(scratch.dir, 'result.json'),
			files: files.map(file => ({
				path: file.path,
				requests: file.requests.map(spec => ({ method: spec.method, position: spec.at ? positionOf(file.path, spec.at) : undefined })),
			})),
		};
		const planPath = path.join(scratch.dir, 'plan.json');
		fs.writeFileSync(planPath, JSON.stringify(plan));
		// The Lua script is not compiled, so it is read from the sources rather than from out/.
		const script = path.join(repoRoot, 'test', 'e2e', 'neovim', 'check.lua');
		const output = await runHeadless(script, planPath, scratch.dir, timeoutMs * (files.length + 1));
		if (!fs.existsSync(plan.resultPath)) {
			throw new Error(`Neovim wrote no result; it said:\n${output}`);
		}
		return JSON.parse(fs.readFileSync(plan.resultPath, 'utf8')) as NeovimRun;
	} finally {
		scratch.dispose();
	}
}

/** Runs `nvim --headless` without the user's configuration or plugins, and kills it if it hangs. */
function runHeadless(script: string, planPath: string, home: string, timeoutMs: number): Promise<string> {
	return new Promise((resolve, reject) => {
		// A private HOME and XDG folders keep Neovim from reading or writing the user's state, shada and logs.
		const env = { ...process.env, NVIM_LSP_PLAN: planPath, HOME: home, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home, XDG_STATE_HOME: home, XDG_CACHE_HOME: home };
		// The script quits by itself; the `cquit` after it ends Neovim at once when the script could not even start.
		const child = spawn('nvim', ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${script}`, '-c', 'cquit 2'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', chunk => output += chunk);
		child.stderr.on('data', chunk => output += chunk);
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`Neovim did not finish within ${timeoutMs / 1000} s:\n${output}`));
		}, timeoutMs);
		child.on('error', reject);
		child.on('exit', () => {
			clearTimeout(timer);
			resolve(output);
		});
	});
}
