import { Browser, chromium } from 'playwright-core';
import { onCleanup } from './part';
import { chromiumPath, requirePackages } from './system';

/**
 * Flags for Debian's Chromium as root on a machine with no network but the loopback: no sandbox (root), no GPU, and
 * none of the background connections that the closed network would refuse by the dozen.
 */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
	'--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** Starts headless Chromium through playwright-core, which never downloads a browser of its own. */
export async function launchChromium(): Promise<Browser> {
	requirePackages('Driving the workbench', ['chromium']);
	const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
	onCleanup(() => browser.close());
	return browser;
}
