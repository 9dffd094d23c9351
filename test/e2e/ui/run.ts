import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureCodeServer } from '../support/codeServer';
import { runMocha } from '../support/mocha';
import { runPart } from '../support/part';
import { requirePackages } from '../support/system';
import { vsixPath } from './session';
import { resultsDir } from './workbench';

/**
 * `npm run test:ui`: Playwright drives the workbench of code-server with the packaged extension installed, checks
 * what a person sees and saves screenshots under test-results/. The npm script packages the .vsix first.
 */
runPart('UI test', 6 * 60_000, async () => {
	// The CJK font is required: without it the Chinese text in the screenshots is a row of empty boxes.
	requirePackages('The UI test', ['chromium', 'ripgrep', 'libkrb5-dev', 'fonts-wqy-zenhei']);
	if (!fs.existsSync(vsixPath)) {
		throw new Error(`${vsixPath} is missing; \`npm run package\` makes it (\`npm run test:ui\` runs it first)`);
	}
	ensureCodeServer(line => console.log(line));
	// Screenshots of an earlier run would be mistaken for this one's.
	fs.rmSync(resultsDir, { recursive: true, force: true });
	return runMocha([path.join(__dirname, 'ui.test.js')], { timeout: 60_000 });
});
