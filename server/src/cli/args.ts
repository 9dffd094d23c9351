/**
 * Command-line arguments of `resolution-lint`.
 *
 * Options are described by a table, so that a later rule or output option is one more row: the parser, the error
 * messages and the help text all come from it. Parsing is pure (no `process`), which keeps it testable.
 */

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CliOptions {
	/** Print the document's outline instead of checking it. */
	outline: boolean;
	format: OutputFormat;
	/** A configuration file that replaces the `.resolutionlintrc.json` found above each input file. */
	config?: string;
	/** At most this many problems are listed for each file, the most severe first; undefined lists them all. */
	maxProblems?: number;
	/** Files, `-` for standard input, and glob patterns (`*`, `**`, `?`) that the CLI expands itself. */
	files: string[];
}

export type ParsedArgs =
	| { kind: 'help' }
	| { kind: 'version' }
	| { kind: 'run'; options: CliOptions }
	| { kind: 'error'; message: string };

interface OptionSpec {
	names: readonly string[];
	/** The value's placeholder in the help text; absent for flags. */
	valueName?: string;
	description: string;
	/** Applies the option; returns an error message when the value is not acceptable. */
	apply(options: CliOptions, value: string): string | undefined;
}

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

const OPTIONS: readonly OptionSpec[] = [
	{
		names: ['--outline'],
		description: 'print the structure of each file: heading, paragraphs, footnotes, citations',
		apply: options => {
			options.outline = true;
			return undefined;
		},
	},
	{
		names: ['--format', '-f'],
		valueName: 'text|json|sarif',
		description: 'output format (default: text); json is one array over all files, sarif is SARIF 2.1.0',
		apply: (options, value) => {
			if (!(FORMATS as readonly string[]).includes(value)) {
				return `invalid value '${value}' for --format (expected ${FORMATS.join(' or ')})`;
			}
			options.format = value as OutputFormat;
			return undefined;
		},
	},
	{
		names: ['--config', '-c'],
		valueName: 'FILE',
		description: 'read the rule configuration from FILE instead of the .resolutionlintrc.json nearest each file',
		apply: (options, value) => {
			if (value === '') {
				return 'option \'--config\' needs a file name';
			}
			options.config = value;
			return undefined;
		},
	},
	{
		names: ['--max-problems'],
		valueName: 'N',
		description: 'list at most N problems for each file, the most severe first, and say how many more there are',
		apply: (options, value) => {
			if (!/^[1-9]\d*$/.test(value) || !Number.isSafeInteger(Number(value))) {
				return `invalid value '${value}' for --max-problems (expected a whole number of at least 1)`;
			}
			options.maxProblems = Number(value);
			return undefined;
		},
	},
];

export function parseArgs(argv: readonly string[]): ParsedArgs {
	const options: CliOptions = { outline: false, format: 'text', files: [] };
	let onlyFiles = false;
	for (let index = 0; index < argv.length; index++) {
		const arg = argv[index];
		if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
			options.files.push(arg);
			continue;
		}
		if (arg === '--') {
			onlyFiles = true;
			continue;
		}
		if (arg === '--help' || arg === '-h') {
			return { kind: 'help' };
		}
		if (arg === '--version' || arg === '-v') {
			return { kind: 'version' };
		}
		const equals = arg.indexOf('=');
		const name = equals < 0 ? arg : arg.slice(0, equals);
		const spec = OPTIONS.find(candidate => candidate.names.includes(name));
		if (!spec) {
			return { kind: 'error', message: `unknown option '${name}'` };
		}
		let value = equals < 0 ? '' : arg.slice(equals + 1);
		if (spec.valueName === undefined && equals >= 0) {
			return { kind: 'error', message: `option '${name}' takes no value` };
		}
		if (spec.valueName !== undefined && equals < 0) {
			if (index + 1 >= argv.length) {
				return { kind: 'error', message: `option '${name}' needs a value (${spec.valueName})` };
			}
			value = argv[++index];
		}
		const problem = spec.apply(options, value);
		if (problem) {
			return { kind: 'error', message: problem };
		}
	}
	if (options.files.length === 0) {
		return { kind: 'error', message: 'no input files' };
	}
	if (options.outline && options.format === 'sarif') {
		return { kind: 'error', message: '--format sarif reports problems and cannot be combined with --outline' };
	}
	return { kind: 'run', options };
}

export function helpText(program: string): string {
	const rows: [string, string][] = [
		...OPTIONS.map((spec): [string, string] =>
			[spec.names.join(', ') + (spec.valueName ? ` ${spec.valueName}` : ''), spec.description]),
		['-h, --help', 'show this help and exit'],
		['-v, --version', 'show the version and exit'],
	];
	const width = Math.max(...rows.map(([left]) => left.length));
	return [
		`Usage: ${program} [--format text|json|sarif] [--config FILE] [--max-problems N] FILE|GLOB...`,
		`       ${program} --outline [--format text|json] FILE|GLOB...`,
		'',
		'Checks United Nations resolutions and draft resolutions (plain text or Markdown, UTF-8) against the drafting',
		'rules and lists the problems as FILE:LINE:COLUMN SEVERITY CODE MESSAGE. Patterns such as "drafts/**/*.txt"',
		'are expanded by the checker itself (quote them so the shell does not). Rules are set to error, warning,',
		'information, hint or off in a .resolutionlintrc.json file: { "rules": { "verb.unknown": "off" } }.',
		'Every problem is listed unless --max-problems N says otherwise; then a file with more ends with the line',
		'"FILE: K more problems not shown (--max-problems N)" (in JSON, "omitted": K; in SARIF, a note of the run).',
		'',
		'Options:',
		...rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`),
		'',
		'Exit status: 0 when no file has an error, 1 when one does, 2 when a file or the configuration could not be',
		'read, a pattern matched nothing, or the arguments are wrong.',
	].join('\n');
}
