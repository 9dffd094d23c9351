import { buildOutline, formatOutlineText, parseResolution, Resolution } from '../languageService';
import type { LintConfig } from '../languageService/diagnostics';
import { describeFailure } from '../errors';
import { productVersion } from '../version';
import { CliOptions, helpText, parseArgs } from './args';
import { expandGlob, isGlob } from './glob';
import { readInput } from './readInput';
import { checkFile, CliConfigs, type FileReport, formatText, hasErrors } from './report';
import { toSarif } from './sarif';

const PROGRAM = 'resolution-lint';

/**
 * Exit statuses: 1 when a file has an error, and 2, after the grep/diff convention, when the job itself could
 * not be done (arguments, unreadable files or configuration, a pattern that matched nothing). 2 wins over 1.
 */
const EXIT_OK = 0;
const EXIT_ERRORS = 1;
const EXIT_TROUBLE = 2;

function main(argv: readonly string[]): number {
	const parsed = parseArgs(argv);
	switch (parsed.kind) {
		case 'help':
			process.stdout.write(helpText(PROGRAM) + '\n');
			return EXIT_OK;
		case 'version':
			process.stdout.write(`${PROGRAM} ${productVersion}\n`);
			return EXIT_OK;
		case 'error':
			process.stderr.write(`${PROGRAM}: ${parsed.message}\nTry '${PROGRAM} --help' for more information.\n`);
			return EXIT_TROUBLE;
		case 'run':
			return run(parsed.options);
	}
}

/** A run's state: the status so far, which only ever rises, and the complaints already written to stderr. */
class Run {
	status = EXIT_OK;

	fail(message: string, status = EXIT_TROUBLE): void {
		process.stderr.write(`${PROGRAM}: ${message}\n`);
		this.status = Math.max(this.status, status);
	}

	/** The arguments with their patterns expanded, in order and without repeats. */
	files(args: readonly string[]): string[] {
		const files = new Set<string>();
		for (const arg of args) {
			const matches = arg !== '-' && isGlob(arg) ? expandGlob(arg) : [arg];
			if (matches.length === 0) {
				this.fail(`no files match '${arg}'`);
			}
			matches.forEach(file => files.add(file));
		}
		return [...files];
	}

	/** Reads and parses each file, reporting those that cannot be read and going on with the others. */
	*parsed(files: readonly string[]): Generator<{ file: string; name: string; resolution: Resolution }> {
		for (const file of files) {
			const input = readInput(file);
			if (!input.ok) {
				this.fail(`cannot read '${file}': ${input.reason}`);
				continue;
			}
			const name = file === '-' ? '<stdin>' : file;
			try {
				yield { file, name, resolution: parseResolution(input.text) };
			} catch (error) {
				// The parser promises never to throw; if it does, the other files are still worth reporting.
				this.fail(`internal error on '${name}'. ${describeFailure('Please report', error)}`);
			}
		}
	}
}

function run(options: CliOptions): number {
	const state = new Run();
	const files = state.files(options.files);
	return options.outline ? outline(state, options, files) : lint(state, options, files);
}

function lint(state: Run, options: CliOptions, files: readonly string[]): number {
	// Every configuration is settled before any output, so a bad one stops the run instead of skewing its result.
	const configs = new CliConfigs(options.config);
	const configFor = new Map<string, LintConfig>();
	const refused = new Set<string>();
	for (const file of files) {
		const lookup = configs.lookup(file);
		if (lookup.ok) {
			configFor.set(file, lookup.config);
		} else {
			refused.add(lookup.message);
		}
	}
	if (refused.size > 0) {
		refused.forEach(message => state.fail(message));
		return state.status;
	}
	const reports: FileReport[] = [];
	for (const { file, name, resolution } of state.parsed(files)) {
		const config = configFor.get(file)!;
		reports.push(checkFile(name, resolution, options.maxProblems === undefined ? config : { ...config, maxProblems: options.maxProblems }));
	}
	if (options.format === 'json') {
		process.stdout.write(JSON.stringify(reports, null, 2) + '\n');
	} else if (options.format === 'sarif') {
		process.stdout.write(JSON.stringify(toSarif(reports, productVersion), null, 2) + '\n');
	} else {
		process.stdout.write(formatText(reports));
	}
	return Math.max(state.status, hasErrors(reports) ? EXIT_ERRORS : EXIT_OK);
}

function outline(state: Run, options: CliOptions, files: readonly string[]): number {
	const outlines = [...state.parsed(files)].map(({ name, resolution }) => buildOutline(resolution, name));
	if (options.format === 'json') {
		// One file gives one object, several give an array, so that `jq` works on the common single-file case.
		const json = files.length === 1 ? outlines[0] : outlines;
		if (json !== undefined) {
			process.stdout.write(JSON.stringify(json, null, 2) + '\n');
		}
	} else {
		process.stdout.write(outlines.map(item => ensureNewline(formatOutlineText(item))).join('\n'));
	}
	return state.status;
}

function ensureNewline(text: string): string {
	return text.endsWith('\n') ? text : text + '\n';
}

process.exitCode = main(process.argv.slice(2));
