import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { onExitKill } from './part';
import { requirePackages, run, which } from './system';
import { tempDir } from './workspace';

/**
 * code-server is VS Code's own server and web workbench, published on the npm registry. It is the one real VS Code
 * these machines can have (the desktop build cannot be downloaded), and 4.100.3 is VS Code 1.100.3, the oldest
 * version `engines.vscode` accepts, and the last code-server that runs on Node 20.
 */
export const CODE_SERVER_VERSION = '4.100.3';

/** The cache lives outside the repository and is keyed by version, so every checkout on the machine shares it. */
export function cacheDir(): string {
	const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
	return path.join(base, 'un-resolution-e2e', `code-server-${CODE_SERVER_VERSION}`);
}

function entryPoint(root: string): string {
	return path.join(root, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

/**
 * npm variables inherited from `npm test` (the running script, the repository as prefix) would make the nested
 * installs act on the repository, so the child npm gets the environment without them.
 */
function cleanNpmEnv(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of Object.keys(env)) {
		if (/^npm_(package|lifecycle)_|^npm_config_(local_)?prefix$|^INIT_CWD$/i.test(key)) {
			delete env[key];
		}
	}
	return env;
}

/**
 * Installs code-server into the cache unless a complete installation is there. Its own install scripts download
 * from GitHub, which these machines cannot reach, so they are skipped and the native modules are rebuilt from the
 * sources in the package; ripgrep comes from Debian. The work happens in a staging folder that is renamed into place
 * only when complete, so an interrupted install is never mistaken for a cached one.
 */
export function ensureCodeServer(log: (line: string) => void): string {
	const target = cacheDir();
	if (fs.existsSync(path.join(target, '.complete'))) {
		log(`code-server ${CODE_SERVER_VERSION}: cached in ${target}`);
		return target;
	}
	requirePackages(`Installing code-server ${CODE_SERVER_VERSION}`, ['ripgrep', 'libkrb5-dev']);
	const started = Date.now();
	log(`code-server ${CODE_SERVER_VERSION}: installing into ${target} (a few minutes, once)`);
	const staging = `${target}.partial-${process.pid}`;
	fs.rmSync(staging, { recursive: true, force: true });
	fs.mkdirSync(staging, { recursive: true });
	fs.writeFileSync(path.join(staging, 'package.json'), JSON.stringify({ name: 'code-server-cache', private: true }));
	const env = cleanNpmEnv();
	const npm = (cwd: string, ...args: string[]) => run('npm', [...args, '--no-audit', '--no-fund'], { cwd, env });
	npm(staging, 'install', '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`);
	const vscodeDir = path.join(staging, 'node_modules', 'code-server', 'lib', 'vscode');
	npm(vscodeDir, 'install', '--omit=dev', '--ignore-scripts');
	const rgTarget = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
	fs.mkdirSync(path.dirname(rgTarget), { recursive: true });
	fs.copyFileSync(which('rg')!, rgTarget);
	fs.chmodSync(rgTarget, 0o755);
	npm(vscodeDir, 'rebuild', 'kerberos', '@parcel/watcher', '@vscode/spdlog', 'native-watchdog');
	// node-pty's post-install ends by running node-gyp through npx for an editor index, which fails offline after the
	// module itself has been built; what matters is the built module.
	run('npm', ['rebuild', 'node-pty'], { cwd: vscodeDir, env, allowFailure: true });
	const pty = path.join(vscodeDir, 'node_modules', 'node-pty', 'build', 'Release', 'pty.node');
	if (!fs.existsSync(pty)) {
		throw new Error(`code-server install: node-pty was not built (${pty} is missing)`);
	}
	// VS Code looks for some files inside its asar archive; code-server ships the folder instead.
	fs.symlinkSync('node_modules', path.join(vscodeDir, 'node_modules.asar'));
	npm(staging, 'rebuild', 'argon2');
	fs.writeFileSync(path.join(staging, '.complete'), `${CODE_SERVER_VERSION}\n`);
	fs.rmSync(target, { recursive: true, force: true });
	fs.renameSync(staging, target);
	log(`code-server ${CODE_SERVER_VERSION}: installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
	return target;
}

/** User settings that keep the workbench quiet: no trust prompt, welcome page, tips, update or telemetry calls. */
const QUIET_SETTINGS = {
	'security.workspace.trust.enabled': false,
	'security.workspace.trust.startupPrompt': 'never',
	'workbench.startupEditor': 'none',
	'workbench.tips.enabled': false,
	'workbench.welcomePage.walkthroughs.openOnInstall': false,
	'update.mode': 'none',
	'extensions.autoCheckUpdates': false,
	'extensions.autoUpdate': false,
	'extensions.ignoreRecommendations': true,
	'telemetry.telemetryLevel': 'off',
	'workbench.enableExperiments': false,
	'git.enabled': false,
};

export interface CodeServer {
	readonly url: string;
	/** The URI of a file on this machine as the workbench must see it; `file://` URIs are not loaded there. */
	remoteUri(file: string): string;
	/** Everything code-server printed, for the report of a failure. */
	output(): string;
	stop(): Promise<void>;
}

/** Installs a .vsix into an extensions directory with code-server's own command line, as a user would. */
export function installExtension(root: string, vsix: string, extensionsDir: string): string {
	const userData = tempDir('un-resolution-cs-install-');
	try {
		return run(process.execPath, [entryPoint(root), '--user-data-dir', userData.dir, '--extensions-dir', extensionsDir,
			'--install-extension', vsix], { cwd: root, env: { ...process.env, EXTENSIONS_GALLERY: '{}' } });
	} finally {
		userData.dispose();
	}
}

/** Starts code-server on a free loopback port with throwaway user data, and waits until it answers. */
export async function startCodeServer(root: string, options: { folder: string; extensionsDir: string; settings?: object }): Promise<CodeServer> {
	const userData = tempDir('un-resolution-cs-user-');
	fs.mkdirSync(path.join(userData.dir, 'User'), { recursive: true });
	const settings = { ...QUIET_SETTINGS, ...options.settings };
	fs.writeFileSync(path.join(userData.dir, 'User', 'settings.json'), JSON.stringify(settings, null, '\t'));
	// An explicit config file keeps code-server from writing its default one into the user's home.
	const config = path.join(userData.dir, 'config.yaml');
	fs.writeFileSync(config, 'auth: none\ncert: false\n');
	const port = await freePort();
	const child = spawn(process.execPath, [entryPoint(root), '--config', config, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
		'--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
		'--ignore-last-opened', '--user-data-dir', userData.dir, '--extensions-dir', options.extensionsDir, options.folder], {
		// Its own process group, so that one signal also ends the extension host and the language server under it.
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, EXTENSIONS_GALLERY: '{}' },
	});
	let output = '';
	const collect = (chunk: Buffer) => {
		output = (output + chunk.toString()).slice(-200_000);
	};
	child.stdout!.on('data', collect);
	child.stderr!.on('data', collect);
	onExitKill(() => process.kill(-child.pid!, 'SIGKILL'));
	const url = `http://127.0.0.1:${port}`;
	const stop = async () => {
		await killGroup(child);
		userData.dispose();
	};
	try {
		await waitForHealth(url, child, () => output);
	} catch (error) {
		await stop();
		throw error;
	}
	return { url, remoteUri: file => `vscode-remote://127.0.0.1:${port}${file}`, output: () => output, stop };
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) {
			throw new Error(`code-server exited with ${child.exitCode} before it answered:\n${output()}`);
		}
		try {
			if ((await fetch(`${url}/healthz`)).ok) {
				return;
			}
		} catch {
			// Not listening yet.
		}
		await new Promise(resolve => setTimeout(resolve, 200));
	}
	throw new Error(`code-server did not answer on ${url}/healthz within 60 s:\n${output()}`);
}

/** Ends a detached process group politely, then for certain. */
async function killGroup(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) {
		return;
	}
	const exited = new Promise(resolve => child.once('exit', resolve));
	const signal = (name: NodeJS.Signals) => {
		try {
			process.kill(-child.pid!, name);
		} catch {
			// Already gone.
		}
	};
	signal('SIGTERM');
	const timer = setTimeout(() => signal('SIGKILL'), 5000);
	await exited;
	clearTimeout(timer);
	// The extension host and language server may outlive their parent by a moment; the group kill catches them.
	signal('SIGKILL');
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as net.AddressInfo;
			server.close(() => resolve(port));
		});
	});
}
