/**
 * Command-line arguments of `resolution-lint`.
 *
 * Options are described by a table, so that a later rule or output option is one more row: the parser, the error
 * messages and the help text all come from it. Parsing is pure (no `process`), which keeps it testable.
 */

export type OutputFormat = 'text' | 'json';

export interface CliOptions {
	/** Print the document's outline instead of checking it. */
	outline: boolean;
	format: OutputFormat;
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

const FORMATS: readonly OutputFormat[] = ['text', 'json'];

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
		valueName: 'text|json',
		description: 'output format (default: text); several files in JSON form one array',
		apply: (options, value) => {
			if (!(FORMATS as readonly string[]).includes(value)) {
				return `invalid value '${value}' for --format (expected ${FORMATS.join(' or ')})`;
			}
			options.format = value as OutputFormat;
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
		`Usage: ${program} [--outline] [--format text|json] FILE...`,
		'',
		'Reads United Nations resolutions and draft resolutions (plain text or Markdown, UTF-8) and reports on them.',
		'Without --outline, the problems the parser found are listed as FILE:LINE:COLUMN: message.',
		'',
		'Options:',
		...rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`),
		'',
		'Exit status: 0 when every file was read, 2 when a file could not be read or the arguments are wrong.',
	].join('\n');
}
