import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureCodeServer } from '../support/codeServer';
import { runMocha } from '../support/mocha';
import { runPart } from '../support/part';
import { requirePackages, run } from '../support/system';
import { repoRoot } from '../../support/paths';
import { vsixPath } from './session';
import { resultsDir } from './workbench';

/**
 * `npm run test:ui`: Playwright drives the workbench of code-server with the packaged extension installed, checks
 * what a person sees and saves screenshots under test-results/ui/.
 */
runPart('UI test', 6 * 60_000, async () => {
	// The CJK font is required: without it the Chinese text in the screenshots is a row of empty boxes.
	requirePackages('The UI test', ['chromium', 'ripgrep', 'libkrb5-dev', 'fonts-wqy-zenhei']);
	ensureCodeServer(line => console.log(line));
	packageExtension();
	// Screenshots of an earlier run would be mistaken for this one's.
	fs.rmSync(resultsDir, { recursive: true, force: true });
	return runMocha([path.join(__dirname, 'ui.test.js')], { timeout: 60_000 });
});

/**
 * Packages the .vsix as a release would (`npm run package`, a production build), then puts the development bundles
 * back, so that the checkout is left as `npm run build` left it, source maps included.
 */
function packageExtension(): void {
	fs.rmSync(vsixPath, { force: true });
	run('npm', ['run', 'package'], { cwd: repoRoot });
	if (!fs.existsSync(vsixPath)) {
		throw new Error(`\`npm run package\` did not write ${vsixPath}`);
	}
	run(process.execPath, ['esbuild.mjs'], { cwd: repoRoot });
}
