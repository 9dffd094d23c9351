import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Skip } from './part';

/**
 * The Debian packages the end-to-end parts need, each with a test that it is there. The tests look for the files
 * the parts use rather than asking dpkg, so that the same programs installed another way count too.
 */
export const SYSTEM_PACKAGES = {
	chromium: () => chromiumPath() !== undefined,
	ripgrep: () => which('rg') !== undefined,
	'libkrb5-dev': () => which('krb5-config') !== undefined,
	neovim: () => which('nvim') !== undefined,
	// Without a CJK font the Chinese text in screenshots is drawn as empty boxes.
	'fonts-wqy-zenhei': () => fs.existsSync('/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'),
} as const;

export type SystemPackage = keyof typeof SYSTEM_PACKAGES;

export function missingPackages(names: readonly SystemPackage[] = Object.keys(SYSTEM_PACKAGES) as SystemPackage[]): SystemPackage[] {
	return names.filter(name => !SYSTEM_PACKAGES[name]());
}

/** Skips the calling part with the exact command that would let it run. */
export function requirePackages(what: string, names: readonly SystemPackage[]): void {
	const missing = missingPackages(names);
	if (missing.length > 0) {
		throw new Skip(`${what} needs the Debian package(s) ${missing.join(', ')}; ` +
			'`npm run e2e:setup` installs them (as root, or with sudo)');
	}
}

export function which(command: string): string | undefined {
	for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
		const candidate = path.join(dir, command);
		try {
			fs.accessSync(candidate, fs.constants.X_OK);
			return candidate;
		} catch {
			// Not in this directory; try the next one.
		}
	}
	return undefined;
}

/** Debian's Chromium, or another one named by CHROMIUM_PATH; never a browser that a test tool downloads. */
export function chromiumPath(): string | undefined {
	const explicit = process.env.CHROMIUM_PATH;
	if (explicit) {
		return fs.existsSync(explicit) ? explicit : undefined;
	}
	return which('chromium');
}

/** Runs a command to completion and throws with its output when it fails. */
export function run(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; allowFailure?: boolean }): string {
	const result = spawnSync(command, args, { cwd: options.cwd, env: options.env ?? process.env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
	if ((result.status !== 0 || result.error) && !options.allowFailure) {
		throw new Error(`${command} ${args.join(' ')} failed in ${options.cwd} (exit ${result.status}):\n${output.slice(-4000)}`);
	}
	return output;
}
