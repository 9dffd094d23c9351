import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildOutline, formatOutlineText, parseResolution, Resolution } from '../languageService';
import { describeFailure } from '../errors';
import { productVersion } from '../version';
import { CliOptions, helpText, parseArgs } from './args';
import { readInput } from './readInput';

const PROGRAM = 'resolution-lint';

/** Exit statuses; 2 follows the grep/diff convention for "could not do the job", distinct from findings. */
const EXIT_OK = 0;
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

function run(options: CliOptions): number {
	let status = EXIT_OK;
	const reports: unknown[] = [];
	for (const file of options.files) {
		const input = readInput(file);
		if (!input.ok) {
			process.stderr.write(`${PROGRAM}: cannot read '${file}': ${input.reason}\n`);
			status = EXIT_TROUBLE;
			continue;
		}
		const name = file === '-' ? '<stdin>' : file;
		try {
			reports.push(report(options, name, parseResolution(input.text)));
		} catch (error) {
			// The parser promises never to throw; if it does, the other files are still worth reporting.
			process.stderr.write(`${PROGRAM}: internal error on '${name}'. ${describeFailure('Please report', error)}\n`);
			status = EXIT_TROUBLE;
		}
	}
	if (options.format === 'json') {
		// One file gives one object, several give an array, so that `jq` works on the common single-file case.
		const json = options.files.length === 1 ? reports[0] : reports;
		if (json !== undefined) {
			process.stdout.write(JSON.stringify(json, null, 2) + '\n');
		}
	} else {
		process.stdout.write(reports.map(text => String(text)).filter(text => text.length > 0).join('\n'));
	}
	return status;
}

/** One file's output: a string for the text format, an object for JSON. */
function report(options: CliOptions, file: string, resolution: Resolution): unknown {
	if (options.outline) {
		const outline = buildOutline(resolution, file);
		return options.format === 'json' ? outline : ensureNewline(formatOutlineText(outline));
	}
	const document = TextDocument.create(file, 'un-resolution', 0, resolution.text);
	const problems = resolution.problems.map(problem => {
		const { line, character } = document.positionAt(problem.span.start);
		return { file, line: line + 1, column: character + 1, code: problem.code, message: problem.message };
	});
	if (options.format === 'json') {
		return { file, problems };
	}
	return problems.map(p => `${p.file}:${p.line}:${p.column}: ${p.message} [${p.code}]\n`).join('');
}

function ensureNewline(text: string): string {
	return text.endsWith('\n') ? text : text + '\n';
}

process.exitCode = main(process.argv.slice(2));
