import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './paths';

export interface Snippet {
	prefix: string | string[];
	description: string;
	body: string[];
}

/** A snippets file that package.json contributes, as the editor loads it. */
export interface SnippetFile {
	/** The language id the file is registered for. */
	language: string;
	path: string;
	snippets: Record<string, Snippet>;
}

interface SnippetContribution {
	language: string;
	path: string;
}

/** The snippet files package.json registers, in its order. */
export function registeredSnippetFiles(): SnippetFile[] {
	const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
	const contributions: SnippetContribution[] = manifest.contributes.snippets;
	return contributions.map(contribution => ({
		language: contribution.language,
		path: contribution.path,
		snippets: JSON.parse(fs.readFileSync(path.join(repoRoot, contribution.path), 'utf8')),
	}));
}

/** Every registered snippet by name; the names are unique across files (a test checks it). */
export function allSnippets(): Record<string, Snippet> {
	return Object.assign({}, ...registeredSnippetFiles().map(file => file.snippets));
}

export interface ExpandOptions {
	/** Which option every choice takes (the last one where a list is shorter); the first by default. */
	choice?: number;
	/** Text for given tab stops instead of their default. */
	values?: Readonly<Record<number, string>>;
}

/**
 * Expands a snippet body the way the editor does when the drafter accepts every default: a placeholder becomes
 * its default text (placeholders may nest), a choice its first option (or the option `choice` asks for), a bare tab
 * stop nothing.
 */
export function expand(body: string, options: ExpandOptions = {}): string {
	const { choice = 0, values = {} } = options;
	let text = body;
	for (let previous = ''; previous !== text;) {
		previous = text;
		text = text
			.replace(/\$\{(\d+):([^${}]*)\}/g, (_, stop: string, fallback: string) => values[Number(stop)] ?? fallback)
			.replace(/\$\{\d+\|([^|]*)\|\}/g, (_, list: string) => pick(choiceOptions(list), choice))
			.replace(/\$\{\d+\}|\$\d+/g, '');
	}
	return text;
}

function pick(options: readonly string[], choice: number): string {
	return options[Math.min(choice, options.length - 1)];
}

/** The options of a choice list: split at the commas that are not escaped ("в том\\, что"), then unescaped. */
export function choiceOptions(list: string): string[] {
	return list.split(/(?<!\\),/).map(option => option.replace(/\\([,|\\])/g, '$1'));
}

/** The length of the longest choice list in a body: how many `choice` indices reach every option. */
export function longestChoice(body: string): number {
	const lengths = [...body.matchAll(/\$\{\d+\|([^|]*)\|\}/g)].map(match => choiceOptions(match[1]).length);
	return Math.max(1, ...lengths);
}

/** The tab stops in the order they first appear, $0 excluded. */
export function tabStops(body: string): number[] {
	const seen: number[] = [];
	for (const match of body.matchAll(/\$\{?(\d+)/g)) {
		const stop = Number(match[1]);
		if (stop !== 0 && !seen.includes(stop)) {
			seen.push(stop);
		}
	}
	return seen;
}

/** The body of a named snippet as one text. */
export function bodyOf(snippets: Record<string, Snippet>, name: string): string {
	const snippet = snippets[name];
	if (!snippet) {
		throw new Error(`no snippet named "${name}"`);
	}
	return snippet.body.join('\n');
}
