import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../support/paths';
import { isCI, PartResult } from './support/part';
import { missingPackages } from './support/system';

/**
 * `npm test` after the build: the unit tests, then each end-to-end part, each in its own process, with a summary of
 * the counts at the end. Under CI=true every end-to-end part must run, so the Debian packages they need are installed
 * first; elsewhere a part that cannot run says why and is skipped.
 */

interface Part {
	name: string;
	args: string[];
}

const PARTS: Part[] = [
	{ name: 'unit tests', args: ['--test', ...(process.stdout.isTTY ? ['--test-reporter=spec'] : []), 'out/test/unit/'] },
	{ name: 'code-server suite', args: ['out/test/e2e/launchers/codeServer.js'] },
	{ name: 'code-server suite, web extension host', args: ['out/test/e2e/launchers/codeServer.js', '--web'] },
	{ name: 'UI test', args: ['out/test/e2e/ui/run.js'] },
	{ name: 'Neovim check', args: ['out/test/e2e/neovim/run.js'] },
	{ name: 'VS Code desktop suite', args: ['out/test/e2e/launchers/electron.js'] },
];

/** node:test prints its counts as TAP comments ("# pass 12") or, on a terminal, as "ℹ pass 12". */
function nodeTestCounts(output: string): PartResult | undefined {
	const count = (name: string) => {
		const matches = [...output.matchAll(new RegExp(`^(?:#|ℹ) ${name} (\\d+)$`, 'gm'))];
		return matches.length > 0 ? Number(matches[matches.length - 1][1]) : undefined;
	};
	const passed = count('pass');
	const failed = count('fail');
	return passed === undefined || failed === undefined ? undefined : { passed, failed, skipped: (count('skipped') ?? 0) + (count('todo') ?? 0) };
}

/** Runs one part with its output passed through, and reads its counts from its result file or its output. */
function runOne(part: Part, resultFile: string): Promise<PartResult & { seconds: number; exitCode: number }> {
	const started = Date.now();
	return new Promise(resolve => {
		const child = spawn(process.execPath, part.args, { cwd: repoRoot, env: { ...process.env, E2E_RESULT_FILE: resultFile }, stdio: ['ignore', 'pipe', 'inherit'] });
		let output = '';
		child.stdout.on('data', chunk => {
			process.stdout.write(chunk);
			output += chunk;
		});
		child.on('exit', code => {
			const seconds = (Date.now() - started) / 1000;
			const exitCode = code ?? 1;
			const counts = fs.existsSync(resultFile) ? JSON.parse(fs.readFileSync(resultFile, 'utf8')) as PartResult : nodeTestCounts(output);
			// A part that died without counting anything, or whose exit code contradicts its counts, failed.
			const result = counts ?? { passed: 0, failed: 1, skipped: 0 };
			resolve({ ...result, failed: exitCode !== 0 && result.failed === 0 ? 1 : result.failed, seconds, exitCode });
		});
	});
}

function provisionForCI(): void {
	const missing = missingPackages();
	if (!isCI || missing.length === 0) {
		return;
	}
	if (process.getuid?.() !== 0) {
		console.log(`e2e: CI=true but not root, so ${missing.join(', ')} cannot be installed; the parts that need them will fail`);
		return;
	}
	const started = Date.now();
	const result = spawnSync('bash', [path.join(repoRoot, 'scripts', 'e2e', 'install-system-packages.sh')], { stdio: 'inherit' });
	console.log(`e2e: system packages installed in ${((Date.now() - started) / 1000).toFixed(0)} s (exit ${result.status})`);
}

async function main(): Promise<number> {
	const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'un-resolution-test-'));
	const results: { part: Part; result: PartResult & { seconds: number } }[] = [];
	try {
		for (const [index, part] of PARTS.entries()) {
			if (index === 1) {
				provisionForCI();
			}
			console.log(`\n=== ${part.name} ===`);
			results.push({ part, result: await runOne(part, path.join(scratch, `${index}.json`)) });
		}
	} finally {
		fs.rmSync(scratch, { recursive: true, force: true });
	}
	console.log('\n=== summary ===');
	const width = Math.max(...PARTS.map(part => part.name.length));
	for (const { part, result } of results) {
		const counts = result.skipReason ? `skipped: ${result.skipReason}` : `${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped`;
		console.log(`${part.name.padEnd(width)}  ${result.seconds.toFixed(1).padStart(6)} s  ${counts}`);
	}
	const total = (key: 'passed' | 'failed' | 'skipped') => results.reduce((sum, { result }) => sum + result[key], 0);
	// The last line is the one CI reads; it counts every part, the unit tests included.
	console.log(`total: ${total('passed')} passed, ${total('failed')} failed, ${total('skipped')} skipped`);
	return total('failed') > 0 ? 1 : 0;
}

main().then(code => {
	process.exitCode = code;
}, error => {
	console.error(error);
	process.exitCode = 1;
});
