import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ALL_CODES, DEFAULT_SEVERITY, isDiagnosticCode, ruleDocumentationPath } from '../../../server/src/languageService/diagnostics';
import { repoRoot } from '../../support/paths';

const docsDir = path.join(repoRoot, 'docs', 'rules');
const pages = fs.readdirSync(docsDir).filter(file => file.endsWith('.md') && file !== 'README.md');

function read(relative: string): string {
	return fs.readFileSync(path.join(repoRoot, relative), 'utf8');
}

describe('rule documentation', () => {
	for (const code of ALL_CODES) {
		it(`${code} has its page, with its default severity, examples and configuration`, () => {
			const file = ruleDocumentationPath(code);
			assert.ok(fs.existsSync(path.join(repoRoot, file)), `${file} is missing`);
			const page = read(file);
			assert.equal(page.split('\n')[0], `# ${code}`);
			assert.match(page, new RegExp(`\\*\\*Default severity:\\*\\* ${DEFAULT_SEVERITY[code]}\\b`));
			for (const heading of ['## What it checks', '## Why', '## Wrong', '## Right']) {
				assert.ok(page.includes(heading), `${file} has no "${heading}" section`);
			}
			assert.ok(page.includes('unResolution.rules') && page.includes('.resolutionlintrc.json'), `${file} does not say how to configure the rule`);
			assert.ok(page.includes(`"${code}"`), `${file} shows no configuration with its own code`);
		});
	}

	it('has no page for a code that does not exist', () => {
		const strays = pages.map(file => file.replace(/\.md$/, '')).filter(name => !isDiagnosticCode(name));
		assert.deepEqual(strays, []);
	});

	it('indexes every page in docs/rules/README.md', () => {
		const index = read('docs/rules/README.md');
		const linked = [...index.matchAll(/\]\(([^)]+\.md)\)/g)].map(match => match[1]).sort();
		assert.deepEqual(linked, [...pages].sort());
	});
});
